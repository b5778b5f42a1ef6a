import type { Casualty } from "./casualty.js";
import { CASUALTY } from "./lexicon.js";

/**
 * "Of the 72 deaths, 39 were in Wajima, 22 in Suzu, five in Nanao": a count's breakdown by place.
 * Each item is the opener's casualty at its own place, a part of the whole the opener names; read
 * as such (its place comes from the words after it, subject.place-phrase), and marked a share
 * (subject.share) so that it never meets the whole toll as if it were one.
 */
const OPENER = /^[\s"“]*(?:Of|Among)\s+(?:the|those|these)\s+(?:[\d,.]+\s+|\p{L}+\s+)?(\p{L}+),\s+/u;
/** Up to the figure: earlier items of the list, each a count and its place ("39 were in Wajima, "). */
const ITEMS = /^(?:(?:\d[\d,.]*|\p{Ll}+)\s+(?:(?:were|was)\s+)?(?:each\s+)?(?:in|at)\s+[^,;.]{1,60},\s+(?:and\s+)?)*$/u;
/** After the figure: its place ("were in Wajima", "in Suzu"). */
// "two each in Anamizu and Noto" counts each place apart, no count of the places together: not read.
const PLACE_AFTER = /^(?:\s+(?:were|was))?(?=\s+(?:in|at)\s+\p{Lu})/u;

export function breakdownPart(text: string, sentenceStart: number, mentionStart: number, mentionEnd: number): Casualty | null {
  const opening = OPENER.exec(text.slice(sentenceStart, mentionStart));
  if (!opening) return null;
  const kind = CASUALTY[opening[1]!.toLowerCase()];
  const place = kind && ITEMS.test(text.slice(sentenceStart + opening[0].length, mentionStart)) ? PLACE_AFTER.exec(text.slice(mentionEnd, mentionEnd + 40)) : null;
  // The span ends where the place phrase starts, which the place step reads from a part's span.
  return place ? { kind: kind!, span: { start: mentionEnd, end: mentionEnd + place[0].length }, part: true } : null;
}
