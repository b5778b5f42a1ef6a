import { newMention, type Mention } from "../mention.js";
import { LONG_RACES } from "./data/long-races.js";

/**
 * A finishing time without seconds, "Rop won in 2:09", "finished in 2:21 to win the marathon":
 * hours and minutes when the sentence says it is a time (a finish verb and "in", or "clocked",
 * "a time of") and names a long race. With seconds ("2:09:36") the quantity step reads it; a
 * mile is won "in 3:49" (minutes and seconds) and a marathon starts "at 7:30" (a clock time),
 * so neither is read here. Splits ("clocked 4:35 for the first mile") and paces are no finish.
 */
const HOURS_MINUTES = /(?<![\d:.,])([1-9]):([0-5]\d)(?![\d:])/g;
const SAID_AS_TIME = new RegExp(
  [
    "\\b(?:finish(?:ed|es|ing)?|won|wins?|winning|ran|runs?|clocked|clocking|timed|crossed\\s{1,2}the\\s{1,2}(?:finish\\s{1,2})?line)(?:\\s{1,2}[^\\s.,;:!?]{1,20}){0,4}?\\s{1,2}in\\s{1,2}$",
    "\\b(?:clocked|clocking|ran|timed)\\s{1,2}(?:an?\\s{1,2})?(?:unofficial\\s{1,2})?$",
    "\\b(?:time|record|best|mark)\\s{1,2}of\\s{1,2}$",
  ].join("|"),
  "i",
);
/** A stretch of the race before "in" ("ran the final mile in 4:40", "the first 5K in"): a split. */
const SPLIT_BEFORE = /\b(?:miles?|laps?|kilomet\w*|km|\d+\s?(?:k|m|metres?|meters?)|half(?:way|-way)?|splits?|stretch|leg)\b[^.!?]{0,12}$/i;
/** A clock time ("2:09 p.m.", "2:09 GMT"), a split or a pace after the figure. */
const NOT_A_FINISH_AFTER = /^(?:\s{0,2}(?:[ap]\.?m\b|hrs?\b|h\b)|\s{1,2}(?:for\s{1,2}the|per|pace|a\s{1,2}mile|miles?|km|kilomet|laps?|splits?|at\s{1,2}the\s{1,2}(?:half|\d)))/i;
/** A time zone after the figure, in capitals as written ("2:09 GMT", "2:09 EDT"). */
const ZONE_AFTER = /^\s{0,2}(?:GMT|UTC|[A-Z]{1,4}T)\b/;
const SENTENCE_END = /[.!?]\s{1,3}(?=[A-Z"“'‘])/g;
const RACE = new RegExp(LONG_RACES.join("|"), "i");

/**
 * @example raceTimes("Rop won the Boston Marathon in 2:09.") // [2.15 h, "2:09"]
 */
export function raceTimes(text: string): Mention[] {
  // Most texts hold no "H:MM" at all: a race's name is looked for in those that do.
  if (!holdsHoursMinutes(text) || !RACE.test(text)) return [];
  const found: Mention[] = [];
  HOURS_MINUTES.lastIndex = 0;
  for (let m = HOURS_MINUTES.exec(text); m; m = HOURS_MINUTES.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const before = text.slice(Math.max(0, start - 60), start);
    const said = SAID_AS_TIME.exec(before);
    if (!said || SPLIT_BEFORE.test(said[0])) continue;
    const after = text.slice(end, end + 16);
    if (NOT_A_FINISH_AFTER.test(after) || ZONE_AFTER.test(after)) continue;
    if (!RACE.test(sentenceAround(text, start, end))) continue;
    found.push(newMention({
      kind: "duration", start, end, value: Number((Number(m[1]) + Number(m[2]) / 60).toPrecision(12)), unit: "h",
      dimension: "time", qualifier: "exact", step: 1 / 60, rules: ["duration", "duration-race-time"],
    }));
  }
  return found;
}

/** Whether a colon of the text stands between a digit 1-9 and two digits 0-59, as every match of HOURS_MINUTES does. */
function holdsHoursMinutes(text: string): boolean {
  for (let i = text.indexOf(":", 1); i >= 0; i = text.indexOf(":", i + 1)) {
    const h = text.charCodeAt(i - 1);
    const m = text.charCodeAt(i + 1);
    const n = text.charCodeAt(i + 2);
    if (h >= 0x31 && h <= 0x39 && m >= 0x30 && m <= 0x35 && n >= 0x30 && n <= 0x39) return true;
  }
  return false;
}

/** The sentence holding the figure, by a plain full-stop rule (enough to find a race's name). */
function sentenceAround(text: string, start: number, end: number): string {
  let from = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m && m.index < start; m = SENTENCE_END.exec(text)) from = m.index + 1;
  SENTENCE_END.lastIndex = end;
  const next = SENTENCE_END.exec(text);
  return text.slice(from, next ? next.index + 1 : text.length);
}

/**
 * "won in 2:09 on Monday": the date reader takes "2:09" for the time of Monday; the race time
 * keeps its figure and the date starts after it. Run before overlaps, which would give the
 * whole span to the date.
 */
export function datesAfterRaceTimes(text: string, mentions: Mention[]): Mention[] {
  const times = mentions.filter((m) => m.kind === "duration" && m.rules.includes("duration-race-time"));
  if (times.length === 0) return mentions;
  return mentions.map((m) => {
    const time = m.kind === "date" ? times.find((t) => t.start === m.start && t.end < m.end) : undefined;
    if (!time) return m;
    const start = time.end + (/^\s*/.exec(text.slice(time.end, m.end))?.[0].length ?? 0);
    return { ...m, start };
  });
}
