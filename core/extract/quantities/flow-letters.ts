import type { Candidate } from "./candidate.js";

/** "280,700b/d": the scale letter "b" read as billions is the first letter of barrels a day. */
const BILLION = 1e9;

/**
 * "output rose by 280,700b/d": the number reader takes the "b" glued to the figure for billions;
 * before "/d" it begins "b/d" (barrels a day), so the figure is unscaled and the unit step reads
 * "b/d". Runs first, before a junk rule takes "…b/d" for a code. Two character looks per scaled figure.
 */
export function flowLetters(text: string, live: Candidate[]): void {
  for (const c of live) {
    const r = c.reading;
    // Cheap first: a scaled figure whose last letter is b with a slash after it (no scan of the text).
    if (c.dropped || !r.scaled || text.charCodeAt(r.end) !== 0x2f || (text.charCodeAt(r.end - 1) | 32) !== 0x62) continue;
    if (r.form !== "digits" || !/^[bB]\/[dD](?![A-Za-z])/.test(text.slice(r.end - 1, r.end + 3))) continue;
    c.reading = { ...r, end: r.end - 1, value: r.value / BILLION, step: r.step / BILLION, scaled: false };
    c.end = c.numberEnd = r.end - 1;
    c.value = c.reading.value;
    c.step = c.reading.step;
  }
}
