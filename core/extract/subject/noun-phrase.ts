import { ABSTRACT_NOUNS, ING_NOUNS, MEASURE_ADJECTIVES, PAST_FORMS, PHRASE_STOP } from "./lexicon.js";
import { adjacent, wordsIn, type Word } from "./words.js";

/**
 * The noun phrase a number counts or measures: the run of words right after it, up to the
 * first word that cannot be inside a noun phrase ("3.6 million Syrian refugees | residing in").
 * It reads forward only, which is how English puts counted nouns, and skips what sits between
 * the number and its noun: a parenthetical conversion ("30-mile (18.6-mile) deep security strip"),
 * "or so", "more", and an "of" ("70% of Syrian territory", "hundreds of thousands of people").
 */

export interface NounPhrase {
  words: Word[];
  /** The word the phrase is about: the last noun, unless that is a goal word like "objective". */
  head: Word;
  start: number;
  end: number;
}

const MAX_WORDS = 4;
const STATUS_AFTER = /^\s+(?:as|to\s+be)\b/i;

/**
 * @example readNounPhrase("3.6 million Syrian refugees residing in Turkey", 11, 46)?.head.text // "refugees"
 */
export function readNounPhrase(text: string, from: number, limit: number): NounPhrase | null {
  const start = skipBetween(text, from, limit);
  const words = wordsIn(text, start, Math.min(limit, start + 120));
  const phrase: Word[] = [];
  let previousEnd = start;
  for (const word of words) {
    if (!adjacent(text, previousEnd, word.start) && phrase.length > 0) break;
    if (phrase.length === 0 && !/^\s*$/.test(text.slice(start, word.start))) break;
    if (!isPhraseWord(word, phrase.length)) break;
    // "18,222 listed as missing", "300 reported to be dead": a participle taking a status is the count's verb, no adjective.
    if (phrase.length === 0 && /ed$/.test(word.lower) && STATUS_AFTER.test(text.slice(word.end, word.end + 8))) break;
    phrase.push(word);
    previousEnd = word.end;
    // A counted noun is plural and comes last: "refugees arrive" is a noun and its verb.
    if (phrase.length >= MAX_WORDS || looksPlural(word)) break;
  }
  // "18.6 miles deep and": a measure adjective standing alone is the measure, not a noun
  // ("30-mile deep security strip" keeps it as an adjective of "strip").
  if (phrase.length === 0 || (phrase.length === 1 && MEASURE_ADJECTIVES[phrase[0]!.lower])) return null;
  let headIndex = phrase.length - 1;
  while (headIndex > 0 && ABSTRACT_NOUNS.has(phrase[headIndex]!.lower)) headIndex--;
  const kept = phrase.slice(0, headIndex + 1);
  return { words: kept, head: kept[kept.length - 1]!, start: kept[0]!.start, end: kept[kept.length - 1]!.end };
}

function looksPlural(word: Word): boolean {
  if (PLURALS.has(word.lower)) return true;
  return word.lower.length > 3 && /[^su']s$/.test(word.lower) && !/(?:ics|news|ss)$/.test(word.lower);
}

const PLURALS = new Set(["people", "children", "men", "women", "police", "personnel", "staff", "cattle"]);

function isPhraseWord(word: Word, position: number): boolean {
  if (/\d/.test(word.text) || PHRASE_STOP.has(word.lower)) return false;
  if (/^\p{Lu}/u.test(word.text)) return true; // names and demonyms: "Syrian", "Italy", "Beijing"
  if (/ly$/.test(word.lower) && word.lower.length > 4 && word.lower !== "family") return false;
  if (/ing$/.test(word.lower) && !ING_NOUNS.has(word.lower)) return false;
  // An -ed word opens a phrase as an adjective ("displaced Syrians") but later it is a verb ("people fled").
  if ((/ed$/.test(word.lower) || PAST_FORMS.has(word.lower)) && position > 0) return false;
  return true;
}

/** Skips a parenthetical conversion, "or so", "more", and a partitive "of (the)". */
const ADJECTIVE = String.raw`(?:${Object.keys(MEASURE_ADJECTIVES).join("|")})`;
const JOINED_MEASURE = new RegExp(String.raw`^\s*-?${ADJECTIVE}\s+and\s+(?:(?:about|some|around|nearly|over|almost)\s+)?\d[\d.,]*(?:[\s-]*[\p{L}.]+){1,2}?(?:\s*\([^()]{0,40}\))?[\s-]*${ADJECTIVE}(?![\p{L}])`, "iu");

function skipBetween(text: string, from: number, limit: number): number {
  let i = from;
  const paren = /^\s*\([^()]{0,40}\)/.exec(text.slice(i, Math.min(limit, i + 44)));
  if (paren) i += paren[0].length;
  // "a 233 meter long and 4.6 feet wide suspension bridge", "the 185-meter-high and 2,309-meter-long dam": the noun after both measures is each one's.
  const joined = JOINED_MEASURE.exec(text.slice(i, Math.min(limit, i + 80)));
  if (joined) i += joined[0].length;
  const filler = /^\s*(?:or so\b|or more\b|odd\b)?\s*(?:more\b|additional\b|extra\b|other\b|further\b)?\s*(?:of\s+(?:the\s+|its\s+|their\s+|all\s+)?)?/i.exec(text.slice(i, Math.min(limit, i + 40)));
  if (filler) i += filler[0].length;
  return Math.min(i, limit);
}
