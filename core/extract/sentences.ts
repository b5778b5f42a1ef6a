import type { Span } from "./span.js";

/**
 * Sentence spans of an article body. Subjects, modality and asOf are all read inside one
 * sentence, so a boundary in the wrong place costs more than a missed one: "Nov. 13", "U.S.",
 * "Patricia Y. Lee" and "3.6" must not end a sentence. Lines end one (bodies are one paragraph
 * per line, and page furniture sits on lines of its own), except a line of copy wrapped by hand:
 * one break, the line ending in a word or a comma and the next opening in lowercase ("Initial
 * radio reports\n                 said 25 died"). One pass, no backtracking.
 */

/** Words that end in a period without ending the sentence. Lowercase, without the period. */
const ABBREVIATIONS = new Set([
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "rep", "sen", "gov",
  "st", "ste", "ave", "rd", "no", "nos", "vol", "fig", "approx", "est", "vs", "etc", "inc", "ltd",
  "co", "corp", "jr", "sr", "e.g", "i.e", "u.s", "u.k", "u.n", "a.m", "p.m",
]);

const TERMINATOR = /[\n\r.!?]/g;
// Module constants rather than literals in the functions: a literal makes a new RegExp object
// at every terminator of every article.
const OPENS_SENTENCE = /[\p{Lu}\d"“‘'([]/u;
const LETTER_OR_DOT = /[\p{L}.]/u;
const ONE_LETTER = /^\p{L}$/u;

/** " ' ” ’ ) ]: what may close a sentence after its terminator. */
function isClosing(code: number): boolean {
  return code === 0x22 || code === 0x27 || code === 0x201d || code === 0x2019 || code === 0x29 || code === 0x5d;
}

/**
 * @example splitSentences("It began in Nov. 2011. Then it spread.") // [{start:0,end:22},{start:23,end:38}]
 */
export function splitSentences(text: string): Span[] {
  const sentences: Span[] = [];
  let start = skipSpace(text, 0);
  // Only line breaks and terminators matter; a regex finds the next one faster than a loop
  // over every character.
  const terminator = TERMINATOR;
  terminator.lastIndex = start;
  // test() rather than exec(): a terminator is one character, so it sits just before lastIndex,
  // and no match array is built for every dot and line break of the article.
  while (terminator.test(text)) {
    const i = terminator.lastIndex - 1;
    const code = text.charCodeAt(i);
    if (code === 10 || code === 13) {
      if (wrapped(text, start, i)) continue;
      push(sentences, text, start, i);
      start = skipSpace(text, i + 1);
      terminator.lastIndex = start;
    } else if (endsSentence(text, i)) {
      const end = closeQuotes(text, i + 1);
      push(sentences, text, start, end);
      start = skipSpace(text, end);
      terminator.lastIndex = start;
    }
  }
  push(sentences, text, start, text.length);
  return sentences;
}

/** Inside a sentence wrapped by hand: a single line break after a word, a comma or a hyphen, then a lowercase word. */
function wrapped(text: string, start: number, lineBreak: number): boolean {
  if (lineBreak === start) return false;
  const last = text.charCodeAt(lineBreak - 1);
  const continues = (last >= 97 && last <= 122) || last === 44 || last === 45;
  if (!continues) return false;
  let j = lineBreak + 1;
  while (j < text.length && (text[j] === " " || text[j] === "\t")) j++;
  const next = text.charCodeAt(j);
  return next >= 97 && next <= 122;
}

function push(sentences: Span[], text: string, start: number, end: number): void {
  let e = end;
  while (e > start && isSpace(text[e - 1]!)) e--;
  if (e > start) sentences.push({ start, end: e });
}

/** A terminator ends a sentence when space and a capital, digit or quote follow, and it is not an abbreviation. */
function endsSentence(text: string, i: number): boolean {
  const after = closeQuotes(text, i + 1);
  if (after >= text.length) return true;
  if (!isSpace(text[after]!)) return false;
  const next = text[skipInlineSpace(text, after)];
  if (next === undefined || next === "\n" || next === "\r") return true;
  if (!OPENS_SENTENCE.test(next)) return false;
  return text[i] !== "." || !isAbbreviation(text, i);
}

function isAbbreviation(text: string, dot: number): boolean {
  let s = dot;
  while (s > 0 && dot - s < 12 && isLetterOrDot(text, s - 1)) s--;
  // A word longer than the longest abbreviation ("approx") is none, since lowercasing never
  // shortens a word: no lowercase copy is made of every word before a full stop.
  if (dot - s > MAX_ABBREVIATION) return false;
  const word = text.slice(s, dot).toLowerCase();
  if (ONE_LETTER.test(word)) return true; // an initial: "Patricia Y. Lee"
  return ABBREVIATIONS.has(word);
}

/** The longest entry of ABBREVIATIONS. */
const MAX_ABBREVIATION = Math.max(...[...ABBREVIATIONS].map((w) => w.length));

/** LETTER_OR_DOT at one index, ASCII decided by its code: the Unicode class is a table look-up per character. */
function isLetterOrDot(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) return code === 46 || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return LETTER_OR_DOT.test(text[i]!);
}

function closeQuotes(text: string, i: number): number {
  let j = i;
  while (j < text.length && j - i < 3 && isClosing(text.charCodeAt(j))) j++;
  return j;
}

function skipSpace(text: string, i: number): number {
  let j = i;
  while (j < text.length && isSpace(text[j]!)) j++;
  return j;
}

function skipInlineSpace(text: string, i: number): number {
  let j = i;
  while (j < text.length && (text[j] === " " || text[j] === "\t" || text[j] === "\u00a0")) j++;
  return j;
}

function isSpace(ch: string): boolean {
  return ch === " " || ch === "\t" || ch === "\n" || ch === "\r" || ch === "\u00a0" || ch === "\f" || ch === "\v";
}
