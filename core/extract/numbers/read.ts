import { endOfDigitRun, isDigit, readDigits, VULGAR } from "./digits.js";
import type { NumberReading } from "./reading.js";
import { readSpoken } from "./spoken.js";
import { nextWord, type Word } from "./word-cursor.js";
import { DOZEN_WORDS, SCALE_WORDS, STARTER_WORDS } from "./words.js";

/** Where a number can begin: a digit, ".5", or a number word. One pass over the text. */
const ANCHOR = new RegExp(
  `\\d|(?<![\\w.])\\.(?=\\d)|[${Object.keys(VULGAR).join("")}]|\\b(?:${[...STARTER_WORDS].sort((a, b) => b.length - a.length).join("|")})\\b`,
  "gi",
);
const ORDINAL_SUFFIX = /(?:st|nd|rd|th)(?![A-Za-z])/y;
/** "one out of three", "2 out of 5": a ratio of two numbers. */
const OUT_OF = /[ \t]{1,2}out[ \t]of[ \t]{1,2}/y;

function wordAt(text: string, i: number): Word | null {
  return nextWord(text, i);
}

/** A minus sign belongs to the number unless it joins two numbers ("12-15") or words ("F-16"). */
function signedStart(text: string, i: number): number {
  const sign = text[i - 1];
  if (sign !== "-" && sign !== "\u2212") return i;
  let j = i - 2;
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
  if (w && (w.text === "hundred" || SCALE_WORDS.has(w.text) || DOZEN_WORDS.has(w.text)) && digits.form === "digits") {
    const spoken = readSpoken(text, w, digits);
    if (spoken) return { ...spoken, grouped: digits.grouped, scaled: true };
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

/** "one out of three" -> 1/3, read as a fraction. */
function withOutOf(text: string, reading: NumberReading): NumberReading {
  OUT_OF.lastIndex = reading.end;
  if (!OUT_OF.test(text)) return reading;
  const whole = readAt(text, OUT_OF.lastIndex);
  if (!whole || whole.value === 0 || whole.value < reading.value) return reading;
  return { start: reading.start, end: whole.end, value: reading.value / whole.value, step: 1 / whole.value, form: "fraction" };
}

/**
 * Every number in the text, in order, as written: digits, scale words and suffixes, number
 * words, fractions. Not yet judged: years, codes and list numbers are here too. Never throws.
 * @example readNumbers("3.6 million refugees and six people").map((r) => r.value) // [3600000, 6]
 */
export function readNumbers(text: string): NumberReading[] {
  const out: NumberReading[] = [];
  const anchor = new RegExp(ANCHOR.source, ANCHOR.flags);
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
      reading = negative ? readNegativeWord(text, word) : readSpoken(text, word);
      if (!reading) anchor.lastIndex = word.end;
    }
    if (!reading) continue;
    reading = withOutOf(text, reading);
    out.push(reading);
    anchor.lastIndex = Math.max(reading.end, i + 1);
  }
  return out;
}
