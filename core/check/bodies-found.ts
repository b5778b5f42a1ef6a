import type { Claim } from "../model.js";

/**
 * Bodies recovered so far ("10 bodies found", "12 bodies were retrieved", extraction rule
 * subject.bodies) are the dead found, not the toll: while a search goes on they stay below the
 * dead counted or feared, and a report that gives only its bodies does not say the toll is lower.
 * Across reports, bodies below another report's toll are the part found so far; more bodies than
 * another report's dead is still at odds with it (tally.ts bodiesPartOfToll reads the same inside one report).
 */

/** A count of bodies recovered so far (extraction rule subject.bodies). */
export const isBodies = (claim: Claim) => claim.subject?.frame?.rules?.includes("subject.bodies") === true;
/** A figure of the dead, bodies or toll. */
export const isDead = (claim: Claim) => claim.subject?.frame?.measure.id === "killed";

/**
 * Whether one of two reports' figures counts bodies recovered below the other's toll of the dead.
 * @example bodiesBelowToll(tenBodiesFound, atLeastFifteenDead) // true
 */
export function bodiesBelowToll(a: Claim, b: Claim): boolean {
  if (a.articleId === b.articleId || !isDead(a) || !isDead(b) || isBodies(a) === isBodies(b)) return false;
  const [bodies, toll] = isBodies(a) ? [a, b] : [b, a];
  return typeof bodies.value === "number" && typeof toll.value === "number" && bodies.value < toll.value;
}
