import type { Claim } from "../../model.js";
import acts from "../../extract/subject/data/occurrence-acts.js";
import { daySpan } from "../time.js";
import { RECURRING_DATE_MEASURES } from "../data/frame-classes.js";

/**
 * Dates of one kind of happening that a report tells as two: a story's incident and an earlier one
 * it recalls, or the first of a series and the next. Both read as the story's happening (its
 * class, its names), they would be one happening dated twice.
 */

/** A report's news happened this many days before it at most. */
const NEWS_DAYS = 7;
/** A month or year told this long before the news's day is another happening's. */
const EARLIER_DAYS = 14;

/**
 * "The accident occurred on Sunday" and "In August, 38 people died after a bus overturned" in a
 * report of 30 December: the day of the report's news (within a week before it) and a month or a
 * year told weeks before it. An outlet that misdates its incident writes another day, not a month
 * long past: the month is an earlier happening of the kind the report recalls ("similar incidents
 * in the past").
 * @example recalledEarlier(sundayOfDecember29, august2024) // true, in a report of 2024-12-30
 */
export function recalledEarlier(a: Claim, b: Claim): boolean {
  if (!RECURRING_DATE_MEASURES.has(a.subject?.frame?.measure.id ?? "") || !RECURRING_DATE_MEASURES.has(b.subject?.frame?.measure.id ?? "")) return false;
  return earlierThanNews(a, b) || earlierThanNews(b, a);
}

function earlierThanNews(news: Claim, other: Claim): boolean {
  const [day, told, span] = [daySpan(news.value), daySpan(news.asOf), daySpan(other.value)];
  if (!day || !told || !span || day.first !== day.last || span.first === span.last) return false;
  const fresh = told.first - day.first >= 0 && told.first - day.first <= NEWS_DAYS;
  return fresh && day.first - span.last > EARLIER_DAYS;
}

/**
 * "The volcano first erupted on Friday" and "A second eruption struck ... on Saturday": a report
 * that counts its happenings (first, a second, another) tells two, on two days.
 */
const { ordinals, verbs, nouns } = acts.counted;
const COUNTED = new RegExp(String.raw`\bfirst\s+(?:${verbs.join("|")})\b|\b(?:${ordinals.join("|")})\s+(?:[\p{L}-]+\s+){0,2}?(?:${nouns.join("|")})\b`, "iu");

/**
 * The count may stand in either date's sentence, or between them: "... jolted West Azarbaijan
 * province on Saturday night. ... This was the province's second major earthquake in two weeks. A
 * 5.4-magnitude quake struck Khoy County on Jan. 19" (Khoy, Iran, 2023).
 * @example countedApart(firstEruptedOnFriday, secondEruptionOnSaturday, body) // true
 */
export function countedApart(a: Claim, b: Claim, body: string): boolean {
  if (a.articleId !== b.articleId || !a.sentence || !b.sentence || a.sentence.start === b.sentence.start) return false;
  return COUNTED.test(body.slice(Math.min(a.sentence.start, b.sentence.start), Math.max(a.sentence.end, b.sentence.end)));
}
