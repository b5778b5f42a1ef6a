import { endOfDigitRun, isDigit, readDigits, thousandsK, VULGAR } from "./digits.js";
import { settledReading, type NumberReading } from "./reading.js";
import { withRatio } from "./ratios.js";
import { readSpoken } from "./spoken.js";
import { continueMixed } from "./mixed.js";
import { readPoint } from "./tail.js";
import { nextWord, type Word } from "./word-cursor.js";
import { AFTER_ARTICLE, DECADE_WORDS, DOZEN_WORDS, SCALE_WORDS, STARTER_WORDS } from "./words.js";
import { wordTrie } from "../word-trie.js";

/**
 * "a" or "an" and the word after it, spaced as word-cursor.ts reads it: "a dozen", "a-half".
 * `(?!\w)` first: ANCHOR closes every word with `\b`, so "a"/"an" must end its word anyway, and
 * every other word opening with "a" ("and", "about", "after") now fails before the list of
 * words after an article is tried on it.
 */
const ARTICLE = `an?(?!\\w)(?=[ \\t\\u00a0]{0,3}(?:[-\\u2010\\u2011][ \\t\\u00a0]{0,3})?${wordTrie(AFTER_ARTICLE)}(?![A-Za-z]))`;

/**
 * Where a number can begin: a digit or a vulgar fraction, ".5" (its lookbehind checked only
 * at a dot: a lookbehind first would run at every position), or a number word. One pass over
 * the text.
 */
const ANCHOR = new RegExp(
  `[\\d${Object.keys(VULGAR).join("")}]|\\.(?=\\d)(?<=(?:^|[^\\w.])\\.)|\\b(?:${wordTrie(STARTER_WORDS)}|${ARTICLE})\\b`,
  "gi",
);
const ORDINAL_SUFFIX = /(?:st|nd|rd|th)(?![A-Za-z])/y;
/** "The one you mentioned", "Which one do you prefer": "one" as a pronoun, not a count. */
const PRONOUN_BEFORE = /\b(?:the|this|that|which|any|each|every|another|no)[ \t]{1,2}$/i;
const PRONOUN_AFTER = /^[ \t]{1,2}(?:you|i|we|they|he|she|it|is|was|are|do|does|did|can|will|would|of|that|who|which)\b/i;

function wordAt(text: string, i: number): Word | null {
  return nextWord(text, i);
}

/** A minus sign belongs to the number unless it joins two numbers ("12-15") or words ("F-16"). */
function signedStart(text: string, i: number): number {
  const sign = text[i - 1];
  if (sign !== "-" && sign !== "\u2212" && !(sign === " " && text[i - 2] === "-")) return i;
  let j = i - 2;
  // "- 10 k" at the very start of the text: a spaced minus with nothing it could join.
  if (sign === " ") return text[i - 2] === "-" && text.slice(0, i - 2).trim() === "" ? i - 2 : i;
  if (j >= 0 && /[\w)]/.test(text[j] ?? "")) return i;
  while (j >= 0 && j > i - 5 && text[j] === " ") j--;
  if (j >= 0 && /[\d%]/.test(text[j] ?? "")) return i;
  return i - 1;
}

function readDigitsAndWords(text: string, i: number): NumberReading | null {
  const digits = readDigits(text, i);
  if (!digits) return null;
  ORDINAL_SUFFIX.lastIndex = digits.end;
  if (digits.form === "digits" && !digits.scaled && ORDINAL_SUFFIX.test(text)) return null;
  const w = nextWord(text, digits.end);
  // "1 point 1": a whole number, the word "point", and decimals.
  if (w?.text === "point" && digits.form === "digits" && !digits.grouped && !digits.scaled && Number.isInteger(digits.value)) {
    const decimal = readPoint(text, w, digits, true);
    if (decimal) return decimal;
  }
  // "1 k.g.": a letter, a dot and a letter are an abbreviation spelled with dots, not the scale "k".
  const dottedLetters = w !== null && w.text.length === 1 && /^\.[A-Za-z]/.test(text.slice(w.end, w.end + 2));
  const kelvin = w?.text === "k" && w.start === digits.end && !thousandsK(text, digits);
  if (w && !dottedLetters && !kelvin && (w.text === "hundred" || SCALE_WORDS.has(w.text) || DOZEN_WORDS.has(w.text)) && digits.form === "digits") {
    const spoken = readSpoken(text, w, digits);
    if (spoken) return continueMixed(text, { ...spoken, grouped: digits.grouped, scaled: true });
  }
  return digits;
}

function negate(reading: NumberReading, start: number): NumberReading {
  return { ...reading, start, value: -reading.value };
}

/** "minus five", "negative one": the word makes the number negative. */
function readNegativeWord(text: string, word: Word): NumberReading | null {
  const after = text.slice(word.end, word.end + 4).match(/^[ \t]{1,3}/);
  if (!after) return null;
  const at = word.end + after[0].length;
  const inner = isDigit(text.charCodeAt(at)) ? readDigitsAndWords(text, at) : wordAt(text, word.end);
  if (!inner) return null;
  const reading = "value" in inner ? inner : readSpoken(text, inner);
  return reading ? negate(reading, word.start) : null;
}

function readAt(text: string, i: number): NumberReading | null {
  if (isDigit(text.charCodeAt(i))) return readDigitsAndWords(text, i);
  const word = wordAt(text, i);
  return word && word.start === i ? readSpoken(text, word) : null;
}

function isPronoun(text: string, r: NumberReading): boolean {
  // Length first: a slice and a lowercase copy of every number read was a cost of its own.
  return r.end - r.start === 3 && text.slice(r.start, r.end).toLowerCase() === "one" &&
    PRONOUN_BEFORE.test(text.slice(Math.max(0, r.start - 10), r.start)) && PRONOUN_AFTER.test(text.slice(r.end, r.end + 8));
}

/**
 * Every number in the text, in order, as written: digits, scale words and suffixes, number
 * words, fractions. Not yet judged: years, codes and list numbers are here too. Never throws.
 * @example readNumbers("3.6 million refugees and six people").map((r) => r.value) // [3600000, 6]
 */
export function readNumbers(text: string): NumberReading[] {
  const out: NumberReading[] = [];
  // One shared regex: nothing called from this loop reads numbers again.
  const anchor = ANCHOR;
  anchor.lastIndex = 0;
  for (let m = anchor.exec(text); m; m = anchor.exec(text)) {
    const i = m.index;
    let reading: NumberReading | null;
    const vulgar = VULGAR[text[i] ?? ""];
    if (vulgar !== undefined) {
      reading = { start: i, end: i + 1, value: vulgar, step: vulgar, form: "fraction" };
    } else if (isDigit(text.charCodeAt(i)) || text[i] === ".") {
      reading = readDigitsAndWords(text, i);
      if (reading) {
        const start = signedStart(text, i);
        if (start < i) reading = negate(reading, start);
      }
      if (!reading) anchor.lastIndex = Math.max(endOfDigitRun(text, i), i + 1);
    } else {
      const word = wordAt(text, i);
      if (!word) continue;
      const negative = word.text === "minus" || word.text === "negative";
      const decade = DECADE_WORDS.get(word.text);
      reading = decade !== undefined ? { start: word.start, end: word.end, value: decade, step: 10, form: "words", vague: true }
        : negative ? readNegativeWord(text, word) : readSpoken(text, word);
      if (!reading) anchor.lastIndex = word.end;
    }
    if (!reading) continue;
    // "1e400" and "1e-400" do not fit a double: no number a checker could compare.
    if (!Number.isFinite(reading.value) || !Number.isFinite(reading.step) || reading.step <= 0) {
      anchor.lastIndex = Math.max(reading.end, i + 1);
      continue;
    }
    if (isPronoun(text, reading)) continue;
    reading = withRatio(text, reading, readAt);
    out.push(settledReading(reading));
    anchor.lastIndex = Math.max(reading.end, i + 1);
  }
  return out;
}
