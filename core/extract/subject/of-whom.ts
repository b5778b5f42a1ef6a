import { countedPeople } from "./frame-scope.js";
import { nounClass } from "./frame-measure.js";
import { CASUALTY, isRoleOf, PEOPLE } from "./lexicon.js";
import { readNounPhrase } from "./noun-phrase.js";
import type { Casualty } from "./casualty.js";
import type { NounPhrase } from "./noun-phrase.js";

/**
 * "killing 64 people, 41 of whom were children", "left 30 dead, 12 of them women": a part of the
 * casualty count just told, named by the group it counts. Its measure is the whole's casualty
 * with the group (frame.counted-group: "killed.child"), so it meets another report's count of
 * that group ("at least 64 children were killed"), never the whole toll. A part whose words name
 * no group of people ("two of whom are in critical condition") is left to the casualty step.
 */
const OF_WHOM = /^\s+of\s+(?:whom|them)\s+(?:(?:were|are|was|is)\s+)?(?:all\s+)?(?=\p{Ll})/u;
/** The clause right before, closed by the comma: it holds the whole's count and its casualty word ("killing 64 people,", "left 30 dead,"). */
const WHOLE = /[^,;:.!?]*\d[^,;:.!?]*,\s*$/u;

export interface PartOfWhom {
  casualty: Casualty;
  /** The group's words: the counted phrase the frame reads the group from. */
  group: NounPhrase;
}

/** The part's casualty and group, or null when it is no such part of a group of people. */
export function ofWhom(text: string, sentenceStart: number, sentenceEnd: number, mentionStart: number, mentionEnd: number): PartOfWhom | null {
  const of = OF_WHOM.exec(text.slice(mentionEnd, Math.min(sentenceEnd, mentionEnd + 30)));
  if (!of) return null;
  const whole = WHOLE.exec(text.slice(Math.max(sentenceStart, mentionStart - 80), mentionStart));
  const kind = whole?.[0].toLowerCase().match(/\p{L}+/gu)?.map((word) => CASUALTY[word]).filter((k) => k !== undefined).at(-1);
  if (!kind) return null;
  const at = mentionEnd + of[0].length;
  const group = readNounPhrase(text, at, sentenceEnd);
  const counted = group && group.start === at ? countedPeople(group.words, nounClass, (noun) => PEOPLE.has(noun)) : null;
  if (!group || !counted || isRoleOf(counted.id, kind) || CASUALTY[group.head.lower]) return null;
  return { casualty: { kind, span: { start: mentionEnd, end: at } }, group };
}
