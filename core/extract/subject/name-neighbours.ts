import { EVENTS } from "./lexicon.js";
import { placeOfKind } from "./story-place-kind.js";

/**
 * The words right around a capitalised name that story-names.ts asks about in every sentence of
 * a story: whether the name is said as where something happened (located: the preposition of
 * place before it, "in", "at the", "near the city's") or names an event (namesEvent: the word
 * after it, "Cianjur earthquake", or a storm's title before it, "Cyclone Idai"). The words are
 * read by hand, backwards from the name or forwards from its end: the same answers as the
 * patterns in each comment, which tried every position of the stretch before each name of a story.
 */

/**
 * Whether the capitalised run holding word i follows a preposition of place. "in the country's
 * Enga province", "in the city's Itaewon district": a possessive between is still where; "tore
 * through the Halvik Tower block": what an event went through is where it was.
 */
export function located(sentence: string, words: readonly { at: number; end: number }[], runsOn: readonly boolean[], i: number): boolean {
  let start = i;
  while (start > 0 && runsOn[start - 1]) start--;
  return saidAsWhere(sentence, Math.max(0, words[start]!.at - 20), words[start]!.at) || placeOfKind(sentence, words[start]!.at);
}

/**
 * A name that names an event: "the Cianjur earthquake", "the Pylos shipwreck", "Hurricane Otis",
 * "Cyclone Idai". News names an event by its place or its own name as often as it says where it
 * happened, so a name right before an event word, or right after a storm's title, is as good as
 * one said with "in" or "at".
 */
export function namesEvent(sentence: string, words: readonly { at: number; end: number }[], first: number, last: number): boolean {
  const after = wordAfter(sentence, words[last]!.end);
  if (after && isEventWord(after)) return true;
  // Only a capitalised word can title a storm: the word before must open with a capital.
  const at = words[first]!.at;
  const before = wordBefore(sentence, Math.max(0, at - 20), at);
  if (before === undefined) return false;
  // Most words before a name are lowercase ("in the"): the capital is asked first, by its code in ASCII.
  const c = before.charCodeAt(0);
  if (c < 128 ? c < 65 || c > 90 : !/^\p{Lu}/u.test(before)) return false;
  return EVENTS[before.toLowerCase()] === STORM;
}

/** The class of the words that title a storm by its name ("Hurricane", "Cyclone", "Typhoon"). */
const STORM = "storm";

/** A word of the event lexicon ("earthquake", "blaze", "Hurricane"), in the singular or plural. */
export function isEventWord(word: string): boolean {
  // Asked of the word after every name of a story: one look-up of a length that can be one, no plural cut.
  return word.length >= EVENT_FORM_MIN && word.length <= EVENT_FORM_MAX && EVENT_FORMS.has(word.toLowerCase());
}

/** The event lexicon's words and each with an "s" added: what isEventWord finds. */
const EVENT_FORMS: ReadonlySet<string> = new Set(Object.keys(EVENTS).flatMap((w) => [w, `${w}s`]));
const EVENT_FORM_MIN = Math.min(...[...EVENT_FORMS].map((w) => w.length));
const EVENT_FORM_MAX = Math.max(...[...EVENT_FORMS].map((w) => w.length));

/**
 * Whether `LOCATIVE_PATTERN` (below) matches `text.slice(from, to)`: a preposition of place or a
 * verb of striking (as a whole word: `\b` before it), white space, then optionally "the", "a" or
 * "an", white space and one lowercase word with its possessive ("the country's"), and white
 * space up to `to`.
 * @example saidAsWhere("killed in the city's Itaewon", 10, 22) // true
 */
export function saidAsWhere(text: string, from: number, to: number): boolean {
  // The stretch ends in white space; the run of other characters before it is the last word.
  const end = skipSpaceBack(text, from, to);
  if (end === to) return false;
  const start = runStart(text, from, end);
  if (locativeEnds(text, start, end)) return true;
  const last = text.slice(start, end);
  // "in the": an article right after the locative word; "in the city's": a lowercase word after the article.
  return (ARTICLES.has(last) && afterLocative(text, from, start)) || (LOWER_WORD.test(last) && afterArticle(text, from, start));
}

/** Whether white space, and a run ending in a locative word, stand before `start`. */
function afterLocative(text: string, from: number, start: number): boolean {
  const end = skipSpaceBack(text, from, start);
  return end < start && locativeEnds(text, runStart(text, from, end), end);
}

/** Whether white space, an article and what afterLocative asks stand before `start`. */
function afterArticle(text: string, from: number, start: number): boolean {
  const end = skipSpaceBack(text, from, start);
  if (end === start) return false;
  const begin = runStart(text, from, end);
  return ARTICLES.has(text.slice(begin, end)) && afterLocative(text, from, begin);
}

/** The pattern saidAsWhere answers for (case-sensitive, `u`). */
export const LOCATIVE_PATTERN = /\b(?:in|at|near|outside|inside|through|from|aboard|on|off|across|struck|hit|rocked|battered|lashed|devastated)\s+(?:(?:the|a|an)\s+(?:\p{Ll}[\p{Ll}-]*(?:['’]s)?\s+)?)?$/u;

const LOCATIVES: ReadonlySet<string> = new Set(["in", "at", "near", "outside", "inside", "through", "from", "aboard", "on", "off", "across", "struck", "hit", "rocked", "battered", "lashed", "devastated"]);
const ARTICLES: ReadonlySet<string> = new Set(["the", "a", "an"]);
const LOWER_WORD = /^\p{Ll}[\p{Ll}-]*(?:['’]s)?$/u;

/**
 * Whether the run [start, end) ends in a locative word that a `\b` opens (the run's start, or a
 * character no word character). A locative is all letters, so only the word characters ending
 * the run can be one: the one whose `\b` is where those characters start (a shorter ending,
 * "in" of "within", has a word character before it).
 */
function locativeEnds(text: string, start: number, end: number): boolean {
  let at = end;
  while (at > start && isWordChar(text.charCodeAt(at - 1))) at--;
  return end - at >= 2 && end - at <= 10 && LOCATIVES.has(text.slice(at, end));
}

/** `\b`'s word characters without the `i` flag: ASCII letters, digits and "_". */
function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/** Where the white space ending at `to` starts (`to` when there is none), not before `from`. */
function skipSpaceBack(text: string, from: number, to: number): number {
  let i = to;
  while (i > from && isSpace(text.charCodeAt(i - 1))) i--;
  return i;
}

/** Where the run of characters other than white space ending at `end` starts, not before `from`. */
function runStart(text: string, from: number, end: number): number {
  let i = end;
  while (i > from && !isSpace(text.charCodeAt(i - 1))) i--;
  return i;
}

/** Whether `text.slice(from, to)` is white space only and not empty, as `/^\s+$/u` tests it. */
export function onlySpace(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let i = from; i < to; i++) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
}

/** JavaScript's `\s`: white space and line terminators (a surrogate is none). */
export function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * The word right after `at`, as `/^\s+([\p{L}-]+)/u` reads `text.slice(at)`: white space, then
 * letters and hyphens; undefined when either is missing.
 * @example wordAfter("the Cianjur earthquake", 11) // "earthquake"
 */
export function wordAfter(text: string, at: number): string | undefined {
  let i = at;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  if (i === at) return undefined;
  const start = i;
  while (i < text.length) {
    const size = letterOrHyphenAt(text, i);
    if (size === 0) break;
    i += size;
  }
  return i > start ? text.slice(start, i) : undefined;
}

/**
 * The word before `to`, as `/([\p{L}-]+)[\s“"‘']+$/u` reads `text.slice(from, to)`: letters
 * and hyphens, then white space or opening quotes up to the end; undefined when either is missing.
 * @example wordBefore("Cyclone “Idai", 0, 9) // "Cyclone"
 */
export function wordBefore(text: string, from: number, to: number): string | undefined {
  let i = to;
  while (i > from && isSpaceOrQuote(text.charCodeAt(i - 1))) i--;
  if (i === to) return undefined;
  const end = i;
  while (i > from) {
    const size = letterOrHyphenBefore(text, from, i);
    if (size === 0) break;
    i -= size;
  }
  return i < end ? text.slice(i, end) : undefined;
}

function isSpaceOrQuote(c: number): boolean {
  return isSpace(c) || c === 0x201c || c === 34 || c === 0x2018 || c === 39;
}

const LETTER = /^\p{L}$/u;

/** The length (1 or 2) of the letter or hyphen at i, or 0: a surrogate pair counts as one, as the `u` flag reads it. */
function letterOrHyphenAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return c === 45 || (c >= 97 && c <= 122) || (c >= 65 && c <= 90) ? 1 : 0;
  const cp = text.codePointAt(i)!;
  const size = cp > 0xffff ? 2 : 1;
  return LETTER.test(String.fromCodePoint(cp)) ? size : 0;
}

/** The length (1 or 2) of the letter or hyphen ending at i, or 0, not reading before `from`. */
function letterOrHyphenBefore(text: string, from: number, i: number): number {
  const c = text.charCodeAt(i - 1);
  if (c < 128) return c === 45 || (c >= 97 && c <= 122) || (c >= 65 && c <= 90) ? 1 : 0;
  // A low surrogate with its high one inside the stretch is one code point.
  if (c >= 0xdc00 && c <= 0xdfff && i - 2 >= from) {
    const high = text.charCodeAt(i - 2);
    if (high >= 0xd800 && high <= 0xdbff) return LETTER.test(text.slice(i - 2, i)) ? 2 : 0;
  }
  return LETTER.test(text[i - 1]!) ? 1 : 0;
}
