import { PART_VERB } from "./aboard.js";
import type { Casualty } from "./casualty.js";
import { CASUALTY } from "./lexicon.js";
import tolls from "./data/tolls.js";
import { PART_OPENERS } from "../../check/data/toll-words.js";

/** "of the estimated 750 passengers", "of the 60 people on board": a whole of people after a part's figure. */
const OF_PEOPLE = /^\s+of\s+(?:the|an?)\s+(?:(?:estimated|about|around|some|roughly|approximately|over|more\s+than|nearly|almost)\s+)?\d[\d,.]*(?:\s+(?:million|thousand))?(?:\s+(?!(?:were|was|have|had|has)\b)[\p{L}-]+){1,4}?(?=\s+(?:were|was|have|had|has|survived|died|perished|drowned|lost|made|escaped)\b)/iu;

/**
 * "Only 104 of the estimated 750 passengers survived", "12 of the 40 miners died": the part's
 * own count, with the verb after the whole it is part of.
 */
export function partOfPeople(text: string, mentionEnd: number): Casualty | null {
  if (!text.startsWith(" of ", mentionEnd)) return null;
  const of = OF_PEOPLE.exec(text.slice(mentionEnd, mentionEnd + 80));
  if (!of) return null;
  const at = mentionEnd + of[0].length;
  const verb = PART_VERB.exec(text.slice(at, at + 40));
  if (!verb) return null;
  const word = /(survived|died|perished|drowned|killed|rescued|saved|lost)\b/i.exec(verb[0]);
  const kind = word ? (word[1]!.toLowerCase() === "saved" ? "rescued" : word[1]!.toLowerCase() === "lost" ? "killed" : CASUALTY[word[1]!.toLowerCase()]) : undefined;
  return kind ? { kind, span: { start: at, end: at + verb[0].length } } : null;
}

/** A sentence's opening that sets its count inside the count told before ("Of those, 120 died", "Among the deceased, twelve"). */
const OPENS_SHARE = new RegExp(String.raw`^[\s"“‘']*(?:${PART_OPENERS.join("|")})\s*(?:about|some|around|nearly|at\s+least|only|just)?\s*$`, "iu");

/**
 * Whether the sentence opens the count as a share of the count before it ("Of them, three had
 * died"): marked when the figure is read (subject.share), so a stored claim is still known as a
 * part when another report meets it.
 * @example opensShare("163 died. Of them, 120 died in Pedernales.", 10, 20) // true
 */
export function opensShare(text: string, sentenceStart: number, mentionStart: number): boolean {
  return mentionStart > sentenceStart && OPENS_SHARE.test(text.slice(sentenceStart, mentionStart));
}

/** Words right after the number that add it to something counted before ("four more fatalities", "20 additional"). */
export const ADDED_AFTER = /^\s+(?:more|additional|further|extra)\b/iu;
/** Words right before the number ("another 40", "a further 12", "an additional 5"). */
export const ADDED_BEFORE = /\b(?:another|(?:a|an) (?:further|additional|extra))\s+$/iu;
/**
 * "Killing 59 and wounding about 150 more", "kills at least 59, injures 212 more": after a count
 * of the dead, a verb of another casualty measure (any tense, joined by "and" or a comma) makes
 * "N more" N other people, the whole count of that measure.
 */
export const SECOND_MEASURE = /(?:^|(?:,|;|\b(?:and|while|with))\s+)(?:wound|injur|hurt)\p{L}*\s+(?:(?:about|some|around|nearly|roughly|almost|at least|more than|over)\s+)?$/iu;
/** How far before "another N" a word of its own casualty may be said for N to add to it. */
const NEAR = 250;

/**
 * Whether a casualty count is added to one told before ("four more fatalities", "another 40
 * were killed" after a toll of the dead), not the total: marked when the figure is read
 * (subject.addition), so a stored claim is still known as a part when another report meets it.
 * "Another 13 were injured" after a count of the dead alone is the whole count of the injured.
 * @example addedToCount("12 died and four more fatalities were reported", 13, 17, "killed") // true
 */
export function addedToCount(text: string, mentionStart: number, mentionEnd: number, kind: string): boolean {
  const before = text.slice(Math.max(0, mentionStart - 24), mentionStart);
  const added = ADDED_AFTER.test(text.slice(mentionEnd, mentionEnd + 24)) ? !SECOND_MEASURE.test(before) : ADDED_BEFORE.test(before);
  if (!added) return false;
  // What it adds to is the casualty said last before it, which must be its own ("the toll rose to
  // 31 after four more fatalities"): "40 were killed, and 13 more are missing" gives all the
  // missing, "Four children and two adults died while another 13 people were injured" all the injured.
  const earlier = text.slice(Math.max(0, mentionStart - NEAR), mentionStart).toLowerCase().match(/\p{L}+/gu) ?? [];
  const said = earlier.slice(0, -1).map((word) => CASUALTY[word] ?? (word === "toll" ? BARE_TOLL : undefined)).filter((k) => k !== undefined);
  return said.length > 0 && said[said.length - 1] === kind;
}

/** What a bare "toll" counts (data/tolls.ts, 'tolls' with no word before it): the dead. */
const BARE_TOLL = tolls.tolls[""];
