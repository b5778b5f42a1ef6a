import type { Claim } from "../../model.js";

/** A date that names its happening by its day ("Monday's attack"), as the subject reader marks it. */
export const POSSESSIVE_RULE = "subject.event-possessive";

/**
 * How plainly a claim dates its happening, lower plainer: the clause's own date ("killed on
 * October 16") before a day that names the happening ("Monday's attack"), a calendar date before
 * a bare weekday. Of one report's several words for one date, a reader points at the plainest.
 */
export function plainness(claim: Claim): number {
  const named = claim.subject?.frame?.rules?.includes(POSSESSIVE_RULE) ? 2 : 0;
  return named + (/\d/.test(claim.text) ? 0 : 1);
}

/** The claims, plainest first, in their order otherwise. */
export function plainestFirst(claims: readonly Claim[]): Claim[] {
  return claims.map((claim, i) => ({ claim, i, rank: plainness(claim) })).sort((x, y) => x.rank - y.rank || x.i - y.i).map((x) => x.claim);
}
