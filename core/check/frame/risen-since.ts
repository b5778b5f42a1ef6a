import type { Claim } from "../../model.js";

/**
 * A report updated in place keeps its first count and adds the new one: "Twenty people were shot
 * to death and 26 others were wounded, officials said on Saturday. ... On Monday, the death toll
 * rose to 22, with 24 wounded" under a lead giving 22 and 24 (the Star-Gazette on the El Paso
 * shooting, 2019). A figure said again in a later sentence that tells a rise is the count's later
 * level; another value of that measure said before that sentence is the level it rose from.
 */

/** A sentence that tells a count rising ("the death toll rose to 22"): one of its figures is a new level. */
const tellsRise = (figure: Claim, claims: readonly Claim[]) =>
  figure.sentence !== undefined && claims.some((c) => c.sentence?.start === figure.sentence!.start && c.change?.role === "to" && c.change.direction === "up");

/**
 * Whether one of two figures of one measure is said again, after the other, in a sentence telling a rise.
 * @example risenSince(twentyDead, atLeast22Dead, claims) // true: "the death toll rose to 22" comes after "Twenty people"
 */
export function risenSince(a: Claim, b: Claim, claims: readonly Claim[]): boolean {
  return [[a, b], [b, a]].some(([old, current]) => {
    const measure = current!.subject?.frame?.measure.id;
    if (measure === undefined || typeof current!.value !== "number" || current!.value === old!.value) return false;
    return claims.some((again) => again.articleId === old!.articleId && again.start > old!.start && again.value === current!.value
      && again.subject?.frame?.measure.id === measure && tellsRise(again, claims));
  });
}
