import { readNumbers } from "../numbers/index.js";

/**
 * How many units, read from the words just before the unit: "13 years", "four years",
 * "3.5years", "30-day", "two and a half hours" (the number reader), "a decade", "an hour",
 * "all day", "half a year", "a couple of days" (here). Vague amounts ("several decades",
 * "a few years", "for decades") give null: a checker cannot hold an article to them.
 */
export interface Amount {
  start: number;
  value: number;
  /** The resolution it was written with (digits: as written; words: 1). */
  step: number;
  /** For "12-15 years" and "two to three years". */
  low?: number;
  high?: number;
  /** "the past year": a definite period; words before it ("over the past year") are no qualifier. */
  definite?: boolean;
}

const WINDOW = 40;
/** Between the amount and the unit: nothing, a space or a hyphen ("3day", "13 years", "30-day"). */
const GAP = /[\s-]{0,2}$/;
const HALF = /\bhalf(?:\s{1,2}an?)?[\s-]{1,2}$/i;
const COUPLE = /\b(?:a\s{1,2})?couple\s{1,2}of\s{1,2}$/i;
/** "a decade", "another year", "the past year" (the last twelve months): one unit. */
const ONE = /\b(?:an?|one|another|all|full|whole|an entire|the entire|the past)[\s-]{1,2}$/i;
/** "once a year", "24 hours a day", "per week": a rate, not an elapsed time. */
const RATE_BEFORE_ARTICLE = /(?:\b(?:once|twice|times|per|hours?|days?|weeks?|months?)|[\d%])\s{1,2}$/i;
/** "£1.5m a year", "$50,000 a year", "2,000 people a month": a figure, its scale or unit, then the article: a rate. */
const FIGURE_BEFORE_ARTICLE = /\d[\d.,]*[A-Za-z%]{0,4}(?:[ \t]{1,2}[A-Za-z]{1,15}){0,2}[ \t]{1,2}$/;
const SPACE = /\s/;
const RANGE_JOIN = /^\s{0,2}(?:-|–|to|or)\s{0,2}$/i;
/** What RANGE_JOIN needs at the end of the text before the high end: without it no low end is read. */
const ENDS_WITH_JOIN = /(?:-|–|to|or)\s{0,2}$/i;

/**
 * @example amountBefore("After 13 years", 9) // { start: 6, value: 13, step: 1 }
 */
export function amountBefore(text: string, unitStart: number): Amount | null {
  const from = wordBoundaryAfter(text, Math.max(0, unitStart - WINDOW), unitStart);
  const left = text.slice(from, unitStart);
  const gap = GAP.exec(left)?.[0].length ?? 0;
  // The window ends where the unit begins, but the text goes on: a word after it keeps reader rules
  // that look past a number from taking the window's end for the clause's ("$10000 over 3" + "years"
  // is no ratio 10000/3; only "1 over 3." is).
  const readings = readNumbers(`${left} years`).filter((r) => r.end === left.length - gap || r.end === left.length);
  const reading = readings[readings.length - 1];
  if (reading) return withRange(left, from, { start: from + reading.start, value: reading.value, step: reading.step });
  return wordAmount(left, from);
}

/** Start the window at a space so it never begins inside "1,234" (which would read as 234). */
function wordBoundaryAfter(text: string, index: number, limit: number): number {
  if (index === 0) return 0;
  let i = index;
  while (i < limit && !SPACE.test(text[i - 1] as string)) i++;
  return i;
}

function wordAmount(left: string, from: number): Amount | null {
  const half = HALF.exec(left);
  if (half) return { start: from + half.index, value: 0.5, step: 0.5 };
  const couple = COUPLE.exec(left);
  if (couple) return { start: from + couple.index, value: 2, step: 1 };
  const one = ONE.exec(left);
  const rate = one && /^an?[\s-]/i.test(one[0]) && FIGURE_BEFORE_ARTICLE.test(left.slice(0, one.index));
  if (one && !rate && !RATE_BEFORE_ARTICLE.test(left.slice(0, one.index))) {
    return { start: from + one.index, value: 1, step: 1, definite: /^the\s/i.test(one[0]) };
  }
  return null;
}

/** "12-15 years", "two to three years": the amount is the range's low end. */
function withRange(left: string, from: number, high: Amount): Amount {
  const before = left.slice(0, high.start - from);
  // Most amounts are no range's high end: the joiner is checked before the numbers are read again.
  if (!ENDS_WITH_JOIN.test(before)) return high;
  const readings = readNumbers(before);
  const low = readings[readings.length - 1];
  if (!low || !RANGE_JOIN.test(before.slice(low.end)) || low.value >= high.value) return high;
  return { start: from + low.start, value: low.value, step: low.step, low: low.value, high: high.value };
}
