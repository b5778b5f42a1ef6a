import type { Mention } from "../mention.js";
import { LENGTH_HEDGES, LENGTH_VERBS } from "./data/length-words.js";

/**
 * Durations that only point at a date or name a reporting period: no story claims a length of
 * time there, and the news annotation counts none of them (tests/corpus/news-quantities README:
 * "two years ago", "a year earlier", "last year" are no quantity).
 * - "full-year guidance", "half-year profits", "for the full year ending in March": the reporting
 *   period of a result ("leave for a full year", "for full-year", "over the past year" stay
 *   lengths: tests/conformance, tests/corpus/dates);
 * - "two years ago", "a year earlier", "barely two days after it cried out": an offset from an
 *   event, unless the words before make it a length ("jailed for two years after", "within two
 *   days after").
 */
const NO_NUMBER_PERIOD = /^(?:full|half)[ \t-]+(?:year|quarter)$/i;
// "two years later than planned" is a delay: a length compared, not an offset.
const OFFSET_AFTER = /^[ \t]+(?:ago|earlier|later|previously|before|after)(?![A-Za-z])(?![ \t]+than\b)/i;
const ALWAYS_OFFSET = /^[ \t]+(?:ago|earlier|later|previously)/i;
/** Words that make the duration before "after"/"before" a length: "for two years after", "spent three days before". */
const LENGTH_BEFORE = new RegExp(`(?:^|[^A-Za-z])(?:${LENGTH_VERBS.join("|")})[ \\t]+(?:(?:${LENGTH_HEDGES.map((h) => h.replace(/ /g, "[ \\t]+")).join("|")})[ \\t]+)?$`, "i");

/** Whether a duration mention only points at a date or names a reporting period. */
export function pointsAtDate(text: string, m: Mention): boolean {
  const first = text.charCodeAt(m.start) | 32;
  const next = text.charCodeAt(m.end + 1) | 32;
  // Most durations ("three years", "six months") start with neither f nor h and have no a/e/l/p/b word after them.
  if (first !== 0x66 && first !== 0x68 && !(text.charCodeAt(m.end) === 0x20 && (next === 0x61 || next === 0x65 || next === 0x6c || next === 0x70 || next === 0x62))) return false;
  const written = text.slice(m.start, m.end);
  // "full-year guidance", "half-year profits", "for the full year ending in March": a period that qualifies a result;
  // "leave for a full year", "for full-year" stay lengths.
  if (NO_NUMBER_PERIOD.test(written)) {
    const compound = written.includes("-") && /^[ \t]+[a-z]/.test(text.slice(m.end, m.end + 3));
    const theBefore = /(?:^|[^A-Za-z])the[ \t]+$/i.test(text.slice(Math.max(0, m.start - 5), m.start));
    return compound || theBefore;
  }
  const after = text.slice(m.end, m.end + 12);
  if (!OFFSET_AFTER.test(after)) return false;
  if (ALWAYS_OFFSET.test(after)) return !LENGTH_BEFORE.test(text.slice(Math.max(0, m.start - 24), m.start)) || /^[ \t]+ago/i.test(after);
  return !LENGTH_BEFORE.test(text.slice(Math.max(0, m.start - 24), m.start));
}
