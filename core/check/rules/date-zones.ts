import { daySpan } from "../time.js";

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
