import type { Parser, ParsingContext, ParsingResult } from "chrono-node";
import { gated } from "./gate.js";
import { MONTH_PATTERN, monthNumber } from "./names.js";
import { isDigitOrdinal, ORDINAL_DAY_PATTERN, ordinalDay } from "./ordinals.js";

/**
 * "the 15th day of next month", "the 21st this month", "the twenty third day of September":
 * an ordinal day of a month that chrono cannot read (it knows "15th of June", not "day of" nor
 * a month named by "next"). A word ordinal needs "day" or "of" after it: "the first this month
 * to resign" is a rank, not a date. A named month without "day" stays chrono's.
 */
const ORDINAL_DAY = new RegExp(
  `\\b(?:the\\s{1,2})?(${ORDINAL_DAY_PATTERN})(\\s{1,2}day)?\\s{1,2}(of\\s{1,2})?(?:(this|next|last|previous|coming)\\s{1,2}month|(${MONTH_PATTERN}))\\b`,
  "i",
);
const MONTH_OFFSET: Record<string, number> = { this: 0, next: 1, coming: 1, last: -1, previous: -1 };

/** What a window must hold for this parser to look at it at all (gate.ts). */
const NEEDS = /\b(?:day|month)\b/i;

export const ORDINAL_DAY_TAG = "claimcheck/ordinal-day";

/**
 * @example new Chrono({ parsers: [new OrdinalDayParser()], refiners: [] }).parse("the 15th day of next month", ref)
 * // day 15 of the month after the reference's
 */
export class OrdinalDayParser implements Parser {
  pattern(context: ParsingContext): RegExp {
    return gated(context, NEEDS, ORDINAL_DAY);
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const [, ordinal, dayWord, ofWord, relative, monthName] = match;
    const day = ordinalDay(ordinal as string);
    if (day === null) return null;
    if (!dayWord && !ofWord && !isDigitOrdinal(ordinal as string)) return null;
    const index = match.index ?? 0;
    if (monthName) {
      if (!dayWord) return null;
      const month = monthNumber(monthName);
      if (month === null) return null;
      return context.createParsingResult(index, match[0], { day, month }).addTag(ORDINAL_DAY_TAG);
    }
    const ref = context.reference.instant;
    const offset = MONTH_OFFSET[(relative as string).toLowerCase()] ?? 0;
    const date = new Date(Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth() + offset, day, 12));
    // "the 31st of next month" in a 30-day month names no day.
    if (date.getUTCDate() !== day) return null;
    const result = context.createParsingResult(index, match[0], { day, month: date.getUTCMonth() + 1, year: date.getUTCFullYear() });
    return result.addTag(ORDINAL_DAY_TAG);
  }
}
