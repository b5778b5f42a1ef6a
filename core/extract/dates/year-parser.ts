import type { Parser, ParsingContext, ParsingResult } from "chrono-node";
import { ZONE_PATTERN } from "./names.js";

/**
 * Bare years, which chrono leaves alone: "in 2011", "since 2011", "mid-2019", "(2019)",
 * "the 1990s" (a decade), "between 2011 and 2015" / "2011-15" (a year range).
 * A four-digit number is a year only with a cue next to it; without one it is a count, a code
 * or part of a phone number ("News Code 47296", "© 2026", "2015 555 0199") and is left alone.
 * "Operation Peace Spring (2019)" gives the date 2019 and never a quantity: the year is when
 * the operation happened, a dated fact a checker may compare, while the name itself is no claim.
 */

/** Not global: chrono re-runs exec on the remaining text itself. */
const YEAR = /\b((?:1\d|20|21)\d\d)(s)?\b/;

/** Words that make the next four digits a year. Checked on the text before the match. */
const CUE_BEFORE =
  /(?:\b(?:since|before|after|until|till|by|from|during|in|of|to|between|year|the|early|late|mid|end of|beginning of|start of|spring|summer|autumn|fall|winter|circa|as of|prior to|than)[\s-]{1,3}|\(\s{0,2})$/i;
/** The next year in a list: "in 2007 and 2009", "in 2016, 2018 or 2019", "2000 but not 1998". */
const LIST_BEFORE = /\b(?:19|20)\d\d\s{0,2}(?:,|,?\s{1,3}(?:and|or|but\s{1,2}not))\s{1,3}$/i;
/** Words that make the next four digits an identifier, never a year. */
const ID_BEFORE = /(?:©|\(c\)|#|\b(?:copyright|code|no\.?|number|page|p\.|room|route|flight|suite|ste|box|tel|phone|fax|id))[\s:]{0,3}$/i;
/** "2018 or later", "2010 and earlier". */
const CUE_AFTER = /^\s{1,3}(?:or|and)\s{1,3}(?:later|earlier|after|before|beyond)\b/i;
const RANGE_AFTER = /^\s{0,2}(?:-|–|—|to|and|until|through)\s{0,2}((?:1\d|20|21)?\d\d)\b/i;
/**
 * "(2025 IST)", "at 1930 GMT", "2100 hrs": four digits before a zone or "hours" are a clock time
 * (Metro Vaartha on Karimov's death, 2016: "8:55 pm local time (2025 IST)" was read as the year
 * 2025). A zone's letters opening a name stay a name: "in 2019 GMT Holdings sold".
 */
const CLOCK_AFTER = new RegExp(`^\\s{0,2}(?:hrs?\\b|hours\\b|(?:${ZONE_PATTERN})\\b(?!\\s{1,2}[A-Z][a-z]))`);

export const YEAR_TAG = "claimcheck/year";
export const DECADE_TAG = "claimcheck/decade";

/**
 * @example new Chrono({ parsers: [new YearParser()], refiners: [] }).parse("the war began in 2011", ref)
 * // "2011" (year known); "News Code 47296" and "© 2026" give nothing
 */
export class YearParser implements Parser {
  pattern(): RegExp {
    return YEAR;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const text = context.text;
    const index = match.index ?? 0;
    const year = Number(match[1]);
    const before = text.slice(Math.max(0, index - 30), index);
    const afterIndex = index + match[0].length;
    const after = text.slice(afterIndex, afterIndex + 30);
    if (!isFreeStanding(before, after) || ID_BEFORE.test(before) || isClockTime(match[1] ?? "", after)) return null;
    if (match[2]) return decade(context, index, match[0], year);
    const range = yearRangeEnd(before, after, year);
    if (!range && !hasYearCue(before, after)) return null;
    // A range is judged by what follows its end: "between 1500 and 2000 troops" counts troops.
    if (!isPlausible(year, range ? after.slice(range.length) : after)) return null;
    const end = range ? afterIndex + range.length : afterIndex;
    const result = context.createParsingResult(index, text.slice(index, end), { year }, range ? { year: range.year } : undefined);
    return result.addTag(YEAR_TAG);
  }
}

/** "in 2011", "(2019)", "2022)", "2007 and 2009", "2018 or later". */
function hasYearCue(before: string, after: string): boolean {
  const parenthesised = /^\s{0,2}\)/.test(after) || /\(\s{0,2}$/.test(before);
  return parenthesised || CUE_BEFORE.test(before) || LIST_BEFORE.test(before) || CUE_AFTER.test(after);
}

/** A valid 24-hour time (hours to 23, minutes to 59) written before a zone: "(2025 IST)". */
function isClockTime(digits: string, after: string): boolean {
  return Number(digits.slice(0, 2)) <= 23 && Number(digits.slice(2)) <= 59 && CLOCK_AFTER.test(after);
}

/** Digits glued to other digits, decimals, money or percentages are not a year. */
function isFreeStanding(before: string, after: string): boolean {
  if (/[\d$€£¥.,/:+]$/.test(before) && !/mid-$/i.test(before)) return false;
  return !/^(?:[.,:/]\d|%|\d|\s{0,2}(?:%|percent|per cent)\b)/i.test(after);
}

/**
 * Years outside 1900-2099 need the clause to stop right after them: "in 1453." and "in 1453 when"
 * are years, "in 1500 cases" and "between 1500 and 2000 troops" are counts.
 */
function isPlausible(year: number, after: string): boolean {
  if (year >= 1900 && year <= 2099) return true;
  return /^(?:[.,;:)]|$|\s{1,3}when\b)/.test(after);
}

function yearRangeEnd(before: string, after: string, start: number): { year: number; length: number } | null {
  const match = RANGE_AFTER.exec(after);
  if (!match) return null;
  // "and" joins a range only after "between": "in 2011 and 2015 elections" lists two years.
  if (/^\s{0,2}and/i.test(match[0]) && !/\bbetween\s{1,3}$/i.test(before)) return null;
  const digits = match[1] as string;
  const year = digits.length === 2 ? Math.floor(start / 100) * 100 + Number(digits) : Number(digits);
  if (year <= start || year - start > 200) return null;
  return { year, length: match[0].length };
}

function decade(context: ParsingContext, index: number, text: string, year: number): ParsingResult | null {
  if (year % 10 !== 0) return null;
  const result = context.createParsingResult(index, text, { year }, { year: year + 9 });
  return result.addTag(DECADE_TAG);
}
