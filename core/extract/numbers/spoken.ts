import { integerStep, times, type NumberReading } from "./reading.js";
import { nextWord, type Word } from "./word-cursor.js";
import { DENOMINATORS, DIGIT_ONLY_SCALES, DOZEN_WORDS, NUMBER_SUFFIXES, SMALL_ORDINALS, PLURAL_SCALES, SCALE_WORDS, TENS_WORDS, UNIT_WORDS } from "./words.js";
import { readFractionWords } from "./fraction-words.js";
import { readArticleUnit } from "./article-unit.js";

import { readTail } from "./tail.js";
import { continueMixed } from "./mixed.js";
import type { Last, Tally } from "./tally.js";

/**
 * "one million twenty-foot equivalent units", "three hundred five-star hotels": a number word
 * hyphened to a word that is no number is a size or a grade of each thing counted, so it starts
 * a new figure rather than adding to the count before it ("twenty-five", "twenty-odd", "thirty-fifths" still belong to it).
 */
function opensCompound(text: string, w: Word, next: Word | null): boolean {
  if (!next || !/^[-\u2010\u2011]$/.test(text.slice(w.end, next.start))) return false;
  return !UNIT_WORDS.has(next.text) && !TENS_WORDS.has(next.text) && !SCALE_WORDS.has(next.text) && !DOZEN_WORDS.has(next.text) &&
    !NUMBER_SUFFIXES.has(next.text) && !DENOMINATORS.has(next.text) && !SMALL_ORDINALS.has(next.text);
}

function accepts(text: string, t: Tally, w: Word, next: Word | null, fromDigits: boolean): boolean {
  const unit = UNIT_WORDS.get(w.text);
  if ((unit !== undefined || TENS_WORDS.has(w.text)) && (t.last === "scale" || t.last === "hundred" || t.last === "and") && opensCompound(text, w, next)) return false;
  if (unit !== undefined) return t.last === "none" || t.last === "hundred" || t.last === "scale" || t.last === "and" || (t.last === "tens" && unit > 0 && unit < 10);
  if (TENS_WORDS.has(w.text)) return t.last !== "unit" && t.last !== "tens";
  if (w.text === "hundred") return (t.last === "unit" || t.last === "tens" || t.last === "none") && t.group < 1000;
  const scale = SCALE_WORDS.get(w.text);
  if (scale !== undefined) {
    if (DIGIT_ONLY_SCALES.has(w.text) && !(fromDigits && t.last === "none")) return false;
    return t.last === "scale" ? scale > t.lastScale : t.last !== "and";
  }
  if (w.text === "and") return (t.last === "hundred" || t.last === "scale") && next !== null && isCountWord(next.text);
  return false;
}

function kindOf(word: string): Last {
  if (UNIT_WORDS.has(word)) return "unit";
  if (TENS_WORDS.has(word)) return "tens";
  if (word === "hundred") return "hundred";
  return word === "and" ? "and" : "scale";
}

function isCountWord(word: string): boolean {
  return UNIT_WORDS.has(word) || TENS_WORDS.has(word);
}

function apply(text: string, t: Tally, w: Word): void {
  t.words.push({ text: w.text, kind: kindOf(w.text), hyphenBefore: /[-\u2010\u2011]/.test(text.slice(t.end, w.start)) });
  const unit = UNIT_WORDS.get(w.text) ?? TENS_WORDS.get(w.text);
  if (unit !== undefined) {
    t.chunk = t.last === "tens" ? t.chunk + unit : unit;
    t.group += unit;
    t.last = TENS_WORDS.has(w.text) ? "tens" : "unit";
  } else if (w.text === "hundred") {
    t.group = (t.group || 1) * 100;
    t.last = "hundred";
  } else if (w.text === "and") {
    t.last = "and";
    return;
  } else {
    const scale = SCALE_WORDS.get(w.text) ?? 1;
    t.total = t.last === "scale" ? times(t.total, scale) : t.total + times(t.group || 1, scale);
    t.group = 0;
    t.last = "scale";
    t.lastScale = scale;
  }
  t.end = w.end;
}

/** "hundreds of thousands", "tens of thousands", "millions": the lowest value the words allow. */
function readPluralScales(text: string, first: Word): NumberReading | null {
  let value = PLURAL_SCALES.get(first.text);
  if (value === undefined) return null;
  if (first.text === "scores" && !scoresOf(text, first)) return null;
  value *= 2;
  let end = first.end;
  for (let k = 0; k < 3; k++) {
    const of = nextWord(text, end);
    const scale = of?.text === "of" ? nextWord(text, of.end) : null;
    const more = scale ? PLURAL_SCALES.get(scale.text) : undefined;
    if (!scale || more === undefined || more < 100) break;
    value *= more;
    end = scale.end;
  }
  return { start: first.start, end, value, step: value / 2, form: "words", vague: true };
}

/** "scores of people": "of" and a word follow; "scores of 80", "the scores were level" are results. */
function scoresOf(text: string, first: Word): boolean {
  const of = nextWord(text, first.end);
  const next = of?.text === "of" ? nextWord(text, of.end) : null;
  return next !== null && /^[a-z]/.test(next.text) && !PLURAL_SCALES.has(next.text);
}

/** "several hundred", "a few thousand", "a couple of million": at least that many of the scale. */
const FEW: Record<string, number> = { several: 3, few: 2, couple: 2 };

function readFewScale(text: string, first: Word): NumberReading | null {
  let w: Word | null = first;
  if (first.text === "a") w = nextWord(text, first.end);
  const k = w ? FEW[w.text] : undefined;
  if (!w || k === undefined || (first.text === "a") === (w.text === "several")) return null;
  let scaleWord = nextWord(text, w.end);
  if (scaleWord?.text === "of" && w.text === "couple") scaleWord = nextWord(text, scaleWord.end);
  const scale = scaleWord ? (scaleWord.text === "hundred" ? 100 : scaleWord.text === "dozen" ? 12 : SCALE_WORDS.get(scaleWord.text)) : undefined;
  if (!scaleWord || scale === undefined || DIGIT_ONLY_SCALES.has(scaleWord.text)) return null;
  // "several hundred thousand", "a few thousand million": a larger scale after keeps multiplying.
  let end = scaleWord.end;
  let step = scale;
  let last = scale;
  for (let larger = nextWord(text, end); larger; larger = nextWord(text, end)) {
    const more = SCALE_WORDS.get(larger.text);
    if (more === undefined || more <= last || DIGIT_ONLY_SCALES.has(larger.text) || text.slice(end, larger.start).trim() !== "") break;
    step *= more;
    last = more;
    end = larger.end;
  }
  return { start: first.start, end, value: k * step, step, form: "words", vague: true };
}

/**
 * A spelled-out number starting at word `first`, or continuing the digits in `seed`
 * ("3.6 million", "322 hundred"). Null when the words are not a number.
 * @example readSpoken("four hundred thousand displaced", first) // value 400000
 */
export function readSpoken(text: string, first: Word, seed?: NumberReading): NumberReading | null {
  if (!seed) {
    const vague = readPluralScales(text, first) ?? readFewScale(text, first);
    if (vague) return vague;
    const fraction = readFractionWords(text, first);
    if (fraction) return fraction;
  }
  const t: Tally = { total: 0, group: seed?.value ?? 0, last: "none", lastScale: 0, end: seed?.end ?? first.start, chunk: 0, words: [] };
  let w: Word | null = first;
  if (!seed && (first.text === "a" || first.text === "an")) {
    // "a hundred", "a million", "a dozen": the article stands for one, and only before these.
    w = nextWord(text, first.end);
    if (!w || !(w.text === "hundred" || SCALE_WORDS.has(w.text) || DOZEN_WORDS.has(w.text)) || DIGIT_ONLY_SCALES.has(w.text)) return readArticleUnit(text, first);
    Object.assign(t, { group: 1, last: "unit", end: first.end, chunk: 1 });
  }
  for (let k = 0; w && k < 24; k++) {
    const next = nextWord(text, w.end);
    if (!accepts(text, t, w, next, seed !== undefined)) break;
    apply(text, t, w);
    w = next;
  }
  if (t.end === (seed?.end ?? first.start)) return seed ? withDozens(text, seed) : null;
  const value = t.total + t.group;
  let step = integerStep(value);
  if (seed && !Number.isInteger(seed.value)) step = times(seed.step, value / seed.value);
  const reading: NumberReading = { start: seed?.start ?? first.start, end: t.end, value, step, form: seed ? "digits" : "words", scaled: t.total > 0 || t.last === "hundred" };
  const tail = readTail(text, t, reading, seed !== undefined);
  if (tail) return tail;
  // "nine lakh 58 thousand": digits and a smaller scale may continue words as they continue digits.
  if (!seed && t.last === "scale") return continueMixed(text, reading);
  return withDozens(text, reading);
}

/** "3 dozens", "three hundred and two dozens", "five dozs". */
function withDozens(text: string, reading: NumberReading): NumberReading {
  const w = nextWord(text, reading.end);
  if (!w || !DOZEN_WORDS.has(w.text)) return reading;
  return { ...reading, end: w.end, value: reading.value * 12, step: reading.step * 12 };
}


