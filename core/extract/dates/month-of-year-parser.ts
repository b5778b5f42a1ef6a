import type { Parser, ParsingContext, ParsingResult } from "chrono-node";
import { gated } from "./gate.js";

/**
 * "the third month of 2021", "the 9th month of next year": a month counted into a year.
 * Chrono reads only the year; the month number is what the words claim.
 */
const ORDINAL_MONTH =
  "\\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth";
const WORDS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth"];
const MONTH_OF_YEAR = new RegExp(
  `\\bthe\\s{1,2}(${ORDINAL_MONTH})\\s{1,2}month\\s{1,2}of\\s{1,2}(?:((?:1\\d|20|21)\\d\\d)|(this|next|last)\\s{1,2}year)\\b`,
  "i",
);
/** Counted from publication; "the following year" counts from the story's time, so is not read. */
const YEAR_OFFSET: Record<string, number> = { this: 0, next: 1, last: -1 };

/** What a window must hold for this parser to look at it at all (gate.ts). */
const NEEDS = /month\s{1,2}of/i;

export const MONTH_OF_YEAR_TAG = "claimcheck/month-of-year";

/**
 * @example new Chrono({ parsers: [new MonthOfYearParser()], refiners: [] }).parse("the third month of 2021", ref)
 * // March 2021
 */
export class MonthOfYearParser implements Parser {
  pattern(context: ParsingContext): RegExp {
    return gated(context, NEEDS, MONTH_OF_YEAR);
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const written = (match[1] as string).toLowerCase();
    const month = /^\d/.test(written) ? Number.parseInt(written, 10) : WORDS.indexOf(written) + 1;
    if (month < 1 || month > 12) return null;
    const relative = (match[3] ?? "").toLowerCase();
    const year = match[2] ? Number(match[2]) : context.reference.instant.getUTCFullYear() + (YEAR_OFFSET[relative] ?? 0);
    return context.createParsingResult(match.index ?? 0, match[0], { month, year }).addTag(MONTH_OF_YEAR_TAG);
  }
}
