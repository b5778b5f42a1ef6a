import type { Claim } from "../../model.js";
import { sentenceOf } from "../context.js";
import { NEAR_WHOLE, placesNamed } from "./placed-part.js";
import { GUESSED_TOLL, OTHER_HAPPENING } from "../data/one-story.js";
import type { SameThing } from "../same-thing.js";

/**
 * A report tells one story: its lead's toll and the toll a quoted statement gives below ("At least
 * 37 people were killed ... in which 36 persons died") are two counts of the story's dead, though
 * neither names the event or a place the other names, which across reports would be too little to
 * tie them. Inside one report that is the default reading, unless a figure's own sentence brings
 * in another happening ("less than two weeks after at least 30 people were killed", "last year").
 * The match is weak: a part and its whole far apart stay no finding (scope.ts doublyUnsure).
 */

const WHY = "both count the one story this report tells, and neither sentence names another happening";

/**
 * The dead and the hurt: the counts a report's story is told by. Counts of the evacuated, the
 * arrested or the trapped are given region by region and day by day, and are left to the anchors.
 */
const STORY_TOLLS = new Set(["killed", "injured"]);

function storyToll(claim: Claim): boolean {
  const frame = claim.subject?.frame;
  return frame !== undefined && STORY_TOLLS.has(frame.measure.id) && claim.kind !== "date";
}

/** A year before the report's own in the sentence ("in April 1979"): a past happening told beside the story. */
function pastYear(sentence: string, asOf: string | undefined): boolean {
  const year = Number((asOf ?? "").slice(0, 4));
  return Number.isInteger(year) && year > 0 && [...sentence.matchAll(/\b(1[89]\d\d|20\d\d)\b/gu)].some((m) => Number(m[1]) < year);
}

/**
 * The smaller count's sentence names a place the larger's does not ("41 people were killed at Al
 * Noor" beside "49 killed"; "89 killed at the Bataclan" beside "129 dead"): a share of the toll,
 * unless it is so near the total (36 "at Trungal-Assar" beside "at least 37") that it is the
 * story's toll counted otherwise.
 */
function placedShare(a: Claim, b: Claim, body: string): boolean {
  if (typeof a.value !== "number" || typeof b.value !== "number") return false;
  const [small, large] = a.value <= b.value ? [a, b] : [b, a];
  const wide = placesNamed(sentenceOf(large, body));
  const own = [...placesNamed(sentenceOf(small, body))].some((place) => !wide.has(place));
  return own && (small.value as number) < NEAR_WHOLE * (large.value as number);
}

/** A sentence that tells another happening, a guess at the toll, or a past year (here and in same-words.ts). */
export function toldApart(claim: Claim, body: string): boolean {
  const sentence = sentenceOf(claim, body);
  return OTHER_HAPPENING.test(sentence) || GUESSED_TOLL.test(sentence) || pastYear(sentence, claim.asOf);
}

/**
 * A weak match for two tolls of one measure in one report that the comparison found no anchor
 * for; null when either is no such toll or its sentence tells of another happening.
 * @example oneStoryToll(atLeast37, thirtySixDied, body) // { strength: "weak", why: ... }
 */
export function oneStoryToll(a: Claim, b: Claim, body: string): SameThing | null {
  if (a.articleId !== b.articleId || !storyToll(a) || !storyToll(b)) return null;
  // "increased from 49 to 50": the count before is no rival of the count after.
  if (a.change?.role === "from" || b.change?.role === "from") return null;
  if (placedShare(a, b, body)) return null;
  if (a.subject!.frame!.measure.id !== b.subject!.frame!.measure.id) return null;
  const [ea, eb] = [a.subject!.frame!.event, b.subject!.frame!.event];
  if (ea && eb && ea.id !== eb.id) return null;
  if (toldApart(a, body) || toldApart(b, body)) return null;
  return { strength: "weak", why: WHY };
}
