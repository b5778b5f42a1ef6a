import type { Claim } from "../model.js";
import { GROWING_MEASURES } from "./data/growing-measures.js";
import { claimInterval, convertInterval } from "./interval.js";
import { comparisonUnit } from "./tally.js";
import { sameTime } from "./time.js";
import { chronological } from "./rules/cross-article-explanation.js";

const growing = (c: Claim) => GROWING_MEASURES.has(c.subject?.frame?.measure.id ?? "");

/**
 * Whether two figures of a measure that grows while its event goes on (data/growing-measures.ts:
 * the area a fire has burned) are no rival readings: the later report's is the larger (the fire
 * spread). A later report's smaller figure, or two of one day, still are: a burned area does not shrink.
 * @example grownApart(burned85000OnMay5, burned101000OnMay6) // true
 */
export function grownApart(a: Claim, b: Claim): boolean {
  if (!growing(a) && !growing(b)) return false;
  const [earlier, later] = chronological(a, b);
  if (sameTime(earlier.asOf, later.asOf, 0)) return false;
  const [x, y] = [claimInterval(earlier), claimInterval(later)];
  const moved = x && y ? convertInterval(x, comparisonUnit(earlier), comparisonUnit(later)) : null;
  return moved !== null && y!.low > moved.high;
}
