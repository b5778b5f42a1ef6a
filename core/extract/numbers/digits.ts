import { integerStep, times, type NumberReading } from "./reading.js";

/**
 * Digits with thousands separators (commas, Indian lakh commas, or spaces between groups of
 * exactly three), a decimal part, and an exponent ("1e10", "1.3x10^6") or a power ("1.1^23").
 * "2.48×10−5" (a superscript lost in copy) is 2.48e-5. Bounded: a longer run of digits is not a
 * number anyone reads.
 */
const DIGITS = /(\d{1,3}(?:,\d{3}){1,8}(?!\d|,\d)|\d{1,2}(?:,\d{2}){1,4},\d{3}(?!\d|,\d)|\d{1,3}(?:[ \u00a0\u202f]\d{3}){1,6}(?!\d|,\d)|\d{1,30})(\.\d{1,20})?(?:[eE]([+-]?\d{1,3})|[x\u00d7]10(?:\^|(?<=\u00d710)(?=[\u2212-]\d))([+\u2212-]?\d{1,3}))?(?:\^([+-]{0,2})(\d{1,3}))?/y;
/** Unicode fractions: "¾", "2½". */
export const VULGAR: Record<string, number> = {
  "\u00bd": 1 / 2, "\u2153": 1 / 3, "\u2154": 2 / 3, "\u00bc": 1 / 4, "\u00be": 3 / 4, "\u2155": 1 / 5, "\u2156": 2 / 5,
  "\u2157": 3 / 5, "\u2158": 4 / 5, "\u2159": 1 / 6, "\u215a": 5 / 6, "\u215b": 1 / 8, "\u215c": 3 / 8, "\u215d": 5 / 8, "\u215e": 7 / 8,
};
/** "2 1/4", "3/4", "6-1/2" (AP style): a fraction with a small denominator (bigger ones are dates: "5/17"). */
const FRACTION = /(?:(\d{1,4})(?:[ \u00a0]{1,3}|-(?=\d\/\d(?!\d))))?(\d{1,3})\/(\d{1,4})(?![\d/])/y;
/** Scale letters glued to the digits: "10k", "1.5bn", "10M", "2mil", "1MM". */
const GLUED_SCALE = /(k|K|MM|M|bn|bln|b|B|mn|mln|mil|tn|trn|tln)(?![A-Za-z0-9])/y;
const GLUED_FACTORS: Record<string, number> = {
  k: 1e3, K: 1e3, M: 1e6, MM: 1e6, mn: 1e6, mln: 1e6, mil: 1e6, b: 1e9, B: 1e9, bn: 1e9, bln: 1e9, tn: 1e12, trn: 1e12, tln: 1e12,
};

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** A run of more than 30 digits is data, not a number: skip it whole. */
function endOfDigitRun(text: string, i: number): number {
  let j = i;
  while (j < text.length && isDigit(text.charCodeAt(j))) j++;
  return j;
}

function readFraction(text: string, i: number): NumberReading | null {
  FRACTION.lastIndex = i;
  const m = FRACTION.exec(text);
  if (!m) return null;
  const whole = m[1] ? Number(m[1]) : 0;
  const num = Number(m[2]);
  const den = Number(m[3]);
  // A denominator up to 16 is a fraction; from 32 on it is no day of a month either ("20/100", "1/250"), if the
  // fraction is proper and the denominator no year ("2/2021" is February 2021).
  const fraction = den <= 16 || (den > 31 && num < den && !(den >= 1900 && den <= 2100));
  if (den < 2 || !fraction || (!m[1] && num >= den && den > 4)) return null;
  const before = text.charCodeAt(i - 1);
  if (before === 47 || isDigit(before)) return null;
  return { start: i, end: FRACTION.lastIndex, value: whole + num / den, step: 1 / den, form: "fraction" };
}

/**
 * The digit number starting exactly at `i` (a digit or "."), with glued scale letters.
 * @example readDigits("about 3.6 million", 6) // { value: 3.6, step: 0.1, end: 9, ... }
 */
export function readDigits(text: string, i: number): NumberReading | null {
  const fraction = readFraction(text, i);
  if (fraction) return fraction;
  const lead = text.charCodeAt(i) === 46 ? "0" : "";
  DIGITS.lastIndex = lead ? i + 1 : i;
  const m = lead ? /\d{1,20}/y.exec(text.slice(i + 1, i + 21)) : DIGITS.exec(text);
  if (!m) return null;
  if (lead) return markFused(text, decimalOnly(text, i, m[0]));
  const end = DIGITS.lastIndex;
  if (isDigit(text.charCodeAt(end)) || (!m[2] && !m[3] && end - i === 30)) return null;
  const intText = (m[1] ?? "").replace(/[, \u00a0\u202f]/g, "");
  const decimals = m[2] ? m[2].length - 1 : 0;
  const grouped = intText.length !== (m[1] ?? "").length;
  // "192.168.1.2", "3.2.1": a dotted run is read part by part, never as one decimal.
  const dotted = (text[end] === "." && isDigit(text.charCodeAt(end + 1))) || (text[i - 1] === "." && isDigit(text.charCodeAt(i - 2)));
  if (m[2] && dotted) {
    const intEnd = i + (m[1] ?? "").length;
    return { start: i, end: intEnd, value: Number(intText), step: integerStep(Number(intText)), form: "digits", grouped };
  }
  let value = Number(intText + (m[2] ?? ""));
  let step = decimals ? 10 ** -decimals : integerStep(Number(intText));
  // "2.48×10−5": with the multiplication sign, a minus right after 10 is the exponent's (the superscript lost).
  const exponent = (m[3] ?? m[4])?.replace("\u2212", "-");
  if (exponent) {
    value = times(value, 10 ** Number(exponent));
    step = times(step, 10 ** Number(exponent));
  }
  // "1.1^--23": two minus signs cancel out.
  if (m[6]) value = Math.pow(value, ((m[5] ?? "").split("-").length % 2 === 0 ? -1 : 1) * Number(m[6]));
  const vulgar = VULGAR[text[end] ?? ""];
  if (vulgar !== undefined && !m[2]) return { start: i, end: end + 1, value: value + vulgar, step: vulgar, form: "fraction" };
  const reading: NumberReading = { start: i, end, value, step, form: "digits", grouped };
  return markFused(text, withGluedScale(text, reading));
}

function decimalOnly(text: string, i: number, digits: string): NumberReading {
  return { start: i, end: i + 1 + digits.length, value: Number(`0.${digits}`), step: 10 ** -digits.length, form: "digits" };
}

/** A currency sign or code right before the digits: "$1.25K" is thousands of dollars. */
const MONEY_BEFORE = /(?:[$€£¥₹]|\b[A-Z]{2,3}\$?)[ \t]?$/;

/**
 * Whether a "k" glued to these digits can be thousands: "573.15K" is kelvin, since thousands are
 * written with one decimal at most ("2.5k"), unless money comes first ("$1.25K").
 */
export function thousandsK(text: string, reading: NumberReading): boolean {
  return reading.step >= 0.1 || MONEY_BEFORE.test(text.slice(Math.max(0, reading.start - 4), reading.start));
}

function withGluedScale(text: string, reading: NumberReading): NumberReading {
  GLUED_SCALE.lastIndex = reading.end;
  const m = GLUED_SCALE.exec(text);
  if (!m) return reading;
  if ((m[0] === "K" || m[0] === "k") && !thousandsK(text, reading)) return reading;
  const factor = GLUED_FACTORS[m[0]] ?? 1;
  return { ...reading, end: GLUED_SCALE.lastIndex, value: times(reading.value, factor), step: times(reading.step, factor), scaled: true };
}

/** Letters right after the digits ("29km", "5G"): a unit or a code, not a number on its own. */
function markFused(text: string, reading: NumberReading): NumberReading {
  return /[A-Za-z]/.test(text[reading.end] ?? "") ? { ...reading, fused: true } : reading;
}

export { isDigit, endOfDigitRun };
