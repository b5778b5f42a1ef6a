import type { Claim, TimeOfDay } from "../../model.js";

/**
 * One day given two times of day that cannot both be true for one happening: "June 24, 2021, at
 * 1:22 a.m." in one report and "around 2 a.m. on Thursday, June 24, 2021" in another for one
 * collapse; "12:50 PM (local time)" and "11.50 am local time" for one earthquake. The date reader
 * gives each time its span as written (core/extract/dates/time-of-day.ts: "around" and a time
 * written to the hour already widen it), so two times apart by more than a minute of reading
 * conflict. Times told in two zones are never compared: "11:52 a.m." in Tokyo is the night
 * before in New York. A time told in no zone is the event's local time, as news style writes it
 * (a report converting to another zone names it: "1700 GMT", "2 a.m. ET"). Only two reports' times are
 * compared: one report giving a class of happening two times of one day tells two happenings
 * ("struck at 4:17 a.m. ... a second earthquake struck at 1:24 p.m."), and its times then meet
 * no other report's either.
 */

/** Two readings of one minute ("1:28 a.m." and "1:29 a.m.") are one time rounded two ways. */
const SLACK = 1;

const FULL_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The zone of a time told in none. */
const LOCAL = "local";

/**
 * Whether two dates of one day are told at times of that day that do not meet.
 * @example timesApart(claim("June 24, 2021, at 1:22 a.m."), claim("around 2 a.m. on Thursday, June 24, 2021")) // true
 */
export function timesApart(a: Claim, b: Claim): boolean {
  const [x, y] = [a.time, b.time];
  if (!x || !y || a.value !== b.value || typeof a.value !== "string" || !FULL_DAY.test(a.value)) return false;
  if ((x.zone ?? LOCAL) !== (y.zone ?? LOCAL)) return false;
  return x.low - y.high > SLACK || y.low - x.high > SLACK;
}

/**
 * Whether two reports tell one day's happening at two times, neither report giving its class two
 * times of that day (`claimsOf`: the claims of a claim's report).
 * @example timesConflict(surfsideAt122, surfsideAround2, claimsOf) // true
 */
export function timesConflict(a: Claim, b: Claim, claimsOf: (claim: Claim) => readonly Claim[]): boolean {
  return a.articleId !== b.articleId && timesApart(a, b) && !severalTimes(a, claimsOf(a)) && !severalTimes(b, claimsOf(b));
}

/** The class of happening a date is told of: its event's, else its measure. */
const happeningOf = (claim: Claim) => claim.subject?.frame?.event?.id ?? claim.subject?.frame?.measure.id;

/** Whether the report gives the claim's happening another time of the same day. */
function severalTimes(claim: Claim, claims: readonly Claim[]): boolean {
  const happening = happeningOf(claim);
  return claims.some((other) => other !== claim && other.kind === "date" && happeningOf(other) === happening && timesApart(other, claim));
}

/** The times as a journalist reads them, for the explanation: "one gives 1:22 a.m., the other 1:30 a.m. to 2:45 a.m.". */
export function timeWhy(a: Claim, b: Claim): string {
  return `one gives ${spoken(a.time!)}, the other ${spoken(b.time!)}`.replace(/\.$/, "");
}

function spoken(time: TimeOfDay): string {
  const zone = time.zone ? ` (${time.zone === "local" ? "local time" : time.zone})` : "";
  return time.low === time.high ? `${clock(time.low)}${zone}` : `${clock(time.low)} to ${clock(time.high)}${zone}`;
}

function clock(minutes: number): string {
  const inDay = ((minutes % 1440) + 1440) % 1440;
  const hour = Math.floor(inDay / 60);
  const half = hour < 12 ? "a.m." : "p.m.";
  return `${hour % 12 === 0 ? 12 : hour % 12}:${String(inDay % 60).padStart(2, "0")} ${half}${minutes >= 1440 ? " the next day" : ""}`;
}
