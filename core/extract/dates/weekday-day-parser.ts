import type { Parser, ParsingContext, ParsingResult } from "chrono-node";
import { MONTH_PATTERN } from "./names.js";
import { ORDINAL_DAY_PATTERN, ordinalDay } from "./ordinals.js";

/**
 * "Friday 13th", "Sunday the 31st", "Tuesday the eleventh": a weekday and a day of the month
 * without the month. Only one recent month has that day on that weekday, so the pair names a
 * date: the latest one at or before publication (news reports the past), looked for up to 14
 * months back, or one in the next 14 days (the same grace as past-leaning.ts gives "Jan. 18").
 */
/** A leading "on" makes the span longer than chrono's "on Sunday", so the overlap refiner keeps ours. */
const WEEKDAY_DAY = new RegExp(
  `\\b(?:on\\s{1,2})?(mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\\.?,?\\s{1,2}(?:the\\s{1,2})?(\\d{1,2}(?:st|nd|rd|th)?|${ORDINAL_DAY_PATTERN})\\b`,
  "i",
);
/**
 * A day in words must end its clause: "on Monday the first shipment arrived" ranks a shipment,
 * "coffee on Tuesday the eleventh." names a day.
 */
const CLAUSE_END = /^\s{0,2}(?:[.,;:!?)]|$)/;
const GRACE_DAYS = 14;
const DAY_MS = 86_400_000;
const WEEKDAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];
/** A month, a slash or a clock after the number: chrono's own parsers read those. */
const MORE_AFTER = new RegExp(`^\\s{0,2}(?:[/.:-]\\d|of\\b|(?:${MONTH_PATTERN})\\b)`, "i");
const FULL_NAME = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$|^(?:mon|tues?|wed|thu(?:rs)?|fri|sat|sun)$/i;

export const WEEKDAY_DAY_TAG = "claimcheck/weekday-day";

/**
 * @example new Chrono({ parsers: [new WeekdayDayParser()], refiners: [] }).parse("on Friday 13th", ref)
 * // the latest Friday the 13th at or before the reference
 */
export class WeekdayDayParser implements Parser {
  pattern(): RegExp {
    return WEEKDAY_DAY;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const index = match.index ?? 0;
    const name = /^(?:on\s{1,2})?([A-Za-z]+)/i.exec(match[0])?.[1] ?? "";
    const after = context.text.slice(index + match[0].length, index + match[0].length + 12);
    if (!FULL_NAME.test(name) || MORE_AFTER.test(after)) return null;
    const weekday = WEEKDAYS.indexOf((match[1] as string).toLowerCase());
    const written = match[2] as string;
    if (!/^\d/.test(written) && !CLAUSE_END.test(after)) return null;
    const day = /^\d{1,2}$/.test(written) ? Number(written) : ordinalDay(written);
    if (day === null) return null;
    const date = latestMatching(context.reference.instant, weekday, day);
    if (!date) return null;
    const result = context.createParsingResult(index, match[0], { day, weekday });
    result.start.imply("month", date.getUTCMonth() + 1);
    result.start.imply("year", date.getUTCFullYear());
    return result.addTag(WEEKDAY_DAY_TAG);
  }
}

function latestMatching(reference: Date, weekday: number, day: number): Date | null {
  if (day < 1 || day > 31) return null;
  const latest = reference.getTime() + GRACE_DAYS * DAY_MS;
  for (let back = -1; back <= 14; back++) {
    const date = new Date(Date.UTC(reference.getUTCFullYear(), reference.getUTCMonth() - back, day, 12));
    const sameMonth = date.getUTCDate() === day;
    if (sameMonth && date.getUTCDay() === weekday && date.getTime() <= latest) return date;
  }
  return null;
}
