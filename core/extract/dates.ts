import type { ParsedResult } from "chrono-node";
import type { Mention } from "./mention.js";
import { parseWindow } from "./dates/chrono.js";
import { NO_REFERENCE, referenceFrom } from "./dates/reference.js";
import { toMention } from "./dates/to-mention.js";
import { withTimeOfDay } from "./dates/time-of-day.js";
import { eventClocks } from "./dates/event-clock.js";
import { dateWindows } from "./dates/windows.js";
import { articleOffset, joinWindows } from "./dates/joined.js";

const NOTHING_BEFORE = () => "";

/**
 * The date step of extraction: every date in the text as a mention of kind "date".
 *
 * Pipeline (each step in its own file under dates/):
 *  1. windows.ts: find where a date can be; chrono never sees the rest of the text, and sees
 *     the windows of one article joined (joined.ts) in one call.
 *  2. chrono.ts: chrono's casual English parsers (minus its duration readers) plus ours for
 *     bare years, decades and year ranges (year-parser.ts), day ranges ("from 12 to 15 July"),
 *     "Friday 13th", "on the 18th", "Tuesday next week", and forms chrono cannot read
 *     ("2015-12", "the 15th day of next month", "18 and 19 June", "4th of July of 1995",
 *     "the third month of 2021", "this calendar year"); then refiners that re-read what chrono
 *     over-took (read-past-number.ts, split-ago.ts), drop bare hours and non-dates
 *     (drop-bare-hours.ts, drop-non-dates.ts), join "May last year" (merge-year.ts) and lean
 *     year-less dates into the past (past-leaning.ts).
 *  3. to-mention.ts + qualifiers.ts: exact offsets, partial precision, "early"/"since" words;
 *     time-of-day.ts: the time of day told with a day ("at 1:22 a.m.", "Saturday night");
 *     event-clock.ts: the hour of the report's event told apart from its day ("struck at 11 am").
 *  4. here: without a publication date, drop every reading that needed one.
 */

const RELATIVE_WORDS = /\b(?:ago|last|next|this|past|previous|coming|following|today|tonight|yesterday|tomorrow|tmrw|end\s{1,2}of\s{1,2}(?:year|month))\b/i;

/**
 * @example findDates("the Nov. 13 attack", "2023-01-11")
 * // [{ kind: "date", start: 4, end: 11, value: "2022-11-13", qualifier: "exact", ... }]
 */
export function findDates(text: string, published?: string): Mention[] {
  if (typeof text !== "string" || text.length === 0) return [];
  const reference = referenceFrom(published);
  const mentions: Mention[] = [];
  const keep = (result: ParsedResult, at: number) => {
    if (!reference && needsReference(result)) return;
    const mention = toMention(result, at - result.index, text);
    if (mention) mentions.push(withTimeOfDay(text, mention));
  };
  const windows = dateWindows(text);
  for (const joined of joinWindows(text, windows.filter((w) => w.full))) {
    const textBefore = (index: number) => {
      const at = articleOffset(joined, index);
      return text.slice(Math.max(0, at - 100), at);
    };
    for (const result of parseWindow(joined.text, reference ?? NO_REFERENCE, textBefore, true)) keep(result, articleOffset(joined, result.index));
  }
  for (const window of windows) {
    if (window.full) continue;
    for (const result of parseWindow(text.slice(window.start, window.end), reference ?? NO_REFERENCE, NOTHING_BEFORE, false)) keep(result, window.start + result.index);
  }
  return withoutOverlaps([...mentions, ...eventClocks(text, mentions, published)]);
}

/** A date the text does not pin down by itself: no year written, or relative to "now". */
function needsReference(result: ParsedResult): boolean {
  return !result.start.isCertain("year") || RELATIVE_WORDS.test(result.text);
}

/** Windows can overlap where they were cut at their maximum length: keep the longer reading. */
function withoutOverlaps(mentions: Mention[]): Mention[] {
  const sorted = mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Mention[] = [];
  for (const mention of sorted) {
    const last = kept[kept.length - 1];
    if (!last || mention.start >= last.end) kept.push(mention);
    else if (mention.end - mention.start > last.end - last.start) kept[kept.length - 1] = mention;
  }
  return kept;
}
