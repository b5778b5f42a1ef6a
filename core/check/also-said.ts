import type { Claim } from "../model.js";
import { compareClaims, type NotSame, sameThing } from "./same-thing.js";
import { valuesDisagree } from "./tally.js";
import { daySpan } from "./time.js";

/**
 * A report that gives one thing two figures tells its count's course (a live page: "risen to 23"
 * under Monday's update, "risen to 33" under Tuesday's) or a part beside a whole; another report
 * agreeing with one of them is not at odds with that report. Were the two figures one moment's,
 * the report contradicts itself: that is for the check inside one article, not across two.
 */

/**
 * Whether `other`'s report also gives, for the same thing, the figure `figure` gives (the same
 * number: a bound that merely admits it, "more than 40" beside 55, is another figure)
 * (`claims`: the claims at hand, those of `other`'s report among them).
 * @example alsoSaid(said33, liveTwentyThree, [liveTwentyThree, liveThirtyThree]) // true
 */
export function alsoSaid(figure: Claim, other: Claim, claims: readonly Claim[]): boolean {
  return claims.some((claim) => claim !== other && claim.articleId === other.articleId && claim.articleId !== figure.articleId
    && claim.conversionOf === undefined && claim.value === figure.value && !valuesDisagree(figure, claim) && !fellSince(claim, other)
    && (sameThing(figure, claim) !== null || sameCount(claim, other)));
}

/**
 * The report dates its agreeing figure before its own and gives its own lower ("increased to 101"
 * on Wednesday, "stood at 84" on Saturday): a fall it tells without a word of revision, which
 * another report's 101 is still at odds with (told-revision.ts reads the revision when it is told).
 */
function fellSince(agreeing: Claim, own: Claim): boolean {
  const [then, now] = [daySpan(agreeing.asOf), daySpan(own.asOf)];
  return then !== null && now !== null && then.last < now.first && typeof own.value === "number" && typeof agreeing.value === "number" && own.value < agreeing.value;
}

/** Where the comparison inside one report found nothing that tells two figures apart, only no anchor to tie them. */
const UNTIED = new Set<NotSame>(["no-anchor", "no-story-match"]);

/**
 * A figure its report gives for the measure of `other` (the same head) with nothing there telling
 * the two apart (no other event, place or part): the report's own count of that thing, though
 * too bare to be matched with another report's ("Death toll has risen to 33" on a live page).
 */
function sameCount(claim: Claim, other: Claim): boolean {
  const measure = (c: Claim) => c.subject?.frame?.measure.id;
  if (measure(claim) === undefined || measure(claim) !== measure(other) || claim.subject?.head !== other.subject?.head) return false;
  const { stop } = compareClaims(claim, other);
  return stop === undefined || UNTIED.has(stop);
}
