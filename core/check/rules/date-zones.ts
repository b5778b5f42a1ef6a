import type { Claim } from "../../model.js";
import { daySpan } from "../time.js";

/** One moment told in two time zones is one day, not two days of one event (rules/date-conflict.ts). */

/** A sentence that gives one moment in two time zones: "On 7 December 1941 (8 December in Asian time zones)", "at 23:11 local time (22:11 UTC)". */
const ZONES = /\b(?:time\s+zones?|GMT|UTC|[A-Z]{2,4}\s+time|(?:local|standard|summer|daylight|Beijing|Moscow|Eastern|Pacific|Central|Mountain|Greenwich|Japan|Korea|India|Gulf|Arabia)\s+time)\b/u;

/** Two dates of one sentence that names time zones: one day told in two zones, not two days of one event. */
export function inTwoZones(a: Claim, b: Claim, body: string): boolean {
  const [x, y] = [a.sentence, b.sentence];
  return a.articleId === b.articleId && Boolean(x && y && x.start === y.start) && ZONES.test(body.slice(x!.start, x!.end));
}

/**
 * "The fire broke out at about 2 am (1700 GMT on Tuesday)" against "the fire in Jakarta on
 * Wednesday" (Tangerang prison fire, 2021), a page stamped "November 02 2016 11:23 AM (UTC)" above
 * "the fire broke out around 2 p.m. Tuesday" in Hanoi: a day told in GMT or UTC is the local day
 * or the one beside it, whichever side of midnight the hours fall on.
 */
const UNIVERSAL = /\b(?:GMT|UTC)\b/;

/** @example zonedDayApart({ text: "about 2 am (1700 GMT on Tuesday)", value: "2021-09-07" }, { text: "Wednesday", value: "2021-09-08" }) // true */
export function zonedDayApart(a: { text: string; value: unknown }, b: { text: string; value: unknown }): boolean {
  const [p, q] = [daySpan(a.value), daySpan(b.value)];
  if (!p || !q || p.first !== p.last || q.first !== q.last || Math.abs(p.first - q.first) !== 1) return false;
  return UNIVERSAL.test(a.text) !== UNIVERSAL.test(b.text);
}
