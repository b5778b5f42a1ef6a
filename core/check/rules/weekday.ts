import type { Claim, Finding } from "../../model.js";
import { textBefore } from "../context.js";
import { quote } from "../describe.js";
import { makeFinding } from "../finding.js";
import { asserts } from "../pairs.js";
import type { CheckContext, CheckRule } from "../rule.js";
import { formatDate, WEEKDAYS, weekdayOf } from "../time.js";

/**
 * A weekday that does not fall on the date it is written with: "Tuesday, 13 November 2022"
 * (a Sunday). Kind "arithmetic": the text gives both sides, so the calendar settles it.
 */

const NAME = "weekday-mismatch";
const WEEKDAY = /\b(sun|mon|tues|wednes|thurs|fri|satur)day\b/i;
const WEEKDAY_BEFORE = /\b(sun|mon|tues|wednes|thurs|fri|satur)day,?\s{1,3}(?:the\s{1,3})?$/i;
const FULL_DATE = /^(\d{4})-(\d{2})-(\d{2})/;
const WRITTEN_YEAR = /\b\d{4}\b/;

function writtenWeekday(claim: Claim, body: string): number | null {
  const found = WEEKDAY.exec(claim.text) ?? WEEKDAY_BEFORE.exec(textBefore(claim, body, 16));
  if (!found?.[1]) return null;
  const stem = found[1].toLowerCase();
  const index = WEEKDAYS.findIndex((day) => day.toLowerCase().startsWith(stem));
  return index < 0 ? null : index;
}

function around(claim: Claim, body: string): string {
  const before = WEEKDAY.test(claim.text) ? "" : (WEEKDAY_BEFORE.exec(textBefore(claim, body, 16))?.[0] ?? "");
  return `${before}${claim.text}`;
}

/** The years an article writes anywhere ("Hurricane Hazel struck Toronto in 1954"): a retelling dates its days in one of them. */
function yearsWritten(body: string): number[] {
  return [...new Set([...body.matchAll(/\b(1[5-9]\d\d|20\d\d)\b/g)].map((m) => Number(m[1])))];
}

function mismatch(claim: Claim, body: string, years: readonly number[]): Finding | null {
  if (claim.kind !== "date" || typeof claim.value !== "string" || !asserts(claim) || !/\d/.test(claim.text)) return null;
  const date = FULL_DATE.exec(claim.value);
  const written = writtenWeekday(claim, body);
  if (!date || written === null) return null;
  const [year, month, day] = [Number(date[1]), Number(date[2]), Number(date[3])];
  const actual = weekdayOf(year, month, day);
  if (actual === written) return null;
  const yearWritten = WRITTEN_YEAR.test(claim.text);
  // Without a written year the reader guessed it; a weekday that fits a neighbouring year
  // says the guess, not the article, is off.
  // So does one that fits a year the article writes elsewhere: "Friday, October 15" of a page on the 1954 hurricane.
  if (!yearWritten && [year - 1, year + 1, ...years].some((y) => weekdayOf(y, month, day) === written)) return null;
  const guess = yearWritten ? "" : ` (reading the year as ${year}, which the text does not give)`;
  return makeFinding({
    rule: NAME, kind: "arithmetic", severity: yearWritten ? "discrepancy" : "note", claims: [claim],
    explanation: `${quote(around(claim, body))}: ${formatDate(claim.value)} fell on a ${WEEKDAYS[actual]}, not a ${WEEKDAYS[written]}${guess}. Either the day or the date is wrong.`,
  });
}

/**
 * @example weekdayMismatch.check(context) // a discrepancy for "Tuesday, 13 November 2022"
 */
export const weekdayMismatch: CheckRule = {
  name: NAME,
  check({ article, claims }: CheckContext): Finding[] {
    const years = yearsWritten(article.body);
    return claims.map((claim) => mismatch(claim, article.body, years)).filter((finding): finding is Finding => finding !== null);
  },
};
