import type { Claim } from "../../model.js";
import { sentenceOf } from "../context.js";
import { PAST_YEARS, RECORD_BEFORE, SINCE_MONTH, SINCE_YEAR } from "../data/years-count.js";

/**
 * A count reached over years up to now ("the insurgents ... have killed thousands of villagers
 * since 2014") beside a count of the story's happening ("blast kills 14"): two stretches of time,
 * not one figure told twice, however alike their frames read (both "killed" in "the attack").
 * Both told over years, they are compared as before.
 */

/** Whether a figure's sentence tells it as reached over years, or months since a start, before the report (not a record's years: "the deadliest since 2017"). */
export function countedOverYears(claim: Claim, body: string): boolean {
  const sentence = sentenceOf(claim, body);
  const counted = (m: RegExpMatchArray) => !RECORD_BEFORE.test(sentence.slice(0, m.index));
  if ([...sentence.matchAll(PAST_YEARS)].some(counted)) return true;
  const month = SINCE_MONTH.exec(sentence);
  if (month && counted(month)) return true;
  const year = Number((claim.asOf ?? "").slice(0, 4));
  return Number.isInteger(year) && year > 0 && [...sentence.matchAll(SINCE_YEAR)].some((m) => Number(m[1]) < year && counted(m));
}

/**
 * Whether one of two figures is counted over years and the other is not.
 * @example overYearsBeside(thousandsSince2014, fourteenInBlast, body) // true
 */
export function overYearsBeside(a: Claim, b: Claim, body: string): boolean {
  return countedOverYears(a, body) !== countedOverYears(b, body);
}
