/**
 * A day printed as a report's dateline, the day it was filed, not a day it tells its event on: after
 * the city in capitals opening a paragraph ("SEOUL, Nov. 1 (Yonhap) --", Yonhap on the Itaewon crush
 * of Saturday 29 Oct 2022, filed 1 Nov), or on a line of names and numbers only ("2019-11-01 China
 * Daily Editor:Li Yan", above a report of the Shuri Castle fire of Thursday 31 Oct). Read by the
 * story's lead day (subject/story-names.ts) and the day a clock borrows (dates/event-clock.ts).
 */

/** "SEOUL, ", "BEIJING, China, ", "(AP) WASHINGTON, ": a city in capitals (and its country or state) before the day. */
const CITY_BEFORE = /^\s*(?:\([^()\n]{1,40}\)\s*)?\p{Lu}[\p{Lu}.'’ -]{2,30},\s*(?:(?:\p{Lu}[\p{L}.'’-]*\s*){1,3},\s*)?$/u;

/** The most characters a dateline's city (and its country or state) and agency mark take before its day. */
const CITY_WIDTH = 80;

/** Lowercase words a line of names and numbers may hold besides them ("Published on 2019-11-01", "updated"). */
const LINE_WORDS = /^(?:published|updated|posted|last|on|at|by)$/;

/** The longest line read as one of names and numbers. */
const LINE_WIDTH = 120;

/** Whether the date at `start`-`end` of `text` is a dateline's day. */
export function datelineDay(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  if (start - lineStart <= CITY_WIDTH && CITY_BEFORE.test(text.slice(lineStart, start))) return true;
  const lineEnd = text.indexOf("\n", end);
  const rest = text.slice(lineStart, start) + text.slice(end, lineEnd < 0 ? text.length : lineEnd);
  return rest.length <= LINE_WIDTH && (rest.match(/\p{L}+/gu) ?? []).every((word) => !/^\p{Ll}/u.test(word) || LINE_WORDS.test(word));
}
