import type { Claim } from "../../model.js";

/**
 * A report updated in place keeps its first count and adds the new one: "Twenty people were shot
 * to death and 26 others were wounded, officials said on Saturday. ... On Monday, the death toll
 * rose to 22, with 24 wounded" under a lead giving 22 and 24 (the Star-Gazette on the El Paso
 * shooting, 2019). A figure said again in a later sentence that tells a rise is the count's later
 * level; another value of that measure said before that sentence is the level it rose from.
 */

/**
 * For one article's figures: whether one of two figures of one measure is said again, after the other, in a sentence
 * telling a rise. The figures of such sentences are found once per article, not once per pair.
 * @example risenSince(claims)(twentyDead, atLeast22Dead) // true: "the death toll rose to 22" comes after "Twenty people"
 */
export function risenSince(claims: readonly Claim[]): (a: Claim, b: Claim) => boolean {
  // A sentence that tells a count rising ("the death toll rose to 22"): one of its figures is a new level.
  const rising = new Set(claims.filter((c) => c.change?.role === "to" && c.change.direction === "up" && c.sentence !== undefined).map((c) => c.sentence!.start));
  const again = rising.size === 0 ? [] : claims.filter((c) => c.sentence !== undefined && rising.has(c.sentence.start));
  return (a, b) => again.length > 0 && [[a, b], [b, a]].some(([old, current]) => {
    const measure = current!.subject?.frame?.measure.id;
    if (measure === undefined || typeof current!.value !== "number" || current!.value === old!.value) return false;
    return again.some((said) => said.articleId === old!.articleId && said.start > old!.start && said.value === current!.value && said.subject?.frame?.measure.id === measure);
  });
}
