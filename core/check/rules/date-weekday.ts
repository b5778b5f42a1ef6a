import type { Claim } from "../../model.js";
import { WEEKDAYS, weekdayOf as weekdayOfDay } from "../time.js";

/**
 * One day named as two weekdays: "Sunday, October 11" in one report and "Monday afternoon" in
 * another, both 11 October 2021 (a Monday). The date reader keeps the day of the month when a
 * weekday written with it does not fall on it, so the two dates agree by value while their words
 * do not: one writer has the weekday or the day of the month wrong ("the early hours of Friday,
 * March 31" for an Expo that closed on Thursday 31 March 2022). Told only when the other date's
 * weekday does fall on that day: a year the reader guessed wrong would misname both.
 */

const WEEKDAY = /\b(sun|mon|tues|wednes|thurs|fri|satur)day\b/iu;
const FULL_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The weekday a date's words name, 0 for Sunday; null when they name none. */
export function namedWeekday(words: string): number | null {
  const m = WEEKDAY.exec(words);
  return m ? WEEKDAYS.findIndex((day) => day.toLowerCase() === `${m[1]!.toLowerCase()}day`) : null;
}

/** The weekday a full calendar day falls on, 0 for Sunday; null for a month or a year. */
export function weekdayOf(value: unknown): number | null {
  const m = typeof value === "string" ? FULL_DAY.exec(value) : null;
  return m ? weekdayOfDay(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

/**
 * Of two dates of one day, the one whose weekday does not fall on it, when the other's does.
 * @example misnamedWeekday(sundayOctober11, mondayAfternoon) // sundayOctober11 (11 October 2021 was a Monday)
 */
export function misnamedWeekday(a: Claim, b: Claim): Claim | null {
  if (a.value !== b.value) return null;
  const day = weekdayOf(a.value);
  const [x, y] = [namedWeekday(a.text), namedWeekday(b.text)];
  if (day === null || x === null || y === null || x === y) return null;
  if (y === day && /\d/.test(a.text)) return a;
  if (x === day && /\d/.test(b.text)) return b;
  return null;
}

/** The sentence that says which day the misnamed weekday is not. */
export function weekdayWhy(misnamed: Claim, day: string): string {
  return `“${misnamed.text}”: ${day} was a ${WEEKDAYS[weekdayOf(misnamed.value)!]!}, so one of the two has the weekday or the day wrong.`;
}
