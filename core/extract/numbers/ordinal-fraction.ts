import { UNIT_WORDS, TENS_WORDS, SCALE_WORDS } from "./words.js";
import type { TallyWord } from "./tally.js";

/**
 * The value of number words in order.
 * @example valueOf(words("one hundred and thirty")) // 130
 */
export function valueOf(words: TallyWord[]): number {
  let total = 0;
  let group = 0;
  for (const w of words) {
    const n = UNIT_WORDS.get(w.text) ?? TENS_WORDS.get(w.text);
    if (n !== undefined) group += n;
    else if (w.text === "hundred") group = (group || 1) * 100;
    else if (w.text !== "and") {
      total += (group || 1) * (SCALE_WORDS.get(w.text) ?? 1);
      group = 0;
    }
  }
  return total + group;
}

/**
 * Spelled-out numbers over an ordinal, the way Recognizers-Text reads them:
 * "one hundred thirty fifths" is 100/35 (the tens join the ordinal), "one hundred and thirty
 * fifths" 130/5 ("and" keeps them in the numerator), "one hundred one thousand fifths" 100/1005,
 * "one hundred and three quarters" 100 + 3/4 (a proper fraction after "and" is added),
 * "five billion and three quarters" 5.75 billion.
 * @example divideByOrdinal(words("one hundred thirty"), 5, true) // { value: 2.857..., den: 35 }
 */
export function divideByOrdinal(words: TallyWord[], den: number, plural: boolean): { value: number; den: number } | null {
  const last = words[words.length - 1];
  if (!last) return null;
  const compound = joinOrdinal(words, den);
  if (compound) return compound;
  const and = words.map((w) => w.text).lastIndexOf("and");
  if (and > 0) {
    const part = valueOf(words.slice(and + 1));
    const before = words[and - 1]!;
    const scale = before.kind === "scale" ? SCALE_WORDS.get(before.text) ?? 1 : 1;
    if (part < den) return { value: valueOf(words.slice(0, and)) + (part / den) * scale, den: den / scale };
  }
  const whole = valueOf(words);
  if (whole > 1 && !plural) return null;
  return { value: whole / den, den };
}

/** "thirty fifths" is 35ths and "one thousand fifths" 1005ths, when a numerator is left before them. */
function joinOrdinal(words: TallyWord[], den: number): { value: number; den: number } | null {
  const n = words.length;
  const last = words[n - 1]!;
  const tens = TENS_WORDS.get(last.text);
  if (den < 10 && tens !== undefined && n >= 2 && words[n - 2]!.text !== "and") {
    return { value: valueOf(words.slice(0, n - 1)) / (tens + den), den: tens + den };
  }
  const scale = last.text === "hundred" ? 100 : SCALE_WORDS.get(last.text);
  const unit = n >= 3 ? UNIT_WORDS.get(words[n - 2]!.text) : undefined;
  if (scale !== undefined && unit !== undefined && den < scale && !words[n - 2]!.hyphenBefore && words[n - 3]!.text !== "and") {
    const joined = unit * scale + den;
    return { value: valueOf(words.slice(0, n - 2)) / joined, den: joined };
  }
  return null;
}
