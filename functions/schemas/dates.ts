import * as v from "valibot";

/** YYYY-MM-DD, optionally with a time and a zone: what `published` and `?published=` accept. */
const DATE_OR_DATETIME = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** The regex alone lets 2024-02-30 through; a calendar check keeps impossible dates out. */
function isCalendarDate(text: string): boolean {
  const [y, m, d] = text.slice(0, 10).split("-").map(Number) as [number, number, number];
  if (m < 1 || m > 12 || d < 1) return false;
  const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > daysInMonth) return false;
  const time = /T(\d{2}):(\d{2})(?::(\d{2}))?/.exec(text);
  return !time || (Number(time[1]) < 24 && Number(time[2]) < 60 && Number(time[3] ?? 0) < 60);
}

/**
 * A publication date: "2023-01-11" or "2023-01-11T09:30:00Z".
 * @example v.parse(publishedSchema, "2024-08-06") // "2024-08-06"
 */
export const publishedSchema = v.pipe(
  v.string(),
  v.regex(DATE_OR_DATETIME, "must be YYYY-MM-DD or an ISO datetime"),
  v.check(isCalendarDate, "is not a real calendar date"),
  v.description("Publication date, YYYY-MM-DD or ISO 8601 datetime; the reference for relative dates."),
);
