import type { Parser, ParsingContext, ParsingResult } from "chrono-node";
import { gated } from "./gate.js";
import { MONTH_PATTERN, monthNumber } from "./names.js";

/**
 * "4th of July of 1995", "15 April of '87", "15 April of 87.": a day and month, then the year
 * after "of" or "in". Chrono reads "4th of July" and "July of 1995" and keeps only the longer,
 * losing the day. A two-digit year must carry its apostrophe or end the clause: "15 April of 87
 * patients" counts patients.
 */
const DAY_MONTH_OF_YEAR = new RegExp(
  `\\b(\\d{1,2})(?:st|nd|rd|th)?\\s{1,2}(?:of\\s{1,2})?(${MONTH_PATTERN})\\.?\\s{1,2}(?:of|in)\\s{1,2}(?:((?:1\\d|20|21)\\d\\d)|['’](\\d\\d)|(\\d\\d)(?=\\s{0,2}(?:[.,;:!?)]|$)))(?![\\d%])`,
  "i",
);

/** What a window must hold for this parser to look at it at all (gate.ts). */
const NEEDS = /\s(?:of|in)\s{1,2}['’]?\d\d/;

export const DAY_MONTH_OF_YEAR_TAG = "claimcheck/day-month-of-year";

/**
 * @example new Chrono({ parsers: [new DayMonthOfYearParser()], refiners: [] }).parse("4th of july of 1995", ref)
 * // 4 July 1995
 */
export class DayMonthOfYearParser implements Parser {
  pattern(context: ParsingContext): RegExp {
    return gated(context, NEEDS, DAY_MONTH_OF_YEAR);
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const index = match.index ?? 0;
    if (/[\d.,$€£]$/.test(context.text.slice(Math.max(0, index - 1), index))) return null;
    const day = Number(match[1]);
    const month = monthNumber(match[2] as string);
    const year = match[3] ? Number(match[3]) : fullYear(Number(match[4] ?? match[5]), context.reference.instant);
    if (month === null || new Date(Date.UTC(year, month - 1, day)).getUTCDate() !== day) return null;
    if (match[3]) return context.createParsingResult(index, match[0], { day, month, year }).addTag(DAY_MONTH_OF_YEAR_TAG);
    // A two-digit year is only implied: its century comes from the publication date.
    const result = context.createParsingResult(index, match[0], { day, month });
    result.start.imply("year", year);
    return result.addTag(DAY_MONTH_OF_YEAR_TAG);
  }
}

/** "'87" in 2018 is 1987; "'19" in 2018 is 2019 (at most a year ahead, as for "12/12/30"). */
function fullYear(twoDigits: number, reference: Date): number {
  const year = 2000 + twoDigits;
  return year > reference.getUTCFullYear() + 1 ? year - 100 : year;
}
