import type { Parser, ParsingContext, ParsingResult } from "chrono-node";

/**
 * "on Tuesday next week", "next week on Tuesday", "Monday of the following week", "this week
 * Monday", "last week's Friday": a weekday inside a named week. The week (Monday to Sunday)
 * is counted from the publication date; chrono reads only the weekday and drop-non-dates.ts
 * drops the bare "next week", so without this the day would lean into the wrong week.
 */
const DAY = "(mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\\.?";
const WEEK = "(next|last|this|previous|following|coming)\\s{1,2}week(?:'s)?";
const WEEK_THEN_DAY = new RegExp(`\\b(?:the\\s{1,2})?${WEEK}\\s{0,2}(?:-\\s{0,2})?(?:on\\s{1,2})?${DAY}\\b`, "i");
const DAY_THEN_WEEK = new RegExp(`\\b(?:on\\s{1,2})?${DAY},?\\s{1,2}(?:of\\s{1,2})?(?:the\\s{1,2})?${WEEK}\\b`, "i");
const WEEKDAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];
const WEEK_OFFSET: Record<string, number> = { next: 1, following: 1, coming: 1, last: -1, previous: -1, this: 0 };
const DAY_MS = 86_400_000;

export const WEEKDAY_OF_WEEK_TAG = "claimcheck/weekday-of-week";

/**
 * @example new Chrono({ parsers: [new WeekdayOfWeekParser("week-then-day")], refiners: [] }).parse("next week on Tuesday", ref)
 * // the Tuesday of the week after the reference's week
 */
export class WeekdayOfWeekParser implements Parser {
  constructor(private readonly order: "week-then-day" | "day-then-week") {}

  pattern(): RegExp {
    return this.order === "week-then-day" ? WEEK_THEN_DAY : DAY_THEN_WEEK;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const [week, day] = this.order === "week-then-day" ? [match[1], match[2]] : [match[2], match[1]];
    const weekday = WEEKDAYS.indexOf((day as string).toLowerCase());
    const offset = WEEK_OFFSET[(week as string).toLowerCase()];
    if (weekday < 0 || offset === undefined) return null;
    const ref = context.reference.instant;
    const monday = ref.getTime() - ((ref.getUTCDay() + 6) % 7) * DAY_MS;
    const date = new Date(monday + (offset * 7 + ((weekday + 6) % 7)) * DAY_MS);
    const result = context.createParsingResult(match.index ?? 0, match[0], { weekday });
    result.start.imply("day", date.getUTCDate());
    result.start.imply("month", date.getUTCMonth() + 1);
    result.start.imply("year", date.getUTCFullYear());
    return result.addTag(WEEKDAY_OF_WEEK_TAG);
  }
}
