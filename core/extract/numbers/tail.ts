import { times, type NumberReading } from "./reading.js";
import { readFractionWords } from "./fraction-words.js";
import { divideByOrdinal, valueOf } from "./ordinal-fraction.js";
import type { Tally } from "./tally.js";
import { nextWord, type Word } from "./word-cursor.js";
import { DENOMINATORS, SCALE_WORDS, SMALL_ORDINALS, TENS_WORDS, UNIT_WORDS } from "./words.js";

/**
 * What may follow a spelled-out number and belong to it: "one and a half", "twenty and three
 * fifths", "two hundred point zero three".
 * @example readTail("one and a half", tallyOfOne, one, false)?.value // 1.5
 */
export function readTail(text: string, t: Tally, reading: NumberReading, fromDigits: boolean): NumberReading | null {
  const w = nextWord(text, t.end);
  if (!w) return null;
  if (w.text === "point" && !fromDigits) return readPoint(text, w, reading);
  if (w.text === "and") {
    const after = nextWord(text, w.end);
    const fraction = after ? readFractionWords(text, after) : null;
    if (fraction && (fraction.value < 1 || fraction.scaled)) return addFraction(text, t, reading, fraction);
  }
  return fromDigits ? null : readOverOrdinal(text, t, reading, w);
}

/**
 * "one and a half", "one million and a half" (a million and a half, not a million and one
 * half), "five and a half million" (the scale after the fraction applies to the whole).
 */
function addFraction(text: string, t: Tally, reading: NumberReading, fraction: NumberReading): NumberReading {
  if (fraction.scaled) {
    // "five and a half million": the fraction read its scale already; the whole shares it.
    const scaleWord = /[A-Za-z]+$/.exec(text.slice(fraction.start, fraction.end))?.[0].toLowerCase() ?? "";
    const more = SCALE_WORDS.get(scaleWord) ?? 1;
    const whole = t.total > 0 ? reading.value + fraction.value : times(reading.value, more) + fraction.value;
    return { ...reading, end: fraction.end, value: whole, step: fraction.step, form: "words", scaled: true };
  }
  const scale = t.last === "scale" ? t.lastScale : 1;
  const value = reading.value + fraction.value * scale;
  const after = nextWord(text, fraction.end);
  const more = after ? SCALE_WORDS.get(after.text) : undefined;
  if (after && more !== undefined && more >= 1e3 && after.text.length > 3 && !fraction.scaled) {
    const whole = t.total > 0 ? reading.value + times(fraction.value, more) : times(value, more);
    return { ...reading, end: after.end, value: whole, step: times(fraction.step, more), form: "words", scaled: true };
  }
  return { ...reading, end: fraction.end, value, step: fraction.step * scale, form: "fraction" };
}

/** "two thirds" after a spelled-out number: see divideByOrdinal for how the words divide. */
function readOverOrdinal(text: string, t: Tally, reading: NumberReading, w: Word): NumberReading | null {
  let denWord: Word | null = w;
  if (w.text === "and" && t.last === "hundred") denWord = nextWord(text, w.end); // "one hundred and fifth"
  if (!denWord) return null;
  const small = TENS_WORDS.has(t.words[t.words.length - 1]?.text ?? "") ? SMALL_ORDINALS.get(denWord.text) : undefined;
  const den = DENOMINATORS.get(denWord.text) ?? small;
  if (den === undefined) return null;
  const result = divideByOrdinal(t.words, den, denWord.text.endsWith("s"));
  if (!result) return null;
  // "one billion and three quarters million": the fraction is of the scale written after it.
  const after = nextWord(text, denWord.end);
  const scale = after && after.text.length > 3 ? SCALE_WORDS.get(after.text) : undefined;
  const and = t.words.map((x) => x.text).lastIndexOf("and");
  if (after && scale !== undefined && scale >= 1e3 && and > 0) {
    const part = valueOf(t.words.slice(and + 1));
    const value = valueOf(t.words.slice(0, and)) + times(part / den, scale);
    return { ...reading, end: after.end, value, step: scale / den, form: "words", scaled: true };
  }
  return { ...reading, end: denWord.end, value: result.value, step: 1 / result.den, form: "fraction" };
}

/** " 1" after "point": the decimals written as digits ("1 point 1"). */
const POINT_DIGITS = /[ \t]{1,2}(\d{1,9})(?![\d.,])/y;

/**
 * "two point five", "1 point 1", "two point two million": the decimals after "point", in words (or
 * digits, after digits).
 * @example readPoint("one point three dollars", pointWord, one)?.value // 1.3
 */
export function readPoint(text: string, point: Word, reading: NumberReading, digitDecimals = false): NumberReading | null {
  let digits = "";
  let end = point.end;
  POINT_DIGITS.lastIndex = point.end;
  // Digit decimals only after digits: "at one point 77 people" is a moment and a count.
  const written = digitDecimals ? POINT_DIGITS.exec(text) : null;
  if (written?.[1]) {
    digits = written[1];
    end = POINT_DIGITS.lastIndex;
  }
  for (let w = digits ? null : nextWord(text, end), k = 0; w && k < 12; w = nextWord(text, w.end), k++) {
    const n = UNIT_WORDS.get(w.text) ?? TENS_WORDS.get(w.text);
    if (n === undefined) break;
    const tensThenUnit = TENS_WORDS.has(w.text) ? nextWord(text, w.end) : null;
    const unit = tensThenUnit ? UNIT_WORDS.get(tensThenUnit.text) : undefined;
    if (tensThenUnit && unit !== undefined && unit > 0 && unit < 10) {
      digits += String(n + unit);
      end = tensThenUnit.end;
      w = tensThenUnit;
      continue;
    }
    digits += String(n);
    end = w.end;
  }
  if (!digits) return null;
  const value = Number(`${reading.value}.${digits}`);
  const step = 10 ** -digits.length;
  // "two point two million": the scale after the decimals applies to the whole number.
  const after = nextWord(text, end);
  const scale = after && after.text.length > 3 ? SCALE_WORDS.get(after.text) : undefined;
  if (after && scale !== undefined && scale >= 1e3) return { ...reading, end: after.end, value: times(value, scale), step: times(step, scale), scaled: true };
  return { ...reading, end, value, step };
}
