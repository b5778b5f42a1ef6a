import type { Claim } from "../../model.js";
import type { SameThing } from "../same-thing.js";
import { sentenceOf } from "../context.js";
import { statedFigures } from "./stated-figures.js";
import { toldApart } from "./one-story-toll.js";
import { COST_BEFORE, COST_NEAR, PART_OF_COST, PROJECT_AFTER } from "../data/told-cost.js";

/**
 * A report about one project tells its cost, however often it tells it: "the project which has
 * cost Sh243 billion" and "it measures approximately 6.23 kilometers at a cost of Sh256 billion"
 * (The Citizen on the Tanzanite Bridge, Feb 2022); "Tanzania is building the $3.6 billion Julius
 * Nyerere Hydropower Station" and "The grand project will cost Tanzania $3 billion" (June 2020).
 * The subject readers give one of such sums no frame. Two near values of the cost are a slip;
 * three or more are costs of several things (phases, lots, places), passed over whole. A part of
 * the cost (a phase, a loan, a sum per kilometre) or a sentence telling another happening, a guess
 * or a past year is no such cost. The match is weak: a discrepancy at most.
 */

const WHY = "the report gives both as what its project costs, and gives no third cost";

/** Whether a sum is told as the cost of the report's project: cost words before it, or a project's name after it. */
export function toldCost(claim: Claim, body: string): boolean {
  if (claim.dimension !== "money" || !Number.isFinite(claim.start) || claim.sentence === undefined) return false;
  const number = Math.max(0, claim.text.search(/\d/u));
  const before = body.slice(Math.max(claim.sentence.start, claim.start - 60), claim.start + number);
  const after = body.slice(claim.end, Math.min(claim.sentence.end, claim.end + 80));
  if (PART_OF_COST.test(sentenceOf(claim, body))) return false;
  return COST_BEFORE.test(before) || PROJECT_AFTER.test(after);
}

/** Pairs of a report's sums told as its project's cost, when that cost takes two near values in one currency. */
export function costPairs(claims: readonly Claim[], body: string): [Claim, Claim][] {
  const costs = statedFigures(claims).filter((claim) => toldCost(claim, body) && !toldApart(claim, body));
  const told = (claim: Claim) => `${claim.value} ${claim.unit}`;
  const values = new Set(costs.map(told));
  if (values.size !== 2) return [];
  // The other sum by value and currency: "$3 billion" and "€3 billion" are two sums of one value.
  const [a, b] = [costs[0]!, costs.find((claim) => told(claim) !== told(costs[0]!))!];
  const [x, y] = [Math.abs(a.value as number), Math.abs(b.value as number)];
  const near = Math.min(x, y) > 0 && Math.max(x, y) / Math.min(x, y) <= COST_NEAR;
  const oneSentence = a.sentence?.start === b.sentence?.start;
  return a.unit === b.unit && near && !oneSentence ? [[a, b]] : [];
}

/** The weak match of two sums costPairs pairs, or null. */
export function costMatch(a: Claim, b: Claim, pairs: readonly [Claim, Claim][]): SameThing | null {
  return pairs.some(([x, y]) => (x === a && y === b) || (x === b && y === a)) ? { strength: "weak", why: WHY } : null;
}
