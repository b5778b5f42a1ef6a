import type { Claim } from "../../model.js";
import { comparedRole } from "./named-measure.js";

/**
 * Like with like: an amount of change ("up 14 percent", role "by") is compared only with another
 * amount of change; the level before a change ("from 1,809") only with another level before
 * one, since the text does not say when it held; the level after it ("to 2,158") is the level
 * now and compares with a plain figure.
 * @example comparableChange(byClaim, levelClaim) // false
 */
export function comparableChange(a: Claim, b: Claim): boolean {
  // The two figures of one change ("rose to 2,158 from 1,809") differ on purpose.
  if (a.change?.pairedWith === b.id || b.change?.pairedWith === a.id) return false;
  const [x, y] = [comparedRole(a), comparedRole(b)];
  if (x === "by" || y === "by") return x === y;
  if (x === "from" || y === "from") return x === y;
  return true;
}
