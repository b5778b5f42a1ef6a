import type { Claim } from "../model.js";

/**
 * Small counts of people are tallies, not round figures. "The death toll rose to 10" and "rose
 * to 11" cannot both be right, although 10 written alone could be a rounded 9 or 11: nobody
 * rounds a toll of a few dozen dead, while "some 300 killed" may well be 310.
 */

/** Below this a count of people is read to the unit. */
const TALLY_LIMIT = 100;

/** Subject heads that count people by what happened to them. */
const CASUALTY_HEADS = new Set(["killed", "injured", "missing", "arrested", "evacuated", "displaced", "casualty", "person"]);

/**
 * Whether an exact claim is a tally of people read to the unit.
 * @example isTally({ value: 10, qualifier: "exact", subject: { head: "killed", ... }, ... }) // true
 */
export function isTally(claim: Claim): boolean {
  const value = claim.value;
  if (typeof value !== "number" || !Number.isInteger(value) || Math.abs(value) >= TALLY_LIMIT || claim.qualifier !== "exact") return false;
  if (claim.dimension !== undefined && claim.dimension !== "count") return false;
  const head = (claim.subject?.head ?? "").toLowerCase();
  return claim.unit === "person" || CASUALTY_HEADS.has(head);
}

/**
 * The unit a claim counts in, for comparison: "the death toll rose to 10" names no counted noun,
 * but a toll counts people as surely as "killed 11 people" does.
 * @example comparisonUnit({ value: 10, subject: { head: "killed", ... }, ... }) // "person"
 */
export function comparisonUnit(claim: Claim): string | undefined {
  if (claim.unit !== undefined) return claim.unit;
  if (claim.dimension !== undefined && claim.dimension !== "count") return undefined;
  return CASUALTY_HEADS.has((claim.subject?.head ?? "").toLowerCase()) ? "person" : undefined;
}
