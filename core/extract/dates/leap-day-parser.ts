import type { Parser, ParsingContext, ParsingResult } from "chrono-node";
import { gated } from "./gate.js";

/**
 * "Feb. 29", "29 February" without a year. Chrono drops them whenever the year closest to
 * publication has no 29 February, so a story a year after a leap day lost the date; here the
 * day and month are read, and past-leaning.ts finds the leap year. With a year after it
 * ("Feb. 29, 2024") the date is chrono's.
 */
const LEAP_DAY = /\b(?:feb(?:ruary)?\.?\s{1,2}29(?:th)?|29(?:th)?\s{1,2}(?:of\s{1,2})?feb(?:ruary)?\.?)(?![\w-]|\.\d|,?\s{0,2}\d)/i;

/** What a window must hold for this parser to look at it at all (gate.ts). */
const NEEDS = /29/;

export const LEAP_DAY_TAG = "claimcheck/leap-day";

/**
 * @example new Chrono({ parsers: [new LeapDayParser()], refiners: [] }).parse("since Feb. 29", ref)
 * // day 29, month 2; the year is past-leaning's to choose
 */
export class LeapDayParser implements Parser {
  pattern(context: ParsingContext): RegExp {
    return gated(context, NEEDS, LEAP_DAY);
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    if (/[\d.,$]$/.test(context.text.slice(Math.max(0, (match.index ?? 0) - 1), match.index ?? 0))) return null;
    const result = context.createParsingResult(match.index ?? 0, match[0].replace(/\.$/, ""), { day: 29, month: 2 });
    // Chrono's filters drop a day that does not exist in the implied year: imply a leap year.
    result.start.imply("year", leapYearUpTo(context.reference.instant.getUTCFullYear()));
    return result.addTag(LEAP_DAY_TAG);
  }
}

function leapYearUpTo(year: number): number {
  let y = year;
  while (new Date(Date.UTC(y, 1, 29)).getUTCDate() !== 29) y--;
  return y;
}
