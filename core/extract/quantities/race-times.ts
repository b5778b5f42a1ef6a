import { getUnit } from "../../units/index.js";
import { drop, mark, type Candidate } from "./candidate.js";

/**
 * A finishing time written as hours, minutes and seconds: "won the marathon in 2:09:36",
 * "clocked 2:55:18", "a record of 4:32:10". Read as one duration in hours, its parts no figures
 * of their own. A clock time with seconds is rare in prose and is said with "at" or a zone
 * ("at 10:30:00 GMT"): not read.
 */

/** ":MM:SS" after the hours: two groups of two digits under 60. */
const MINUTES_SECONDS = /^:([0-5]\d):([0-5]\d)(?:\.(\d{1,2}))?(?![\d:])/;
/** A time of day: "at", "from", "until", "by" before, or a zone or am/pm after. */
const CLOCK_BEFORE = /\b(?:at|from|until|till|by|before|after|since|around)[ \t]{1,2}$/i;
const CLOCK_AFTER = /^[ \t]*(?:[ap]\.?m\b|GMT|UTC|BST|CET|CEST|EST|EDT|CST|PST|PDT|IST|ET|PT|local|hrs|h\b)/i;

/** Joins "2:09:36" into one candidate of 2.16 hours. */
export function raceTimes(text: string, live: Candidate[]): void {
  for (const c of live) {
    if (c.dropped || c.reading.form !== "digits" || text.charCodeAt(c.reading.end) !== 58 || c.value > 99 || !Number.isInteger(c.value)) continue;
    const m = MINUTES_SECONDS.exec(text.slice(c.reading.end, c.reading.end + 10));
    if (!m) continue;
    const end = c.reading.end + m[0].length;
    if (CLOCK_BEFORE.test(text.slice(Math.max(0, c.start - 8), c.start)) || CLOCK_AFTER.test(text.slice(end, end + 6))) continue;
    const seconds = Number(m[2]) + (m[3] ? Number(`0.${m[3]}`) : 0);
    c.value = Number((c.value + Number(m[1]) / 60 + seconds / 3600).toPrecision(12));
    c.step = (m[3] ? 10 ** -m[3].length : 1) / 3600;
    c.unit = getUnit("h");
    c.end = end;
    c.numberEnd = end;
    mark(c, "race-time");
    for (const o of live) if (o !== c && o.start >= c.reading.end && o.start < end) drop(o, "part-of-time");
  }
}
