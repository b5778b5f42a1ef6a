import { findDates } from "../../../core/extract/dates.js";
import { findDurations } from "../../../core/extract/durations.js";
import type { DateCase } from "../datetime/date-cases.js";
import { timexOf, type DurationCase } from "../datetime/duration-cases.js";
import { claimsFound, type Found, type Level } from "./output.js";

/** "policy": we resolved to the other occurrence the spec allows (past-leaning against future). */
export type DateOutcome = "pass" | "fail" | "policy";

const overlaps = (m: { start: number; end: number }, c: { start: number; end: number }) => m.start < c.end && c.start < m.end;

const MODIFIED_WEEKDAY = /\b(?:last|previous|next|coming|following|this)\s+(?:week\s+)?(?:on\s+)?\w*day\b/i;

function datesOf(c: DateCase, level: Level): Array<{ start: number; end: number; value: unknown }> {
  if (level === "readers") return findDates(c.input, c.published);
  return claimsFound(c.input, c.published).filter((f) => f.kind === "date");
}

/** A date case passes when a date overlapping the spec's span has the expected value. */
export function judgeDate(c: DateCase, level: Level): { outcome: DateOutcome; got: string[] } {
  const got = datesOf(c, level).filter((m) => overlaps(m, c)).map((m) => String(m.value));
  if (got.includes(c.expected)) return { outcome: "pass", got };
  // The spec resolved a year-less date or weekday into the future where we lean into the past
  // (or the reverse): a policy difference, counted on its own, not as a pass.
  const leanedDifferently = got.some((v) => isOtherOccurrence(v, c));
  return { outcome: leanedDifferently ? "policy" : "fail", got };
}

/**
 * A policy difference, not an error: the spec lists a past and a future reading and we chose
 * the future one (a future cue such as "I'll go back on Friday"), or "last Wednesday" is the
 * nearest Wednesday to us (news usage) where the spec means the Wednesday of last week.
 */
function isOtherOccurrence(value: string, c: DateCase): boolean {
  if (value === c.future) return true;
  const days = Math.abs(Date.parse(value) - Date.parse(c.expected)) / 86_400_000;
  return MODIFIED_WEEKDAY.test(c.text) && days === 7;
}

/** A duration case passes when a duration overlapping the spec's span has the expected timex. */
export function judgeDuration(c: DurationCase, level: Level): { outcome: DateOutcome; got: string[] } {
  const found: Array<Pick<Found, "start" | "end" | "value" | "unit">> =
    level === "readers" ? findDurations(c.input) : claimsFound(c.input).filter((f) => f.kind === "duration");
  const got = found.filter((m) => overlaps(m, c)).map(timexOf);
  return { outcome: got.includes(c.timex) ? "pass" : "fail", got };
}
