import { amountBefore, type Amount } from "./durations/amount.js";
import { qualifierBefore } from "./durations/qualifiers.js";
import { durationUnit, UNIT_WORD, type DurationUnit } from "./durations/units.js";
import { joinCompound } from "./durations/compound.js";
import { raceTimes } from "./durations/race-time.js";
import { newMention, type Mention } from "./mention.js";
import { isNewsFigure } from "./figures.js";

/**
 * The duration step: "After 13 years of conflict" is 13 years, "more than a decade" at least
 * one decade. Durations are not dates (chrono would make the first a date in 2037; dates.ts
 * turns those chrono parsers off and this step reads them instead).
 *
 * Pipeline, per unit word found (units.ts):
 *  1. skip what only looks like a duration (NOT_A_DURATION): ages, "ago", "year-on-year",
 *     war names, lone "h";
 *  2. the amount before the unit (amount.ts: digits, number words, "a", "half a", ranges);
 *     none means a vague duration ("several decades", "for decades"), which is skipped, and
 *     some amounts are not counts of the unit (NOT_AN_AMOUNT: "0600 hours", "a second decade");
 *  3. "and a half" after the unit; "-long" adjectives without an amount ("decadelong") are one
 *     unit, approximately;
 *  4. the qualifier words before the amount (qualifiers.ts);
 *  5. parts of one span joined: "two hours, 15 minutes and six seconds" (compound.ts);
 *  6. finishing times without a unit word, "won the marathon in 2:09" (race-time.ts).
 */

const AND_A_HALF_AFTER = /^\s{1,2}and\s{1,2}(?:a\s{1,2})?half\b/i;

/** A unit word in its place: the word, where it starts, and the text right after it. */
interface UnitAt {
  word: string;
  start: number;
  after: string;
  before: string;
}

// Patterns as module constants: a literal inside a test makes a new RegExp object per unit word.
const OLD = /^(?:-|\s)old\b/i;
const AGO = /^\s{1,3}(?:ago|earlier|before|later|prior)\b(?!\s{1,3}than\b)/i;
const CAPITAL = /^[A-Z]/;
const WAR = /^'?\s{1,2}War\b/;
const TO_DATE = /^(?:-|\s{1,2})to(?:-|\s{1,2})date\b/i;
const DIGIT_BEFORE = /\d\s?$/;
const ON_SAME_UNIT = /^(?:-|\s{1,2})(?:on|over)(?:-|\s{1,2})([A-Za-z]+)/;

/** "year-on-year", "month over month": the unit names the periods a change compares. */
function comparesPeriods(u: UnitAt): boolean {
  const next = ON_SAME_UNIT.exec(u.after)?.[1];
  return next !== undefined && next.toLowerCase() === u.word.toLowerCase();
}

/** Words that only look like a duration, judged before the amount is read. */
const NOT_A_DURATION: Array<[string, (u: UnitAt) => boolean]> = [
  // "13-year-old", "13 years old": an age belongs to a person, not to an elapsed time.
  ["age", (u) => OLD.test(u.after)],
  // "two years ago", "a year earlier", "a year before", "three weeks later" point at a date (the
  // date step reads those it can); they are no span of time the story reports.
  ["ago", (u) => AGO.test(u.after)],
  // "year-to-date", "a month to date": the period from its start up to now, named by its unit;
  // no count of years ("On a year-to-date basis" is no span of one year).
  ["to-date", (u) => TO_DATE.test(u.after)],
  // "$765,000 year-on-year", "a month-on-month increase", "up 4% week over week": a change
  // between two periods of that unit, no span of 765,000 years or of one month.
  ["period-on-period", comparesPeriods],
  // "the Six-Day War", "the Thirty Years' War": the name of a war, not a length of time.
  ["war-name", (u) => CAPITAL.test(u.word) && WAR.test(u.after)],
  // "h" is an hour only right after digits: "3h", "3 h".
  ["lone-h", (u) => u.word.length === 1 && !DIGIT_BEFORE.test(u.before)],
];

/** Amounts that are not a count of units, judged on the words from the amount to the unit. */
const NOT_AN_AMOUNT: Array<[string, (words: string, u: UnitAt) => boolean]> = [
  // "0600 hours" is a clock time in military style, not six hundred hours.
  ["military-time", (words) => /^0\d/.test(words)],
  // "a second decade" is an ordinal; "a second" as a span of time is rare enough in news to drop.
  // "one second" is the span ("two hours 17 minutes one second").
  ["ordinal-second", (words, u) => /^second$/i.test(u.word) && !/\d/.test(words) && !/^one\b/i.test(words)],
];

/**
 * @example findDurations("After 13 years of conflict")
 * // [{ kind: "duration", start: 6, end: 14, value: 13, unit: "year", dimension: "time", qualifier: "exact", ... }]
 */
export function findDurations(text: string): Mention[] {
  if (typeof text !== "string") return [];
  const mentions: Mention[] = [];
  UNIT_WORD.lastIndex = 0;
  for (let m = UNIT_WORD.exec(text); m; m = UNIT_WORD.exec(text)) {
    const glued = m[1] !== undefined;
    const mention = durationAt(text, glued ? m.index + 1 : m.index, (m[1] ?? m[3]) as string, Boolean(m[2] ?? m[4]));
    const last = mentions[mentions.length - 1];
    // "1e200 years" is no span of time a story reports, and no store could hold it.
    const figure = mention && [mention.value, mention.low, mention.high, mention.step].every((n) => typeof n !== "number" || isNewsFigure(n));
    if (mention && figure && (!last || mention.start >= last.end)) mentions.push(mention);
  }
  const times = raceTimes(text);
  const joined = joinCompound(text, mentions);
  return times.length === 0 ? joined : [...joined, ...times].sort((a, b) => a.start - b.start);
}

function durationAt(text: string, start: number, word: string, long: boolean): Mention | null {
  const unit = durationUnit(word);
  const unitEnd = start + word.length + (long ? text.slice(start + word.length).search(/[^-lLoOnNgG]|$/) : 0);
  const at: UnitAt = { word, start, after: text.slice(unitEnd, unitEnd + 12), before: text.slice(Math.max(0, start - 2), start) };
  if (!unit || NOT_A_DURATION.some(([, test]) => test(at))) return null;
  const amount = amountBefore(text, start);
  const words = amount ? text.slice(amount.start, start) : "";
  // "the decadelong war", "a decade-long war": about one unit, whatever the article says;
  // "hours-long queues" is several hours, and a plural without an amount says too little.
  const spelledOne = amount !== null && amount.value === 1 && !/\d/.test(words);
  if (!amount || (long && spelledOne)) return long && !/s$/i.test(word) ? longAdjective(start, unitEnd, unit) : null;
  if (NOT_AN_AMOUNT.some(([, test]) => test(words, at))) return null;
  const half = AND_A_HALF_AFTER.exec(at.after);
  return build(text, amount, unit, half ? unitEnd + half[0].length : unitEnd, half ? 0.5 : 0);
}

function build(text: string, amount: Amount, unit: DurationUnit, end: number, extra: number): Mention {
  const words = amount.definite ? { qualifier: "exact" as const, start: amount.start } : qualifierBefore(text, amount.start);
  const mention = newMention({
    kind: "duration", start: words.start, end, value: (amount.value + extra) * unit.times, unit: unit.id,
    dimension: "time", qualifier: amount.low === undefined ? words.qualifier : "range",
    step: amount.step * unit.times, rules: ["duration"],
  });
  if (words.qualifierText) mention.qualifierText = words.qualifierText;
  if (amount.low !== undefined && amount.high !== undefined) {
    mention.low = amount.low * unit.times;
    mention.high = amount.high * unit.times;
  }
  return mention;
}

/** "the decadelong Syrian war": about one decade, said loosely. */
function longAdjective(start: number, end: number, unit: DurationUnit): Mention {
  return newMention({
    kind: "duration", start, end, value: unit.times, unit: unit.id, dimension: "time",
    qualifier: "approx", step: unit.times, rules: ["duration", "duration-long-adjective"],
  });
}
