import { amountBefore, type Amount } from "./durations/amount.js";
import { qualifierBefore } from "./durations/qualifiers.js";
import { durationUnit, UNIT_WORD, type DurationUnit } from "./durations/units.js";
import type { Mention } from "./mention.js";

/**
 * The duration step: "After 13 years of conflict" is 13 years, "more than a decade" at least
 * one decade. Durations are not dates (chrono would make the first a date in 2037; dates.ts
 * turns those chrono parsers off and this step reads them instead).
 *
 * Pipeline, per unit word found (units.ts):
 *  1. skip what only looks like a duration: ages ("13-year-old"), "ago" (a date), lone "h",
 *     war names ("the Six-Day War");
 *  2. the amount before the unit (amount.ts: digits, number words, "a", "half a", ranges);
 *     none means a vague duration ("several decades", "for decades"), which is skipped;
 *  3. "and a half" after the unit; "-long" adjectives without an amount ("decadelong") are one
 *     unit, approximately;
 *  4. the qualifier words before the amount (qualifiers.ts).
 */

/** "13-year-old", "13 years old": an age belongs to a person, not to an elapsed time. */
const AGE_AFTER = /^(?:-|\s)old\b/i;
/** "two years ago", "a year earlier" are dates; the date step reads them. */
const AGO_AFTER = /^\s{1,3}(?:ago|earlier)\b/i;
/** "the Six-Day War", "the Thirty Years' War": the name of a war, not a length of time. */
const WAR_NAME_AFTER = /^'?\s{1,2}War\b/;
const AND_A_HALF_AFTER = /^\s{1,2}and\s{1,2}(?:a\s{1,2})?half\b/i;

/**
 * @example findDurations("After 13 years of conflict")
 * // [{ kind: "duration", start: 6, end: 14, value: 13, unit: "year", dimension: "time", qualifier: "exact", ... }]
 */
export function findDurations(text: string): Mention[] {
  if (typeof text !== "string") return [];
  const mentions: Mention[] = [];
  UNIT_WORD.lastIndex = 0;
  for (let m = UNIT_WORD.exec(text); m; m = UNIT_WORD.exec(text)) {
    const mention = durationAt(text, m.index, m[1] as string, Boolean(m[2]));
    const last = mentions[mentions.length - 1];
    if (mention && (!last || mention.start >= last.end)) mentions.push(mention);
  }
  return mentions;
}

function durationAt(text: string, start: number, word: string, long: boolean): Mention | null {
  const unit = durationUnit(word);
  const unitEnd = start + word.length + (long ? text.slice(start + word.length).search(/[^-lLoOnNgG]|$/) : 0);
  const after = text.slice(unitEnd, unitEnd + 12);
  if (!unit || AGE_AFTER.test(after) || AGO_AFTER.test(after)) return null;
  if (/^[A-Z]/.test(word) && WAR_NAME_AFTER.test(after)) return null;
  if (word.length === 1 && !/\d\s?$/.test(text.slice(Math.max(0, start - 2), start))) return null;
  const amount = amountBefore(text, start);
  // "the decadelong war", "a decade-long war": about one unit, whatever the article says.
  const spelledOne = amount && !/\d/.test(text.slice(amount.start, start)) && amount.value === 1;
  if (!amount || (long && spelledOne)) return long ? longAdjective(start, unitEnd, unit) : null;
  // "a second decade" is an ordinal; "a second" as a span of time is rare enough in news to drop.
  if (/^second$/i.test(word) && !/\d/.test(text.slice(amount.start, start))) return null;
  const half = AND_A_HALF_AFTER.exec(after);
  return build(text, amount, unit, half ? unitEnd + half[0].length : unitEnd, half ? 0.5 : 0);
}

function build(text: string, amount: Amount, unit: DurationUnit, end: number, extra: number): Mention {
  const words = amount.definite ? { qualifier: "exact" as const, start: amount.start } : qualifierBefore(text, amount.start);
  const mention: Mention = {
    kind: "duration", start: words.start, end, value: (amount.value + extra) * unit.times, unit: unit.id,
    dimension: "time", qualifier: amount.low === undefined ? words.qualifier : "range",
    step: amount.step * unit.times, rules: ["duration"],
  };
  if (words.qualifierText) mention.qualifierText = words.qualifierText;
  if (amount.low !== undefined && amount.high !== undefined) {
    mention.low = amount.low * unit.times;
    mention.high = amount.high * unit.times;
  }
  return mention;
}

/** "the decadelong Syrian war": about one decade, said loosely. */
function longAdjective(start: number, end: number, unit: DurationUnit): Mention {
  return {
    kind: "duration", start, end, value: unit.times, unit: unit.id, dimension: "time",
    qualifier: "approx", step: unit.times, rules: ["duration", "duration-long-adjective"],
  };
}
