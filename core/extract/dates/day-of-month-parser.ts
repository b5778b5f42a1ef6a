import type { Parser, ParsingContext, ParsingResult } from "chrono-node";

/**
 * "on the 18th.", "on 29th -", "on the 4th of this month": a day of the month with no month.
 * Only with "on" in front and nothing but punctuation or "of this month" after, because "the
 * 18th century" and "the 5th floor" are not dates. The month is the publication month, or the
 * one before when that day is still to come (news reports the past).
 */
const DAY_OF_MONTH = /\bon\s{1,2}(?:the\s{1,2})?(\d{1,2})(?:st|nd|rd|th)(?=\s{0,2}(?:[.,;:!?)–—-]|$|of\s{1,2}this\s{1,2}month\b))/i;

export const DAY_OF_MONTH_TAG = "claimcheck/day-of-month";

/**
 * @example new Chrono({ parsers: [new DayOfMonthParser()], refiners: [] }).parse("talks resume on the 18th.", ref)
 * // "on the 18th": day 18 of the publication month, or of the month before
 */
export class DayOfMonthParser implements Parser {
  pattern(): RegExp {
    return DAY_OF_MONTH;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const day = Number(match[1]);
    const ref = context.reference.instant;
    const thisMonth = new Date(Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth(), day, 12));
    const date = thisMonth.getTime() <= ref.getTime()
      ? thisMonth
      : new Date(Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth() - 1, day, 12));
    if (day < 1 || date.getUTCDate() !== day) return null;
    const result = context.createParsingResult(match.index ?? 0, match[0], { day });
    result.start.imply("month", date.getUTCMonth() + 1);
    result.start.imply("year", date.getUTCFullYear());
    return result.addTag(DAY_OF_MONTH_TAG);
  }
}
