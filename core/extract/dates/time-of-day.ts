import type { TimeOfDay } from "../../model.js";
import type { Mention } from "../mention.js";
import { caseBlind } from "../case-blind.js";
import { alternatives, clockMatches } from "./clocks.js";
import { AROUND_WORDS, BOUND_WORDS, JUST_AFTER_WORDS, JUST_BEFORE_WORDS, NAMED_HOURS, PARTS_OF_DAY, ZONES } from "./data/times-of-day.js";

/**
 * The time of day a date is told with, as part of the date's claim: "June 24, 2021, at 1:22
 * a.m.", "around 2 a.m. on Thursday, June 24, 2021", "at 11.50 am local time on March 28",
 * "Saturday night". Two reports giving one happening two times of one day contradict each other
 * as surely as two days do (core/check/rules/date-time-of-day.ts), so the time is read with its
 * precision (a minute, an hour, a part of the day), what widens it ("around", "shortly after")
 * and the zone it is told in, and the date's span grows to hold its words.
 *
 * Only a day's date gets a time, and only from words joined to it (inside its span, or next to
 * it with nothing but "at", "on", "of" or a comma between): a clock elsewhere in the sentence
 * may time another step of the story. A time written as a bound ("by 2 p.m.", "until noon") is
 * not when anything happened, and gets none.
 */

/** How far each way "around" widens a time, and the spread of a time written to the hour, in minutes. */
const AROUND_MINUTE = 5;
const JUST_BY = 20;
const HOUR_BEFORE = 10;
const HOUR_AFTER = 45;
const AROUND_HOUR = 30;

/** A clock's conversion to another zone or to twelve hours, in brackets right after it. */
export const CONVERSION = /^\s*\([^()]{1,25}\)/u;

/**
 * What every clock (clocks.ts) holds, tested first on a date's region: a digit before "a"/"p", a
 * digit on each side of ":", "." or "h", or a named hour. Most dates are told with no clock.
 */
const MAY_CLOCK = new RegExp(String.raw`\d(?:\s?[ap]|[:.h]\d)|${alternatives(Object.keys(NAMED_HOURS))}`, "iu");

/** The zone told right after a clock: " (local time)", " GMT", " ET". */
const ZONE_AFTER = new RegExp(String.raw`^\s*\(?\s*(${alternatives(Object.keys(ZONES))})(?![\p{L}\p{N}])\s*\)?`, "iu");

/** The words right before a clock that widen it, move it, or make it a bound. */
const WORD_BEFORE = new RegExp(String.raw`\b(${alternatives([...AROUND_WORDS, ...JUST_AFTER_WORDS, ...JUST_BEFORE_WORDS, ...BOUND_WORDS])})\s{1,3}(?:at\s{1,3})?$`, "iu");

/** A part of the day in or right after the date's words: "Saturday night", "Friday evening". */
const PART = caseBlind(String.raw`\b(${alternatives(Object.keys(PARTS_OF_DAY))})\b`);
/** A part of the day put before the date: "on the morning of June 3", "at dawn on Friday", "in the early hours of Sunday". */
// Case-blind over ASCII words (case-blind.ts): asked before every day's date.
const PART_BEFORE = caseBlind(String.raw`\b(?:(?:the\s{1,3})?(${alternatives(Object.keys(PARTS_OF_DAY))})\s{1,3}of|(?:at|before)\s{1,3}(dawn|daybreak)(?:\s{1,3}on)?)\s{1,3}$`);

/** What may stand between a date and its time: "June 24, 2021, at 1:22 a.m.", "1:35 a.m. on Tuesday". */
const JOIN_AFTER_DATE = /^[\s,]*(?:at\s{1,3})?$/iu;
const JOIN_BEFORE_DATE = /^[\s,]*(?:(?:on|of)\s{1,3}(?:the\s{1,3})?)?$/iu;

export interface Found {
  time: TimeOfDay;
  start: number;
  end: number;
}

/**
 * The mention with the time of day told with it, its span grown to hold the time's words.
 * @example withTimeOfDay("collapsed around 2 a.m. on Thursday, June 24, 2021", dateOf("Thursday, June 24, 2021")).time // { low: 90, high: 165, precision: "hour" }
 */
export function withTimeOfDay(text: string, mention: Mention): Mention {
  if (mention.kind !== "date" || mention.qualifier === "range" || typeof mention.value !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(mention.value)) return mention;
  const found = clockNear(text, mention) ?? partNear(text, mention);
  if (!found) return mention;
  mention.time = found.time;
  mention.start = Math.min(mention.start, found.start);
  mention.end = Math.max(mention.end, found.end);
  return mention;
}

const REACH = 60;

function clockNear(text: string, mention: Mention): Found | null {
  const from = Math.max(0, mention.start - REACH);
  const region = text.slice(from, Math.min(text.length, mention.end + REACH));
  if (!MAY_CLOCK.test(region)) return null;
  for (const m of clockMatches(region)) {
    const start = from + m.index;
    const { zone, words } = zoneAfter(text, start + m[0].length);
    const end = start + m[0].length + (zone ? words.length : 0);
    // "on Monday at around 1.30pm": the word that widens the clock stands between it and the date.
    const widened = wordBefore(text, start);
    const opens = widened ? start - widened[0].length : start;
    const joined = (start >= mention.start && end <= mention.end)
      || (end <= mention.start && JOIN_BEFORE_DATE.test(text.slice(end, mention.start).replace(CONVERSION, "")))
      || (opens >= mention.end && JOIN_AFTER_DATE.test(text.slice(mention.end, opens)));
    if (!joined) continue;
    return clockRead(m, start, end, zone, widened);
  }
  return null;
}

/** The word right before a clock that widens it ("around"), moves it or makes it a bound, read once per clock. */
const wordBefore = (text: string, start: number) => WORD_BEFORE.exec(text.slice(Math.max(0, start - 30), start));

/** A clock's time as written at `start` (its zone read up to `end`), with the word before it (`wordBefore`) that widens it; null for a bound. */
function clockRead(m: RegExpMatchArray, start: number, end: number, zone: string | undefined, word: RegExpExecArray | null): Found | null {
  const minute = minuteOf(m);
  if (minute === null) return null;
  const time = spread(minute.at, minute.precision, word?.[1]?.toLowerCase().replace(/\s+/g, " "));
  if (!time) return null;
  if (zone) time.zone = zone;
  return { time, start: word ? start - word[0].length : start, end };
}

/**
 * Every clock time of the text read on its own, not joined to a date (dates/event-clock.ts
 * gives some of them a day): its span with the words that widen it, and its time.
 * @example clockTimes("The quake struck at around 11 am local time.")[0].time // { low: 630, high: 705, precision: "hour", zone: "local" }
 */
export function clockTimes(text: string): Found[] {
  const out: Found[] = [];
  for (const m of clockMatches(text)) {
    // "21:00 local time (18:00 GMT)": the clock in brackets is the one before it, converted.
    const last = out[out.length - 1];
    if (last && /^\s*\(\s*$/u.test(text.slice(last.end, m.index))) continue;
    const { zone, words } = zoneAfter(text, m.index + m[0].length);
    const found = clockRead(m, m.index, m.index + m[0].length + (zone ? words.trimEnd().length : 0), zone, wordBefore(text, m.index));
    if (found) out.push(found);
  }
  return out;
}

/** The zone named right after a clock ending at `at`, and the words that name it ("" and no zone when none). */
function zoneAfter(text: string, at: number): { zone: string | undefined; words: string } {
  const found = ZONE_AFTER.exec(text.slice(at));
  const zone = found ? knownZone(found[1]!) : undefined;
  return { zone, words: zone ? found![0] : "" };
}

/** A zone id for the words, where they are a zone as written: abbreviations only in capitals ("ET", not "et"). */
function knownZone(words: string): string | undefined {
  const id = ZONES[words.toLowerCase().replace(/\s+/g, " ")];
  if (!id) return undefined;
  return /\s/.test(words) || words.length > 4 || words === words.toUpperCase() || words.toLowerCase() === "local" ? id : undefined;
}

function minuteOf(m: RegExpMatchArray): { at: number; precision: TimeOfDay["precision"] } | null {
  if (m[3]) {
    const hour = (Number(m[1]) % 12) + (m[3].toLowerCase() === "p" ? 12 : 0);
    return { at: hour * 60 + (m[2] ? Number(m[2]) : 0), precision: m[2] ? "minute" : "hour" };
  }
  if (m[4]) return { at: Number(m[4]) * 60 + Number(m[5]), precision: "minute" };
  if (m[7]) return { at: Number(m[7]) * 60 + Number(m[8]), precision: "minute" };
  const named = m[6] ? NAMED_HOURS[m[6].toLowerCase()] : undefined;
  return named === undefined ? null : { at: named, precision: "hour" };
}

/**
 * How far "around" widens a time written to the minute, by the rounding its minutes show: "around
 * 10:30pm" is a time rounded to the half hour (10:15 to 10:45), "around 10:45pm" to the quarter,
 * "around 10:25pm" to five minutes.
 * @example aroundMinutes(22 * 60 + 30) // 15
 */
function aroundMinutes(at: number): number {
  const minutes = at % 60;
  return minutes % 30 === 0 ? HALF_HOUR_ROUNDED : minutes % 15 === 0 ? QUARTER_ROUNDED : AROUND_MINUTE;
}

/** Half of a half hour and of a quarter: the reach of "around" a time rounded to either. */
const HALF_HOUR_ROUNDED = 15;
const QUARTER_ROUNDED = 8;
/** Half of ten minutes: the reach of a time whose minutes are written in tens. */
const TENS_ROUNDED = 5;

/** The minutes a clock time covers as written: "1:22 a.m." one; "around 2 a.m." an hour or so; none for a bound. */
function spread(at: number, precision: TimeOfDay["precision"], word: string | undefined): TimeOfDay | null {
  if (word && BOUND_WORDS.includes(word)) return null;
  const minute = precision === "minute";
  if (word && JUST_AFTER_WORDS.includes(word)) return { low: at, high: at + (minute ? JUST_BY : HOUR_AFTER), precision };
  if (word && JUST_BEFORE_WORDS.includes(word)) return { low: at - (minute ? JUST_BY : AROUND_HOUR), high: at, precision };
  const around = Boolean(word && AROUND_WORDS.includes(word));
  // A minute written in tens ("10.30 am", "7.20 pm") is read as numbers are (a figure's step): to the nearest ten minutes.
  const reach = around ? aroundMinutes(at) : at % 10 === 0 ? TENS_ROUNDED : 0;
  if (minute) return { low: at - reach, high: at + reach, precision };
  return { low: at - (around ? AROUND_HOUR : HOUR_BEFORE), high: at + HOUR_AFTER, precision };
}

function partNear(text: string, mention: Mention): Found | null {
  const inside = PART.exec(text.slice(mention.start, mention.end));
  const after = inside ? null : /^\s{1,3}(morning|afternoon|evening|night)\b/iu.exec(text.slice(mention.end));
  const before = inside || after ? null : PART_BEFORE.exec(text.slice(Math.max(0, mention.start - 40), mention.start));
  const word = (inside?.[1] ?? after?.[1] ?? before?.[1] ?? before?.[2])?.toLowerCase().replace(/\s+/g, " ");
  const range = word ? PARTS_OF_DAY[word] : undefined;
  if (!range) return null;
  const time: TimeOfDay = { low: range[0], high: range[1], precision: "part" };
  if (before && /^before/i.test(before[0].trim())) time.low = 0;
  // A part of the day put before the date ("on the morning of June 3") is left out of the span: the
  // readers of the date's clause read it there ("On the night of ..., X collapsed").
  return { time, start: mention.start, end: after ? mention.end + after[0].length : mention.end };
}
