import type { NumberReading } from "./reading.js";

/** Reads the number that starts exactly at `i`, if any (passed in to avoid a module cycle). */
export type ReadAt = (text: string, i: number) => NumberReading | null;

const OUT_OF = /[ \t]{1,2}out[ \t]of[ \t]{1,2}/y;
const OVER = /[ \t]{1,2}over[ \t]{1,2}/y;
const IN = /[ \t]{1,2}in[ \t]{1,2}/y;
/** After "A over B" nothing but punctuation: "1 over 3." (not "20 over 10 years", "over 300 people"). */
const ENDS_CLAUSE = /^[ \t]{0,2}(?:[.,;:!?)]|$)/;

function ratio(reading: NumberReading, whole: NumberReading, proper = true): NumberReading | null {
  if (whole.value === 0 || (proper && whole.value < Math.abs(reading.value))) return null;
  return { start: reading.start, end: whole.end, value: reading.value / whole.value, step: 1 / whole.value, form: "fraction", ratio: true };
}

function after(text: string, re: RegExp, reading: NumberReading, readAt: ReadAt): NumberReading | null {
  re.lastIndex = reading.end;
  return re.test(text) ? readAt(text, re.lastIndex) : null;
}

/**
 * Ratios of two numbers: "one out of three", "1 in 21" (only one in something, so "8 in 5"
 * stays two numbers), "1 over 3" (only when the clause ends there, so "20 over 10 years" and
 * "since 2011 over 500,000 people" stay apart).
 * @example withRatio("one in five children", one, readAt).value // 0.2
 */
export function withRatio(text: string, reading: NumberReading, readAt: ReadAt): NumberReading {
  const outOf = after(text, OUT_OF, reading, readAt);
  if (outOf) return ratio(reading, outOf) ?? reading;
  if (reading.value === 1 && !reading.grouped) {
    const inWhole = after(text, IN, reading, readAt);
    if (inWhole && !(inWhole.form === "digits" && inWhole.value >= 1000)) return ratio(reading, inWhole) ?? reading;
  }
  const over = after(text, OVER, reading, readAt);
  if (over && ENDS_CLAUSE.test(text.slice(over.end, over.end + 4))) return ratio(reading, over, false) ?? reading;
  return reading;
}
