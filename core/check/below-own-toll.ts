import type { Claim } from "../model.js";
import { isDead } from "./bodies-found.js";
import { compareClaims, type NotSame } from "./same-thing.js";
import { daySpan } from "./time.js";

/**
 * A report that gives the dead of one thing two figures has told one toll at most: its highest,
 * since the dead only grow. Its lower figures are parts, earlier counts or single deaths the story
 * tells ("one person had died overnight" beside "50 people killed"; an early "41" under a later
 * headline's "over 50"). Across reports the highest is compared; the lower ones are the report's
 * own business (rules/internal-conflict.ts), and a toll another report gives is not at odds with
 * them (rules/cross-article-conflict.ts).
 */

/** A higher figure the report dates before its own lower one ("increased to 101" on Wednesday, "stood at 84" on Saturday) is the level it fell from, not its toll. */
function datedBefore(claim: Claim, figure: Claim): boolean {
  const [then, now] = [daySpan(claim.asOf), daySpan(figure.asOf)];
  return then !== null && now !== null && then.last < now.first;
}

/**
 * Whether `figure`'s report gives a higher count of the dead for the same thing (a strong match):
 * `claims`, the claims at hand, hold the report's.
 * @example belowOwnToll(onePersonDiedOvernight, [onePersonDiedOvernight, fiftyKilled]) // true
 */
export function belowOwnToll(figure: Claim, claims: readonly Claim[]): boolean {
  if (!isDead(figure) || typeof figure.value !== "number") return false;
  const value = figure.value;
  return claims.some((claim) => claim !== figure && claim.articleId === figure.articleId && claim.conversionOf === undefined && isDead(claim)
    && typeof claim.value === "number" && claim.value > value && !datedBefore(claim, figure) && oneToll(claim, figure));
}

/** Where a comparison inside one report stopped for want of an anchor, with nothing telling the two apart. */
const UNTIED = new Set<NotSame>(["no-anchor", "no-story-match"]);

/**
 * Two figures of the dead in one report that are one toll for a reader: a strong match, or two
 * bare counts with nothing between them but the want of an anchor ("The balance is 25 people
 * dead" and "The first reports indicated 20 deaths", neither naming an event, a place or a name
 * the other does not: the story's toll, told now and as it was).
 */
function oneToll(claim: Claim, figure: Claim): boolean {
  const { match, stop } = compareClaims(claim, figure);
  if (match) return match.strength === "strong";
  // Nothing of their own: no event, and the same names (a report's story names, given to all its figures).
  const names = (c: Claim) => (c.subject?.frame?.scope ?? []).map((entity) => entity.id).sort().join(" ");
  const bare = (c: Claim) => c.subject?.frame !== undefined && c.subject.frame.event === undefined;
  return UNTIED.has(stop) && bare(claim) && bare(figure) && names(claim) === names(figure);
}
