import { drop, mark, type Candidate } from "./candidate.js";
import { amountBefore, changeBefore } from "./change-before.js";
import { BEFORE as QUALIFIERS_BEFORE } from "./qualifier-words.js";
import { MONTH_PATTERN } from "../dates/names.js";

/** The hedges of qualifier-words.ts ("about", "around", "some"). */
const APPROX_WORDS = QUALIFIERS_BEFORE.find(([q]) => q === "approx")?.[1] ?? [];

const DASH = /^[ \t]{0,2}[-\u2013\u2014~][ \t]{0,2}[$€£]?$/;
/** "12 to 15", "8- to 16-meter" (a suspended hyphen before "to"). */
const TO = /^-?[ \t]{1,2}(?:to|through|thru)[ \t]{1,2}[$€£]?$/i;
const AND = /^[ \t]{1,2}and[ \t]{1,2}[$€£]?$/i;
/** "between 150 and about 330 metres": a hedge on the upper end of a "between" still makes one range. */
const AND_HEDGED = new RegExp(`^[ \\t]{1,2}and[ \\t]{1,2}(?:${APPROX_WORDS.map((w) => w.replace(/\./g, "\\.")).join("|")})[ \\t]{1,2}[$€£]?$`, "i");
const BETWEEN = /\bbetween[ \t]{1,2}(?:[$€£][ \t]?)?$/i;
const FROM = /\bfrom[ \t]{1,2}(?:[$€£][ \t]?)?$/i;
/**
 * A month's name right before the figure ("Sept. 4", "March 12"): the figure is a day. A whole
 * name only, as the date step reads it: "Maybe 30 to 50", "the mayor 3", "decades 2" are no month.
 */
const AFTER_MONTH = new RegExp(`\\b(?:${MONTH_PATTERN})\\.?[ \\t]{1,2}$`, "i");
const BY = /\bby[ \t]{1,2}(?:[$€£][ \t]?)?$/i;
/** "by Rs4.26, from": an amount of change, then the clause of its levels. */
const AFTER_AMOUNT = /\bby[ \t]{1,2}\S{1,16},[ \t]{1,2}from[ \t]{1,2}\S{0,4}$/i;
/** The scale word or letter a figure ends with, as a factor: "5 million" 1e6, "9 lakh" 1e5. */
const SCALE_WORD = /(hundred|thousand|lakh|lac|crore|million|billion|trillion|k|m|mn|bn|b|tn)$/i;
const SCALE_FACTORS: Record<string, number> = {
  hundred: 100, thousand: 1e3, k: 1e3, lakh: 1e5, lac: 1e5, crore: 1e7, million: 1e6, m: 1e6, mn: 1e6,
  billion: 1e9, bn: 1e9, b: 1e9, trillion: 1e12, tn: 1e12,
};

/** "3 to 5 million", "7-9 lakh": the scale written once, after the upper end, applies to both ends. */
function shareScale(text: string, low: number, high: number, right: Candidate): number {
  if (!right.reading.scaled) return low;
  const word = SCALE_WORD.exec(text.slice(right.reading.start, right.reading.end))?.[1]?.toLowerCase();
  const scale = word ? SCALE_FACTORS[word] : undefined;
  return scale !== undefined && low * scale <= high && low < high ? low * scale : low;
}

/** " or " between two figures. */
const OR = /^[ \t]{1,2}or[ \t]{1,2}$/i;
/** "or $256" right before the figure: a restatement of the amount before it. */
const OR_BEFORE = /\bor[ \t]{1,2}(?:[$€£][ \t]?)?$/i;
/** Words of a spread: after them "from 30 to 25" is a range whichever end comes first. */
const RANGES_BEFORE = /\b(?:rang\w*|var\w*|spread|span\w*)\b[^.;:!?\n]*$/i;

/** "to" right before the first end: the range is a new level. */
const LEVEL_TO = /\bto[ \t]{1,2}(?:[$€£][ \t]?)?$/i;
/** The ends of a spread named as its low and high: "from a low of", "as low as" ... "to a high of", "and as high as". */
const LOW_END = /\b(?:a[ \t]{1,2}low[ \t]{1,2}of|as[ \t]{1,2}low[ \t]{1,2}as)[ \t]{1,2}(?:[$€£][ \t]?)?$/i;
const HIGH_END = /^[ \t]{1,2}(?:to|and)[ \t]{1,2}(?:a[ \t]{1,2}high[ \t]{1,2}of|as[ \t]{1,2}high[ \t]{1,2}as)[ \t]{1,2}[$€£]?$/i;
/** "to a range of $98 billion and $100 billion": the word says the two figures are one range. */
const RANGE_OF = /\brange[ \t]{1,2}of[ \t]{1,2}(?:[$€£][ \t]?)?$/i;

/** A bare year: four digits from 1000 to 2100, not grouped or scaled. */
const yearLike = (c: Candidate) => c.reading.form === "digits" && !c.reading.grouped && !c.reading.scaled && Number.isInteger(c.value) && c.value >= 1000 && c.value <= 2100;

function connects(text: string, left: Candidate, right: Candidate): "between" | "from" | "plain" | null {
  const gap = text.slice(left.reading.end, right.reading.start);
  if (gap.length > 24) return null;
  // "from 10.45 million ha in 2022 to 10.20 million ha": a year then a scaled or decimal figure are no range.
  if (yearLike(left) && (right.reading.scaled || !Number.isInteger(right.value))) return null;
  const before = text.slice(Math.max(0, left.reading.start - 12), left.reading.start);
  // "in the week ended Sept. 4 to 4.49 million": a day of a month is a date's, it opens no range.
  if (AFTER_MONTH.test(before)) return null;
  // "rose from 3 to 5": a change (change.ts), not a range; "ranged from 3 to 5" is a range.
  if (FROM.test(before) && levelsAfterFrom(text, left.reading.start - before.length + before.toLowerCase().lastIndexOf("from"), left.value, right.value)) return null;
  if (BETWEEN.test(before) && (AND.test(gap) || AND_HEDGED.test(gap))) return "between";
  // "from a low of $2.45 to a high of $2.79", "as low as $2.75 and as high as $2.99", "to a range of $98 billion and $100 billion".
  if ((LOW_END.test(before) && HIGH_END.test(gap)) || (RANGE_OF.test(before) && AND.test(gap))) return "plain";
  // "(724 and 806 kilometers)": inside a conversion the "between" stays outside the brackets.
  if (AND.test(gap) && /\($/.test(before)) return "plain";
  if (TO.test(gap)) {
    // "fell 6,750 to 338,500", "rose by 14,000 to 1,694,000": after a change word the second
    // figure is the new level (change.ts), unless both are ends of one amount ("by 2 to 3").
    // "increasing to 15 to 20 mph": after "to" the first "to" named the level, the second joins its ends.
    if (LEVEL_TO.test(before) && left.value < right.value) return "plain";
    if (!FROM.test(before) && changeBefore(text, left.reading.start) && !endsOfOneAmount(before, left.value, right.value)) return null;
    if (restatedAmount(text, before, left.reading.start)) return null;
    // "lowered its prediction for livestock, dairy, and poultry exports by $500 million to $29.9 billion": an amount and
    // the level it led to, however far back the verb (the ends of one amount are of one size).
    if (BY.test(before) && right.value > 10 * left.value) return null;
    // "decreased by Rs4.26, from Rs201.54 to Rs197.28": positive figures falling after "from" are two levels of a change.
    if (FROM.test(before) && left.value > right.value && right.value > 0 && levelsAfterAmount(text, left.reading.start)) return null;
    return FROM.test(before) ? "from" : "plain";
  }
  // "three or four points", "5 or 6 days": two neighbouring whole numbers joined by "or" are a rough range.
  if (OR.test(gap) && Number.isInteger(left.value) && right.value === left.value + 1 && left.reading.form === right.reading.form && left.value < 100) return "plain";
  const digits = left.reading.form === "digits" && right.reading.form === "digits";
  if (DASH.test(gap) && digits && !(gap.startsWith(" ") !== gap.endsWith(" "))) return "plain";
  return null;
}

/**
 * Whether "from A to B" (the "from" at `from`) gives the old and new level of a change, not a
 * range: "rose from 3 to 5", "were down -3.9% from 2,150,495 to 2,066,411" (the amount may
 * stand between), "declined 0.7 per cent, or just 40 properties, from 5,725 to 5,685" (figures
 * falling after "from": a range comes high end first only where it ranges, "ranged from -18 to -34").
 */
export function levelsAfterFrom(text: string, from: number, a: number, b: number): boolean {
  if (changeBefore(text, from) || amountBefore(text, from)) return true;
  return a > b && b > 0 && !RANGES_BEFORE.test(text.slice(Math.max(0, from - 40), from));
}

/** "increased by 10% or $256 to $2,840": after the amount, "or" restates it, then comes the new level. */
export function restatedAmount(text: string, before: string, start: number): boolean {
  return OR_BEFORE.test(before) && amountBefore(text, start - before.length + before.toLowerCase().lastIndexOf("or"));
}

/** "decreased by Rs4.26, from Rs201.54": the figure at `at` opens the levels of the amount before it. */
export function levelsAfterAmount(text: string, at: number): boolean {
  return AFTER_AMOUNT.test(text.slice(Math.max(0, at - 40), at));
}

/** "by 2.9 to 3.4": after "by", two figures of one size are the ends of one amount of change. */
export function endsOfOneAmount(before: string, low: number, high: number): boolean {
  return /\bby[ \t]{1,2}(?:[$€£][ \t]?)?$/i.test(before) && high < 2 * low;
}

/**
 * Joins "between 450 and 500", "12-15", "12 to 15" into one range candidate, value = low end.
 * Runs before units so "12-15 km" gives both ends the unit.
 */
export function joinRanges(text: string, cs: Candidate[]): void {
  for (let k = 0; k + 1 < cs.length; k++) {
    const left = cs[k]!;
    const right = cs[k + 1]!;
    if (left.dropped || right.dropped) continue;
    const how = connects(text, left, right);
    if (!how) continue;
    let low = shareScale(text, left.value, right.value, right);
    let high = right.value;
    // "ranged from -18 to -34": after "from" (no change word) the ends may come high first.
    if (low > high && how === "from") [low, high] = [high, low];
    if (low >= high) continue;
    left.upper = right.reading;
    left.value = low;
    left.low = low;
    left.high = high;
    left.step = Math.max(left.step, right.step);
    left.qualifier = "range";
    left.end = left.numberEnd = right.reading.end;
    if (how === "between") {
      const before = text.slice(Math.max(0, left.reading.start - 12), left.reading.start);
      left.start = left.reading.start - before.length + before.toLowerCase().lastIndexOf("between");
      left.qualifierText = "between";
    }
    mark(left, "range");
    drop(right, "range-end");
  }
}
