import { MONTH_PATTERN, monthNumber } from "./names.js";

/**
 * A weekday with its calendar day in brackets after it: "Monday evening (August 13th)", "on
 * Thursday (January 16)", "Saturday evening (26th August)". Reports write the day of the month
 * beside the weekday; chrono reads the two apart and resolves the weekday alone against the day of
 * publication, a week off when the report came out days later or its writer misnamed the weekday.
 * They are one date: the day the brackets write, the weekday kept in the words, where
 * core/check/rules/date-weekday.ts sees a weekday that does not fall on it.
 */

/** "(August 13th)", "(26th August)", "(Jan 9)", "(January 15, 2021)": a day and a month, a year perhaps, alone in brackets. */
const BRACKETED = new RegExp(String.raw`^\s{0,2}\(\s*(?:(\d{1,2})(?:st|nd|rd|th)?\s+(${MONTH_PATTERN})\.?|(${MONTH_PATTERN})\.?\s+(\d{1,2})(?:st|nd|rd|th)?)(?:,?\s+(\d{4}))?\s*\)`, "iu");

const DAY_MS = 86_400_000;

/**
 * The end of the bracketed day after a weekday ending at `end`, and that day, in the year that puts
 * it nearest the weekday's reading (`value`, YYYY-MM-DD); null when none follows.
 * @example bracketedDay("Monday evening (August 13th) gunmen", 14, "2023-08-07") // { end: 28, value: "2023-08-13" }
 */
export function bracketedDay(text: string, end: number, value: string): { end: number; value: string } | null {
  const m = BRACKETED.exec(text.slice(end, end + 40));
  if (!m) return null;
  const name = (m[2] ?? m[3])!;
  // A month name written as a name ("(august 13)", "(AUGUST 13)" are no gloss a report writes).
  const month = /^\p{Lu}\p{Ll}+$/u.test(name) ? monthNumber(name) : null;
  const day = Number(m[1] ?? m[4]);
  if (month === null || day < 1 || day > 31) return null;
  const read = Date.UTC(Number(value.slice(0, 4)), Number(value.slice(5, 7)) - 1, Number(value.slice(8, 10)));
  const years = m[5] ? [Number(m[5])] : [-1, 0, 1].map((k) => Number(value.slice(0, 4)) + k);
  let best: { at: number; year: number } | null = null;
  for (const year of years) {
    const at = Date.UTC(year, month - 1, day);
    if (new Date(at).getUTCDate() !== day) continue;
    if (!best || Math.abs(at - read) < Math.abs(best.at - read)) best = { at, year };
  }
  // A bracketed day weeks from the weekday's reading is no gloss of it: another day the sentence names.
  if (!best || Math.abs(best.at - read) > 14 * DAY_MS) return null;
  const pad = (n: number) => String(n).padStart(2, "0");
  return { end: end + m[0].length, value: `${best.year}-${pad(month)}-${pad(day)}` };
}
