import type { ParsingContext, ParsingResult, Refiner } from "chrono-node";
import { rereadFrom } from "./reread.js";

/**
 * "6,107.31 August 2019" (a decimal, then a month), "$12 December 27" (a price, then a date):
 * chrono takes the number's last digits as the day. The day belongs to the number; what
 * follows it ("August 2019", "December 27") is still a date, read again on its own. A result
 * with nothing after the number goes.
 */
const NUMBER_BEFORE = /(?:\d[.,]|[$€£¥]\s?)$/;
const LEADING_NUMBER = /^\d{1,4}(?:st|nd|rd|th)?[\s,]{1,3}/i;

/**
 * @example chrono.refiners.push(new ReadPastNumber()) // "$12 December 27" -> "December 27"
 */
export class ReadPastNumber implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const kept: ParsingResult[] = [];
    for (const result of results) {
      if (!isGluedToNumber(result, context)) kept.push(result);
      else {
        const lead = LEADING_NUMBER.exec(result.text)?.[0].length;
        const rest = lead ? rereadFrom(context, result, lead) : null;
        if (rest) kept.push(rest);
      }
    }
    return kept;
  }
}

function isGluedToNumber(result: ParsingResult, context: ParsingContext): boolean {
  if (!/^\d/.test(result.text)) return false;
  return NUMBER_BEFORE.test(context.text.slice(Math.max(0, result.index - 3), result.index));
}
