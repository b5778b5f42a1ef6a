import type { Parser, ParsingContext, ParsingResult } from "chrono-node";
import { gated } from "./gate.js";
import { MONTH_PATTERN, monthNumber } from "./names.js";

/**
 * "18 and 19 June", "on 5, 6 and 7 May 2024": days listed before the month they share. Chrono
 * reads only the last ("19 June"); this reads each earlier day as a date of its own in that
 * month, so a claim about the 18th is not lost. A count is not a day: the list must run
 * straight into the month name, and nothing numeric may come right before it.
 */
const DAY = "\\d{1,2}(?:st|nd|rd|th)?";
const SEPARATOR = "(?:\\s{0,2},\\s{0,2}|\\s{1,3}(?:and|or|&)\\s{1,3}|\\s{0,2},\\s{0,2}(?:and|or)\\s{1,3})";
const DAY_LIST = new RegExp(
  `\\b(\\d{1,2})(?:st|nd|rd|th)?(?=(?:${SEPARATOR}${DAY}){1,4}\\s{1,3}(${MONTH_PATTERN})\\b\\.?(?:,?\\s{1,3}((?:1\\d|20|21)\\d\\d)\\b)?)`,
  "i",
);

/** What a window must hold for this parser to look at it at all (gate.ts). */
const NEEDS = /\d(?:st|nd|rd|th)?\s{0,2}(?:,|and\b|or\b|&)/;

export const DAY_LIST_TAG = "claimcheck/day-list";

/**
 * @example new Chrono({ parsers: [new DayListParser()], refiners: [] }).parse("on 18 and 19 June", ref)
 * // "18": 18 June (the "19 June" is chrono's)
 */
export class DayListParser implements Parser {
  pattern(context: ParsingContext): RegExp {
    return gated(context, NEEDS, DAY_LIST);
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const index = match.index ?? 0;
    // "between 18 and 19 June" is a range (day-range-parser.ts); "$5, 6 and 7 June" is money.
    if (/(?:[\d.,$€£/-]|\bbetween\s{1,3})$/i.test(context.text.slice(Math.max(0, index - 9), index))) return null;
    const day = Number(match[1]);
    const month = monthNumber(match[2] as string);
    if (month === null || day < 1 || day > 31) return null;
    const year = match[3] ? { year: Number(match[3]) } : {};
    return context.createParsingResult(index, match[0], { day, month, ...year }).addTag(DAY_LIST_TAG);
  }
}
