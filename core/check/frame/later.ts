import type { Claim } from "../../model.js";

/**
 * A figure given in a later part of the story is a later level, not a rival reading: an update
 * appended to a report ("[Updated, 7 p.m.: Later in the day, the toll was raised to 23 ... more
 * than 100 were wounded]"), a paragraph that says it comes later ("By evening, ...", "Hours
 * later, ..."). The earlier figure was true when written; the article says the count went on.
 */
const LATER = new RegExp([
  String.raw`\bupdate[ds]?\b`,
  String.raw`\blater (?:in the day|that day|that night|in the evening|on|in the afternoon)\b`,
  String.raw`\b(?:hours|minutes) later\b`,
  String.raw`\b(?:has|have|had) since\b`,
  String.raw`\bby (?:evening|nightfall|the evening|the afternoon|late (?:morning|afternoon|evening|night))\b`,
].join("|"), "iu");

/** A paragraph that opens as an update ("UPDATE, 3:05 p.m.:", "[Updated ...]") is later wherever it stands. */
const UPDATE_OPENING = /^\W{0,3}(?:update|updated)\b/iu;

/** The start of the paragraph holding a position: after the last line break before it. */
function paragraphStart(body: string, at: number): number {
  return body.lastIndexOf("\n", Math.max(0, at - 1)) + 1;
}

/** Whether a claim sits in a paragraph that opens as an update, and where that paragraph starts. */
function inUpdate(claim: Claim, body: string): number | null {
  const start = paragraphStart(body, claim.start);
  return UPDATE_OPENING.test(body.slice(start, claim.start)) ? start : null;
}

/**
 * Whether one of two figures of an article is a later level than the other: it sits in a
 * paragraph that opens as an update (before or after the original story), or it is said after
 * the other, in another paragraph that says before it that it comes later ("Later in the day",
 * "has since", "By evening").
 * @example laterLevel(aboutFifty, moreThanHundred, body) // true: the second is in the update
 */
export function laterLevel(a: Claim, b: Claim, body: string): boolean {
  if (!(Number.isFinite(a.start) && Number.isFinite(b.start))) return false;
  const [earlier, later] = a.start <= b.start ? [a, b] : [b, a];
  const [updateA, updateB] = [inUpdate(earlier, body), inUpdate(later, body)];
  if ((updateA !== null || updateB !== null) && updateA !== updateB) return true;
  const start = paragraphStart(body, later.start);
  return start > earlier.start && LATER.test(body.slice(start, later.start));
}
