import type { Mention } from "../mention.js";
import { pointsAtDate } from "./date-pointers.js";

/** "a year", "an hour", "per month", "each week": the time unit a rate is per, not a duration. */
const PER_WORDS = /^(?:an?|per|each|every)[ \t\u00a0]/i;
/** Between an amount and its "a year": spaces, after a bracketed conversion's ")" too ("120 km (75 miles) an hour"); "$3 billion of aid a year" is too far. */
const GAP = /^\)?[ \t\u00a0]{1,2}$/;

/**
 * Rates: "188 miles an hour", "$50,000 a year", "2% a month". The durations finder reads "a
 * year" as one year, which no story claims there; the amount it divides stays, the "per" part
 * goes. Runs before overlaps, so "188 miles an hour" (a speed) is not beaten by its "an hour".
 * An age ("47 years old") holds the duration it is written with, and drops it the same way; a
 * duration that only points at a date ("two years ago", "the past week") goes too.
 * @example dropRateDurations(text, [q("$50,000"), d("a year")]) // [q("$50,000")]
 */
export function dropRateDurations(text: string, mentions: readonly Mention[]): Mention[] {
  const amounts = mentions.filter((m) => m.kind === "quantity" || m.kind === "percent");
  if (amounts.length === 0) return mentions.filter((m) => m.kind !== "duration" || !pointsAtDate(text, m));
  const ends = new Set(amounts.map((m) => m.end));
  return mentions.filter((m) => {
    // "two years ago", "the past week", "full-year guidance": no length of time is claimed (date-pointers.ts).
    if (m.kind === "duration" && pointsAtDate(text, m)) return false;
    // "47 years old": the age read the duration's words.
    if (m.kind === "duration" && amounts.some((a) => a.start <= m.start && a.end >= m.end && a.end - a.start > m.end - m.start)) return false;
    if (m.kind !== "duration" || m.value !== 1 || !PER_WORDS.test(text.slice(m.start, m.end))) return true;
    for (let gap = 1; gap <= 3; gap++) if (ends.has(m.start - gap) && GAP.test(text.slice(m.start - gap, m.start))) return false;
    return true;
  });
}
