import type { Claim } from "../../model.js";
import { sentenceOf } from "../context.js";
import { EVENT_NOUNS, NEW_EVENT_DETERMINERS } from "../data/event-words.js";

/** "<determiner> [up to two words] <event noun>", the determiners given. */
function introPattern(determiners: readonly string[]): RegExp {
  const words = (list: readonly string[]) => list.map((w) => w.replace(/ /g, String.raw`\s+`)).join("|");
  return new RegExp(String.raw`(?:^|[^\p{L}\p{N}])(?:${words(determiners)})\s+(?:[\p{L}-]+\s+){0,2}?(?:${words(EVENT_NOUNS)})s?(?![\p{L}])`, "iu");
}

/**
 * Whether a claim's sentence brings in an event of its own: "Another car bomb in al-Rashid
 * killed six", "A bomb blast killed one person". Inside one article, two figures whose
 * sentences each introduce an event ("a ...", "another ...") are about two events, although
 * both are bombings in one city on one day; a figure in a sentence that refers back ("the
 * blast") may be about any of them. Up to two words may stand between the determiner and the
 * event noun ("a parked car bomb").
 */
const INTRO = introPattern(NEW_EVENT_DETERMINERS);

/**
 * Words that put a figure's event at another time than the story's: "weeks after a suicide
 * bomber targeted a school, killing nearly 50", "a similar attack two years ago killed 30".
 */
const ANOTHER_TIME = /\b(?:(?:days|weeks|months|years|decades) (?:ago|after|before|earlier|later)|(?:a|one|two|three|several|many|a few) (?:day|week|month|year)s? (?:ago|earlier|before|after)|last (?:week|month|year)|the previous (?:day|week|month|year)|in a similar)\b/i;

/** @example elsewhereInTime(claimIn("The attacks come weeks after a bomber killed nearly 50."), body) // true */
export function elsewhereInTime(claim: Claim, body: string): boolean {
  return ANOTHER_TIME.test(sentenceOf(claim, body));
}

/** Determiners that can only mean an event other than those named before: "another", "a second", "a separate". */
const OTHER_EVENT_DETERMINERS = NEW_EVENT_DETERMINERS.filter((d) => !/^(?:a|an)$/i.test(d));

const OTHER_INTRO = introPattern(OTHER_EVENT_DETERMINERS);

/** @example introducesOtherEvent(claimIn("In another separate attack, 2 were killed."), body) // true */
export function introducesOtherEvent(claim: Claim, body: string): boolean {
  return OTHER_INTRO.test(sentenceOf(claim, body));
}

/** @example introducesEvent(claimIn("Another car bomb in al-Rashid killed six."), body) // true */
export function introducesEvent(claim: Claim, body: string): boolean {
  return INTRO.test(sentenceOf(claim, body));
}

/**
 * Two figures of one article, in different sentences that each introduce an event, or of which
 * one is put at another time ("weeks after ..."), or the later of which is in a sentence that
 * brings in another event ("In another attack ..."): two events.
 * @example separateEvents(sixInAlRashid, oneInAlRashid, body) // true
 */
export function separateEvents(a: Claim, b: Claim, body: string): boolean {
  if (a.articleId !== b.articleId) return false;
  const [x, y] = [a.sentence, b.sentence];
  if (x && y && x.start === y.start && x.end === y.end) return false;
  if (!x && !y && Math.abs(a.start - b.start) < 160) return false;
  if (elsewhereInTime(a, body) !== elsewhereInTime(b, body)) return true;
  // "In another separate attack, ..." is not the event of any figure said before it.
  const later = a.start <= b.start ? b : a;
  if (introducesOtherEvent(later, body)) return true;
  return introducesEvent(a, body) && introducesEvent(b, body);
}
