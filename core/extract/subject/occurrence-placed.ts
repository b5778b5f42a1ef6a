import acts from "./data/occurrence-acts.js";
import { compoundNoun } from "./event.js";
import { fromEvent } from "./event-subject.js";
import { EVENTS } from "./lexicon.js";
import type { SubjectInput, SubjectReading } from "./reading.js";
import { wordsIn } from "./words.js";
import { wordTrie } from "../word-trie.js";
import { cueFamily, mayHold } from "./date-cues.js";

/**
 * The day of an event told right after its noun and its place or by "of": "The bombing in
 * Kabul on Monday killed 12", "In the attack on Israel on 7 October 2023, ...", "The Beirut port
 * explosion of 4 August 2020". The noun must open its clause (or follow "in", "after" and the
 * like): "The UN condemned the bombing in Kabul on Monday" and "protests against the war in
 * Gaza on Saturday" date the condemnation and the protests, not the event.
 */

/**
 * Event nouns a date can be about (as occurrence-date.ts): not an election, a truce or protests,
 * which have dates of their own kinds. As a trie: the pattern below tries them at every position
 * of the stretch before each date. No noun holds a space, so one start matches one noun at most
 * (`\s+` follows it) and the trie matches what the list of words did.
 */
const NOUN_WORDS = Object.keys(EVENTS).filter((w) => !acts.ownDates.includes(w));
const NOUNS = wordTrie(NOUN_WORDS);
/** The nouns, as cue words of the date's window (date-cues.ts). */
const CUE = cueFamily(NOUN_WORDS);
const NAME = String.raw`\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,3}`;
/** "bombing in Kabul on", "attack on Israel on", "earthquake in Turkey and Syria on", "explosion of". */
const PLACED_NOUN = new RegExp(String.raw`(?:^|[^\p{L}])(${NOUNS})\s+(?:(?:in|at|on|near|off|against|outside)\s+(?:the\s+)?${NAME}(?:(?:,|\s+and)\s+${NAME}){0,2},?\s+(?:on|in)|of)\s+(?:the\s+)?$`, "iu");
/**
 * What may stand before the noun from its clause's start: "The", "In the", "After last week's
 * deadly", "The Beirut port"; without a determiner, capitalised words only ("Monday's"). A verb
 * between ("The UN condemned the") makes the noun another verb's object. "A landslide in Wayanad
 * on Monday" brings in an event of its own: two such leads twelve days apart are two landslides,
 * so an indefinite noun is not read.
 */
const CLAUSE_OPENING = /^\s*(?:(?:in|during|since|after|following|before)\s+)?(?:(the|this|that|its|their|last\s+\p{L}+['’]s)\s+)?((?:(?!(?:the|a|an)\s)[\p{L}'’-]+\s+){0,2})$/iu;
/** How PLACED_NOUN's stretch ends ("on", "in" or "of", then "the"): tested first, as most dates' stretches end otherwise. */
const PLACED_END = /(?:on|in|of)\s+(?:the\s+)?$/iu;
/** Words that put the event in the past of the sentence's own time: "the anniversary of", "victims of the". */
const RETROSPECT = /\b(?:anniversary|anniversaries|victims|families|survivors|memory|memorial|commemoration|remembrance|aftermath)\s+of\b/i;

/** @example placedOccurrence(input)?.subject.frame?.event?.id // "attack" for "The bombing in Kabul on Monday killed 12" */
export function placedOccurrence(input: SubjectInput): SubjectReading | null {
  const { text, sentence, mention } = input;
  if (!mayHold(input, CUE)) return null;
  const from = Math.max(sentence.start, mention.start - 120);
  const stretch = text.slice(from, mention.start);
  const m = PLACED_END.test(stretch) ? PLACED_NOUN.exec(stretch) : null;
  if (!m) return null;
  const noun = wordsIn(text, from + m.index, mention.start).find((w) => w.lower === m[1]!.toLowerCase());
  if (!noun) return null;
  const head = text.slice(sentence.start, noun.start);
  const clauseFrom = Math.max(head.lastIndexOf(","), head.lastIndexOf(";"), head.lastIndexOf(":"), head.lastIndexOf("(")) + 1;
  const opening = head.slice(clauseFrom);
  const open = CLAUSE_OPENING.exec(opening);
  if (!open || RETROSPECT.test(head)) return null;
  if (!open[1] && open[2]!.split(/\s+/).some((w) => w !== "" && !/^\p{Lu}/u.test(w))) return null;
  const words = wordsIn(text, sentence.start + clauseFrom, noun.end);
  return fromEvent(input, noun, "date", "subject.event-placed-date", compoundNoun(words, words.length - 1));
}
