import life from "./data/life-events.js";
import { previousSentence } from "./named-thing.js";
import { isNameWord, isPerson, NAME, NOT_PERSON, TITLES } from "./person-name.js";
import type { SubjectInput } from "./reading.js";
import { isCapitalized, wordsIn, type Word } from "./words.js";
import { introducedAsRelative } from "./life-relatives.js";

/**
 * Who a date of a life (life-dates.ts) is about: the name before its verb, past an aside ("William
 * Shakespeare, a great English writer, was born"), the person of an earlier verb before "and", a
 * pronoun's person, the name after an opening participle. Names are capitalised runs that can be
 * a person (person-name.ts).
 */

const VERBS = new Map<string, string>(Object.entries(life.verbs));
const VERB = new RegExp(String.raw`\b(?:${[...VERBS.keys()].join("|")})\b`, "gi");
const AUX = new Set<string>(life.aux);

/** The person a life verb is about, from the words before it in its sentence. */
export function personBefore(input: SubjectInput, verbAt: number, first: boolean): string | null {
  const { text, sentence } = input;
  const words = wordsIn(text, Math.max(sentence.start, verbAt - 160), verbAt);
  let k = words.length - 1;
  while (k >= 0 && AUX.has(words[k]!.lower)) k--;
  if (k < 0) return null;
  // "was born on April 23 and baptized on April 26": the earlier verb's person.
  if (words[k]!.lower === "and") {
    if (!first) return null;
    VERB.lastIndex = 0;
    const earlier = [...text.slice(sentence.start, words[k]!.start).matchAll(VERB)].pop();
    return earlier ? personBefore(input, sentence.start + earlier.index!, false) : null;
  }
  // "His birth certificate shows that he was born": the person the sentence before is about, or the last one named.
  if (/^(?:he|she)$/.test(words[k]!.text) && words[k]!.start > sentence.start) {
    const person = openingPersonBefore(text, sentence.start) ?? antecedent(text, sentence.start);
    return person && fullName(text, person);
  }
  // "William Shakespeare, a great English writer and poet, was born", "Mahsa Amini, a 22-year-old who
  // passed away", "Yahya Sinwar, the mastermind behind the attack on October 7, 2023, was killed": the name before the aside.
  const upTo = words[k + 1]?.start ?? verbAt;
  const from = Math.max(sentence.start, upTo - 200);
  const stretch = text.slice(from, upTo);
  // ASIDE ends at a comma: a stretch that does not is not tried (the pattern backtracks at every place of it).
  const aside = (ASIDE_END.test(stretch) ? ASIDE.exec(stretch) : null) ?? (words[k + 1]?.lower === "who" ? RELATIVE_ASIDE.exec(stretch) : null);
  if (aside) {
    const end = from + aside.index + aside[1]!.length;
    return nameEndingAt(input, words, words.findIndex((w) => w.end === end));
  }
  if (!isCapitalized(words[k]!)) return null;
  // With no aside between them, a name the object of a phrase is not the verb's subject ("An aide to Hassan Nasrallah was killed").
  let opens = k;
  while (opens > 0 && isNameWord(words[opens - 1]!)) opens--;
  return objectOfAnother(words.slice(0, opens)) ? null : nameEndingAt(input, words, k);
}

/** ", a great English writer and poet,", ", the mastermind behind the attack on October 7, 2023,", ", who led IS since 2014 and was the world's most wanted man,": an aside after a name (a year's comma inside). */
const ASIDE = /(\p{L}[\p{L}’'.-]*),\s+(?:a|an|the|who|whose)\s+(?:[^,;:()]|,\s*\d{4}\b){1,140},\s*$/u;
/** How every match of ASIDE ends: a comma, then white space only. */
const ASIDE_END = /,\s*$/;
/** "Mahsa Amini, a 22-year-old who": an aside that runs into a relative clause. */
const RELATIVE_ASIDE = /(\p{L}[\p{L}’'.-]*),\s+(?:a|an|the)\s+[^,;:()]{1,70}?\s*$/u;

const OBJECT_OF = new Set(life.objectOf);
const RELATIVES = new Set(life.relatives);

/**
 * Whether the words before a name make it the object of another phrase, not the subject of the
 * verb after it: "Hamza bin Laden, the son of Osama bin Laden, was killed", "the man who killed
 * Shinzo Abe died on": the death is someone else's.
 */
export function objectOfAnother(before: readonly Word[]): boolean {
  const last = before[before.length - 1];
  return Boolean(last && (OBJECT_OF.has(last.lower) || objectOfRelative(before)));
}

/**
 * Whether the words before a name end in a relative pronoun and its verb: "the man who killed
 * Shinzo Abe died": the name is the relative clause's object, not the subject of the verb after it.
 * @example objectOfRelative(wordsIn("The man who killed ", 0, 19)) // true
 */
export function objectOfRelative(before: readonly Word[]): boolean {
  const [last, second] = [before[before.length - 1], before[before.length - 2]];
  return Boolean(last && second && RELATIVES.has(second.lower) && !isCapitalized(last));
}

/** The name run ending at words[k], a pronoun's antecedent, or null. */
function nameEndingAt(input: SubjectInput, words: readonly Word[], k: number): string | null {
  if (k < 0) return null;
  const { text, sentence } = input;
  const run: Word[] = [];
  for (let i = k; i >= 0 && run.length < 5 && isNameWord(words[i]!); i--) run.unshift(words[i]!);
  while (run.length > 1 && NOT_PERSON.has(run[0]!.text)) run.shift();
  // "Kim Il Sung and Kim Jong Il were born in 1912 and 1942": two people, whose dates are not told apart here.
  if (run.length === 0 || words[k - run.length]?.lower === "and") return null;
  // "Kim's date of birth ... He was born": the person as the article names them in full.
  if (run.length === 1 && /^(?:He|She)$/.test(run[0]!.text)) {
    const person = antecedent(text, sentence.start);
    return person && fullName(text, person);
  }
  const name = run.map((w) => w.text).join(" ").replace(/['’]s$/, "");
  const opensSentence = /^[\s"“‘'(]*$/.test(text.slice(sentence.start, run[0]!.start));
  return isPerson(name, text, opensSentence && run.length === 1) ? name : null;
}

/** "Officially born in 1982 (...), Kim Jong Un speaks": the person named after the opening participle. */
export function openerPerson(input: SubjectInput, verbAt: number): string | null {
  const { text, sentence, mention } = input;
  if (!/^\s*(?:\p{Lu}\p{Ll}+ly\s+)?$/u.test(text.slice(sentence.start, verbAt))) return null;
  let rest = text.slice(mention.end, Math.min(sentence.end, mention.end + 200));
  rest = rest.replace(/^[^,(:;]*\([^)]*\)/, "");
  // "..., Kim Jong Un speaks", "..., Edson Arantes do Nascimento, better known as Pele, was": the name, then its verb or an aside.
  const m = NAME_AFTER_OPENER.exec(rest);
  return m && isPerson(m[1]!, text, false) ? m[1]! : null;
}

const NAME_AFTER_OPENER = new RegExp(String.raw`^[^,;:]{0,40},\s+(${NAME})(?:\s+\p{Ll}|,)`, "u");
/** The name a sentence opens with. */
const OPENING_NAME = new RegExp(String.raw`^[\s"“‘'(]*(${NAME})`, "u");
/** A name inside a sentence, not opening it. */
const INNER_NAME = new RegExp(String.raw`(?<![.!?]\s{0,3}|^)(?<=[\s(“"])(${NAME})`, "gu");

/**
 * The person the sentence before opens with, possessive or not ("Pele's first document was
 * registered ..."): what a "he" inside the next sentence most often stands for. A one-word name
 * must be written capitalised twice in the article at least, so a word that only opens a
 * sentence is no one.
 */
function openingPersonBefore(text: string, sentenceStart: number): string | null {
  const previous = previousSentence(text, sentenceStart);
  if (!previous) return null;
  const m = OPENING_NAME.exec(text.slice(previous.start, previous.end));
  if (!m) return null;
  const name = m[1]!.replace(/['’]s$/, "").trim();
  if (!isPerson(name, text, false)) return null;
  if (/\s/.test(name)) return name;
  const times = text.match(new RegExp(String.raw`(?<![\p{L}])${name}(?![\p{L}])`, "gu"))?.length ?? 0;
  return times >= 2 ? name : null;
}

/** The last person named in the few sentences before `at`: "Kim's date of birth. He was born ...". */
function antecedent(text: string, at: number): string | null {
  const window = text.slice(Math.max(0, at - 400), at);
  let found: string | null = null;
  for (const m of window.matchAll(INNER_NAME)) {
    const name = m[1]!.replace(/['’]s$/, "");
    if (isPerson(name, text, false)) found = name;
  }
  return found;
}

/**
 * The person a pronoun stands for, as the article names them in full: "Kim" ("Kim's date of
 * birth. He was born ...") is "Kim Jong Un" when that is the one full name of the article holding
 * the word first or last; "Castro" stays "Castro" in a story naming Fidel and Raúl Castro. Outlets
 * name a person once in full, then short, and a date is compared under the full name.
 * @example fullName("Kim Jong Un leads. Kim was born in 1984.", "Kim") // "Kim Jong Un"
 */
export function fullName(text: string, name: string): string {
  if (/\s/.test(name) || !/^\p{Lu}/u.test(name)) return name;
  const found = new Set<string>();
  for (const m of text.matchAll(FULL_NAME)) {
    const run = m[0].replace(/['’]s$/, "");
    const words = run.split(/\s+/);
    const last = words[words.length - 1]!.replace(/^(?:al|el)-/, "");
    if (words.length < 2 || (words[0] !== name && words[words.length - 1] !== name && last !== name)) continue;
    // "King Pele", "President Biden": a title is no part of the name.
    if (TITLES.has(words[0]!)) continue;
    // "His wife, Lucy Kibaki": a relative shares the surname and is someone else.
    if (introducedAsRelative(text.slice(Math.max(0, m.index! - 50), m.index))) continue;
    if (isPerson(run, text, false)) found.add(run);
  }
  return found.size === 1 ? [...found][0]! : name;
}

/** A name of two to four words on one line, none ending in a stop ("Kim Jong Il. Officials" is no name). */
const FULL_NAME = new RegExp(String.raw`(?<![\p{L}’'-])\p{Lu}[\p{L}’'-]*(?:[^\S\n]+(?:\p{Lu}[\p{L}’'-]*|bin|de|van|von|al-\p{Lu}[\p{L}-]*)){1,3}`, "gu");
