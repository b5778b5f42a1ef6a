import type { NumberReading } from "./reading.js";
import { nextWord, type Word } from "./word-cursor.js";
import { unitFollows } from "./article-unit.js";
import { DENOMINATORS, DOZEN_WORDS, SCALE_WORDS, SMALL_ORDINALS, TENS_WORDS, UNIT_WORDS } from "./words.js";

/** A numerator of one to ninety-nine in words ("a", "one", "twenty-three"), and where it ends. */
function readNumerator(text: string, first: Word): { value: number; end: number } | null {
  if (first.text === "a" || first.text === "an") return { value: 1, end: first.end };
  const unit = UNIT_WORDS.get(first.text);
  if (unit !== undefined) return unit > 0 ? { value: unit, end: first.end } : null;
  const tens = TENS_WORDS.get(first.text);
  if (tens === undefined) return null;
  const next = nextWord(text, first.end);
  const more = next ? UNIT_WORDS.get(next.text) : undefined;
  // "twenty fifths" is 20/5, but "twenty-first" is a denominator of its own: leave that to the caller.
  if (next && more !== undefined && more > 0 && more < 10 && !DENOMINATORS.has(nextWord(text, next.end)?.text ?? "")) {
    return { value: tens, end: first.end };
  }
  if (next && more !== undefined && more > 0 && more < 10) return { value: tens + more, end: next.end };
  return { value: tens, end: first.end };
}

/** A denominator word, or a compound one ("twenty-first", "thirty fifths"), after `i`. */
function readDenominator(text: string, i: number): { value: number; end: number } | null {
  const w = nextWord(text, i);
  if (!w) return null;
  const den = DENOMINATORS.get(w.text);
  if (den !== undefined && w.text !== "second" && w.text !== "seconds") return { value: den, end: w.end };
  const tens = TENS_WORDS.get(w.text);
  const ord = tens !== undefined ? nextWord(text, w.end) : null;
  const small = ord ? SMALL_ORDINALS.get(ord.text) : undefined;
  if (tens !== undefined && ord && small !== undefined) return { value: tens + small, end: ord.end };
  return null;
}

/** "half a dozen", "half a million", "half million": half of what follows. */
function readHalf(text: string, half: Word): NumberReading {
  const a = nextWord(text, half.end);
  const target = a && (a.text === "a" || a.text === "an") ? nextWord(text, a.end) : a;
  if (target && DOZEN_WORDS.has(target.text)) return { start: half.start, end: target.end, value: 6, step: 1, form: "words" };
  const scale = target ? SCALE_WORDS.get(target.text) : undefined;
  if (target && scale !== undefined && scale >= 1e3 && target.text.length > 3) {
    return { start: half.start, end: target.end, value: scale / 2, step: scale / 2, form: "words", scaled: true };
  }
  // "half a litre": the article belongs to the fraction, so the unit follows the reading.
  const end = a && a !== target && target && unitFollows(text, a.end) ? a.end : half.end;
  return { start: half.start, end, value: 0.5, step: 0.25, form: "fraction" };
}

/**
 * A fraction in words: "a quarter", "one-third", "two thirds", "a twenty-first", "half".
 * @example readFractionWords("almost one-third of the land", word("one")) // value 1/3
 */
export function readFractionWords(text: string, first: Word): NumberReading | null {
  if (first.text === "half") return readHalf(text, first);
  // "quarter million": a bare "quarter" only before a scale.
  const numerator = first.text === "quarter" ? { value: 1, end: first.start } : readNumerator(text, first);
  if (!numerator) return null;
  const den = readDenominator(text, numerator.end);
  if (!den) return null;
  // "two thirds" but not "two millionth": more than one takes the plural.
  if (numerator.value > 1 && !/s$/.test(text.slice(den.end - 1, den.end))) return null;
  const fraction: NumberReading = { start: first.start, end: den.end, value: numerator.value / den.value, step: 1 / den.value / 2, form: "fraction" };
  const scaled = ofScale(text, fraction);
  // "quarter million", "quarter-litre"; a bare "quarter" before anything else is no number ("the first quarter").
  if (first.text === "quarter" && scaled === fraction && !unitFollows(text, fraction.end)) return null;
  return scaled;
}

/** "a quarter million", "three quarters billion", "two thirds of a million"; "a tenth of a mile" takes the unit. */
function ofScale(text: string, fraction: NumberReading): NumberReading {
  let w = nextWord(text, fraction.end);
  if (w?.text === "of") {
    const a = nextWord(text, w.end);
    const article = a && (a.text === "a" || a.text === "an") ? a : null;
    // "a tenth of a mile", "three quarters of an inch": the words up to the unit are the number's.
    if (article && unitFollows(text, article.end)) return { ...fraction, end: article.end };
    w = article ? nextWord(text, article.end) : null;
  }
  const scale = w ? SCALE_WORDS.get(w.text) : undefined;
  if (!w || scale === undefined || scale < 1e3 || w.text.length < 5) return fraction;
  return { ...fraction, end: w.end, value: fraction.value * scale, step: fraction.step * scale, form: "words", scaled: true };
}
