import type { Claim } from "../../model.js";
import { sentenceOf } from "../context.js";
import { EVENT_NOUNS, NEW_EVENT_DETERMINERS } from "../data/event-words.js";

/**
 * Whether a claim's sentence brings in an event of its own: "Another car bomb in al-Rashid
 * killed six", "A bomb blast killed one person". Inside one article, two figures whose
 * sentences each introduce an event ("a ...", "another ...") are about two events, although
 * both are bombings in one city on one day; a figure in a sentence that refers back ("the
 * blast") may be about any of them. Up to two words may stand between the determiner and the
 * event noun ("a parked car bomb").
 */
const INTRO = new RegExp(
  String.raw`(?:^|[^\p{L}\p{N}])(?:${NEW_EVENT_DETERMINERS.map((d) => d.replace(/ /g, String.raw`\s+`)).join("|")})\s+(?:[\p{L}-]+\s+){0,2}?(?:${EVENT_NOUNS.map((n) => n.replace(/ /g, String.raw`\s+`)).join("|")})s?(?![\p{L}])`,
  "iu",
);

/**
 * Words that put a figure's event at another time than the story's: "weeks after a suicide
 * bomber targeted a school, killing nearly 50", "a similar attack two years ago killed 30".
 */
const ANOTHER_TIME = /\b(?:(?:days|weeks|months|years|decades) (?:ago|after|before|earlier|later)|(?:a|one|two|three|several|many|a few) (?:day|week|month|year)s? (?:ago|earlier|before|after)|last (?:week|month|year)|the previous (?:day|week|month|year)|in a similar)\b/i;

/** @example elsewhereInTime(claimIn("The attacks come weeks after a bomber killed nearly 50."), body) // true */
export function elsewhereInTime(claim: Claim, body: string): boolean {
  return ANOTHER_TIME.test(sentenceOf(claim, body));
}

/** @example introducesEvent(claimIn("Another car bomb in al-Rashid killed six."), body) // true */
export function introducesEvent(claim: Claim, body: string): boolean {
  return INTRO.test(sentenceOf(claim, body));
}

/**
 * Two figures of one article, in different sentences that each introduce an event, or of which
 * one is put at another time ("weeks after ..."): two events.
 * @example separateEvents(sixInAlRashid, oneInAlRashid, body) // true
 */
export function separateEvents(a: Claim, b: Claim, body: string): boolean {
  if (a.articleId !== b.articleId) return false;
  const [x, y] = [a.sentence, b.sentence];
  if (x && y && x.start === y.start && x.end === y.end) return false;
  if (!x && !y && Math.abs(a.start - b.start) < 160) return false;
  if (elsewhereInTime(a, body) !== elsewhereInTime(b, body)) return true;
  return introducesEvent(a, body) && introducesEvent(b, body);
}
