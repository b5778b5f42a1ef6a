import type { Parser, ParsingContext, ParsingResult } from "chrono-node";
import { MONTH_PATTERN, monthNumber } from "./names.js";

/**
 * "from 12 to 15 July", "12-15 July 2024", "between 3 and 5 March": a day range before the
 * month, British style. Chrono reads "12 to 15" as clock times; this parser claims the words
 * first, so the overlap refiner keeps the date range.
 */
const DAY_RANGE = new RegExp(
  `\\b(?:(from|between)\\s{1,3})?(\\d{1,2})(?:st|nd|rd|th)?\\s{0,2}(?:-|–|to|and|until|through)\\s{0,2}(\\d{1,2})(?:st|nd|rd|th)?\\s{1,3}(${MONTH_PATTERN})\\.?(?:,?\\s{1,3}((?:1\\d|20|21)\\d\\d)\\b)?`,
  "i",
);

export const DAY_RANGE_TAG = "claimcheck/day-range";

/**
 * @example new Chrono({ parsers: [new DayRangeParser()], refiners: [] }).parse("from 12 to 15 July", ref)
 * // one result: start 12 July, end 15 July
 */
export class DayRangeParser implements Parser {
  pattern(): RegExp {
    return DAY_RANGE;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const index = match.index ?? 0;
    if (/[\d.,]$/.test(context.text.slice(Math.max(0, index - 1), index))) return null;
    const [from, to] = [Number(match[2]), Number(match[3])];
    const month = monthNumber(match[4] as string);
    if (month === null || from < 1 || to > 31 || from >= to) return null;
    // "between 3 and 5 March" is a range; "and" without "between" lists two numbers.
    if (/\band\b/i.test(match[0]) && match[1]?.toLowerCase() !== "between") return null;
    const year = match[5] ? { year: Number(match[5]) } : {};
    const result = context.createParsingResult(index, match[0], { day: from, month, ...year }, { day: to, month, ...year });
    return result.addTag(DAY_RANGE_TAG);
  }
}
