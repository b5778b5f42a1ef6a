/**
 * Calendar arithmetic on the date strings claims carry ("2022-11-13", "2022-11", "2022", or an
 * ISO datetime), as day numbers since 1970-01-01. Date.UTC is pure arithmetic: no clock is read.
 */

/** The days a date value covers, first and last inclusive: "2019" is all of 2019. */
export interface DaySpan {
  first: number;
  last: number;
}

const MS_PER_DAY = 86_400_000;

/** A day number (days since 1970-01-01) as YYYY-MM-DD. */
export const dayString = (day: number): string => new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/;

export const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"] as const;
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

function dayNumber(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

/**
 * @example daySpan("2019-10") // October 2019, first to last day
 */
export function daySpan(value: unknown): DaySpan | null {
  if (typeof value !== "string") return null;
  const match = DATE.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  const month = match[2] === undefined ? undefined : Number(match[2]);
  const day = match[3] === undefined ? undefined : Number(match[3]);
  if (month === undefined) return { first: dayNumber(year, 1, 1), last: dayNumber(year, 12, 31) };
  if (month < 1 || month > 12) return null;
  if (day === undefined) return { first: dayNumber(year, month, 1), last: dayNumber(year, month + 1, 1) - 1 };
  if (day < 1 || day > 31) return null;
  const first = dayNumber(year, month, day);
  return { first, last: first };
}

/** The year a date value names, or null. */
export function yearOf(value: unknown): number | null {
  return typeof value === "string" && DATE.test(value) ? Number(value.slice(0, 4)) : null;
}

/** Whether two date values can name the same day: "2019" and "2019-10-26" can. */
export function datesAgree(a: unknown, b: unknown): boolean {
  const x = daySpan(a);
  const y = daySpan(b);
  if (!x || !y) return true;
  return x.first <= y.last && y.first <= x.last;
}

/**
 * Whole days between two dates as written (0 when their days meet), or null when either is no date.
 * @example gapDays("2013-05", "2013-03") // 30
 */
export function gapDays(a: unknown, b: unknown): number | null {
  const [x, y] = [daySpan(a), daySpan(b)];
  return x && y ? Math.max(0, x.first - y.last, y.first - x.last) : null;
}

/**
 * Reports a few days apart tell the same moment of a figure: an event's date and the reports of
 * it in the following days (the internal, cross-article and head-match comparisons share it).
 */
export const SAME_MOMENT_DAYS = 7;

/**
 * Whether two "as of" dates are the same moment for a comparison: within `days` of each other.
 * Unknown dates are taken as the same time, the stricter reading.
 */
export function sameTime(a: unknown, b: unknown, days = SAME_MOMENT_DAYS): boolean {
  const x = daySpan(a);
  const y = daySpan(b);
  if (!x || !y) return true;
  return x.first - days <= y.last && y.first - days <= x.last;
}

/** Sunday is 0. Day 0 (1970-01-01) was a Thursday. */
export function weekdayOf(year: number, month: number, day: number): number {
  return (((dayNumber(year, month, day) + 4) % 7) + 7) % 7;
}

/**
 * A date value as a journalist writes it.
 * @example formatDate("2019-10-26") // "26 October 2019"
 */
export function formatDate(value: unknown): string {
  if (typeof value !== "string") return String(value);
  const match = DATE.exec(value);
  if (!match) return value;
  const month = match[2] === undefined ? undefined : MONTHS[Number(match[2]) - 1];
  if (!month) return match[1] ?? value;
  if (match[3] === undefined) return `${month} ${match[1]}`;
  return `${Number(match[3])} ${month} ${match[1]}`;
}

/** The plain date part of a date or datetime, for labels: "2024-08-06". */
export function dayOf(value: string | undefined): string | undefined {
  return value === undefined ? undefined : (DATE.exec(value)?.[0] ?? value);
}

/**
 * Words that tell a date late in its day ("late on November 22", "at 11:59 pm", "on the night of")
 * or early in it ("early Tuesday", "at 1:14 a.m.", "before dawn").
 */
const LATE_HOURS = /\b(?:late|night|evening|midnight)\b|\b(?:9|10|11)(?:[:.]\d{2})?\s*p\.?m\b|\b2[1-3][:.h]\d{2}\b/i;
const EARLY_HOURS = /\b(?:early|overnight|midnight|dawn|daybreak|pre-?dawn|(?:wee|small)\s+hours)\b|\b(?:12|[1-5])(?:[:.]\d{2})?\s*a\.?m\b|\b0[0-5][:.h]\d{2}\b/i;

/**
 * Whether two days told of one happening are the two sides of one midnight: a day and the next,
 * the first told late in its day or the second early in its ("late on November 22" / "early on
 * November 23"; "at 11:59 pm on Monday, December 18" / "December 19"). A time zone, a wire's
 * dateline or the hour itself then explain the day apart.
 * @example aroundMidnight({ value: "2010-11-22", words: "late on November 22" }, { value: "2010-11-23", words: "November 23" }) // true
 */
export function aroundMidnight(x: { value: unknown; words: string }, y: { value: unknown; words: string }): boolean {
  const [p, q] = [daySpan(x.value), daySpan(y.value)];
  if (!p || !q || p.first !== p.last || q.first !== q.last || Math.abs(p.first - q.first) !== 1) return false;
  const [earlier, later] = p.first < q.first ? [x, y] : [y, x];
  return LATE_HOURS.test(earlier.words) || EARLY_HOURS.test(later.words);
}

/** Two days joined by a dash in a date as written: "September 27-28, 1994", "the night of 2–3 December 1984". */
const DAY_RANGE = /(?<![\d:.])(\d{1,2})\s*[-–]\s*(\d{1,2})(?![\d:.])/;

/**
 * The days a date claim covers as written: a range of days ("September 27-28, 1994", "Thursday-Friday") covers both,
 * though its value names the first (the date reader's).
 * @example writtenSpan({ text: "September 27-28, 1994", value: "1994-09-27" }) // 27 and 28 September 1994
 */
export function writtenSpan(claim: { text: string; value: unknown }): DaySpan | null {
  const span = daySpan(claim.value);
  if (span && span.first === span.last) {
    const days = weekdaysSpanned(claim.text);
    if (days > 0) return { first: span.first, last: span.first + days };
  }
  const m = DAY_RANGE.exec(claim.text);
  if (!span || !m || span.first !== span.last) return span;
  const [from, to] = [Number(m[1]), Number(m[2])];
  const day = typeof claim.value === "string" ? Number(claim.value.slice(8, 10)) : NaN;
  return from === day && to > from && to - from <= 3 ? { first: span.first, last: span.first + (to - from) } : span;
}

/** Two weekdays joined as one stretch: "Thursday-Friday", "Saturday to Sunday", "Thursday and Friday". */
const WEEKDAY_RANGE = /\b(sun|mon|tues|wednes|thurs|fri|satur)day\s*(?:[-–/]|to|and|into|through)\s*(sun|mon|tues|wednes|thurs|fri|satur)day\b/i;

/** How many days after its first a weekday stretch reaches ("the night of Thursday-Friday": 1), up to three; 0 for none. */
function weekdaysSpanned(text: string): number {
  const m = WEEKDAY_RANGE.exec(text);
  if (!m) return 0;
  const index = (stem: string) => WEEKDAYS.findIndex((day) => day.toLowerCase().startsWith(stem.toLowerCase()));
  const days = (index(m[2]!) - index(m[1]!) + 7) % 7;
  return days <= 3 ? days : 0;
}

/** A year as written in a date's words: "2023", "'23". */
const WRITTEN_YEAR = /(?<!\d)(?:1[5-9]|20)\d{2}(?!\d)|['’]\d{2}(?!\d)/u;

/**
 * Two dates whose words give one month and day, one of them with no year written, the reader
 * having put in the year of the report ("the October 7 attack" in a report of 2024 read as
 * 2024's): the year is a guess, so they differ in nothing the writers wrote. A day named without
 * its year after a year has passed is a happening known by its date, not a second dating of it.
 * @example onlyYearGuessed({ text: "October 7", value: "2024-10-07" }, { text: "October 7, 2023", value: "2023-10-07" }) // true
 */
export function onlyYearGuessed(a: { text: string; value: unknown }, b: { text: string; value: unknown }): boolean {
  if (typeof a.value !== "string" || typeof b.value !== "string") return false;
  const [x, y] = [DATE.exec(a.value), DATE.exec(b.value)];
  if (!x || !y || !x[2] || x[1] === y[1] || x[2] !== y[2] || x[3] !== y[3]) return false;
  return !WRITTEN_YEAR.test(a.text) || !WRITTEN_YEAR.test(b.text);
}

/** Days in the smallest unit a count back from the report's day is written in ("two years and four months ago": a month). */
const UNIT_DAYS: ReadonlyArray<[RegExp, number]> = [[/\bdays?\b/i, 1], [/\bweeks?\b/i, 7], [/\bmonths?\b/i, 31], [/\byears?\b/i, 366]];

/**
 * Whether a date counted back from the report's day ("two years and four months ago") lies within
 * one of its smallest written unit of the other date: the count is rounded to that unit, so "two
 * years and four months ago" in a report of 31 August 2015 is April or May 2013, not one of them.
 * @example withinCountBack({ text: "two years and four months ago", value: "2013-05" }, { text: "April 2013", value: "2013-04" }) // true
 */
export function withinCountBack(a: { text: string; value: unknown }, b: { text: string; value: unknown }): boolean {
  const [back, other] = /\bago\b/i.test(a.text) ? [a, b] : /\bago\b/i.test(b.text) ? [b, a] : [null, null];
  if (!back || !other) return false;
  const slack = UNIT_DAYS.find(([unit]) => unit.test(back.text))?.[1];
  const gap = gapDays(back.value, other.value);
  return slack !== undefined && gap !== null && gap <= slack;
}

