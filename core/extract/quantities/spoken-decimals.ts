import { times, type NumberReading } from "../numbers/index.js";

const POINT = /^-point-(\d+)/i;
const AND_A_HALF = /^-and-a-half/i;
/** A scale word after a line break: wire copy wrapped at a fixed width ("to 8.3\ntrillion won"). */
const SCALE_AFTER_BREAK = /^[ \t]*\r?\n[ \t]*(thousand|million|billion|trillion)(?![A-Za-z])/i;
const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };

/**
 * Numbers as broadcast scripts and their transcripts write them, which the reader takes in
 * pieces: "two-point-43 trillion won" (2.43 trillion), "77-point-57 percent" (77.57),
 * "30-and-a-half trillion won" (30.5 trillion), and a scale word wrapped onto the next line
 * ("8.3\ntrillion won"). Each becomes one reading; the pieces go.
 * @example joinSpokenNumbers("came to two-point-43 trillion won", readings) // one reading, 2.43e12
 */
export function joinSpokenNumbers(text: string, readings: NumberReading[]): NumberReading[] {
  let out: NumberReading[] | undefined;
  for (let i = 0; i < readings.length; i++) {
    const a = readings[i]!;
    const next = readings[i + 1];
    let code = text.charCodeAt(a.end);
    // Blanks before a line break: look past them (rare), else one look decides.
    for (let k = a.end + 1; (code === 32 || code === 9) && k < a.end + 4; k++) code = text.charCodeAt(k);
    // Almost every number is followed by neither a hyphen nor a line break.
    if (code !== 45 && code !== 10 && code !== 13) continue;
    const joined = code === 45 ? joinAfterHyphen(text, a, next) : a.scaled || a.vague ? null : wrappedScale(text, a);
    if (!joined) continue;
    out ??= readings.slice();
    out[i] = joined;
    if (joined.end > a.end && next && next.start < joined.end) out[i + 1] = { ...next, start: -1 };
  }
  return out ? out.filter((r) => r.start >= 0) : readings;
}

function joinAfterHyphen(text: string, a: NumberReading, b: NumberReading | undefined): NumberReading | null {
  if (!b || !Number.isInteger(a.value) || a.scaled || a.vague) return null;
  const after = text.slice(a.end, a.end + 12);
  const point = POINT.exec(text.slice(a.end, a.end + 24));
  if (point && b.start === a.end + 7 && b.form === "digits") {
    const digits = point[1]!;
    const scale = b.value / Number(digits);
    if (!Number.isFinite(scale) || scale <= 0) return null;
    const value = times(a.value + Number(`0.${digits}`), scale);
    return { ...a, end: b.end, value, step: times(10 ** -digits.length, scale), form: "digits", scaled: b.scaled, fused: b.fused };
  }
  if (AND_A_HALF.test(after) && b.start === a.end + 5 && b.value > 0) {
    const scale = b.value / 0.5;
    return { ...a, end: b.end, value: times(a.value + 0.5, scale), step: times(0.5, scale), scaled: b.scaled, fused: b.fused };
  }
  return null;
}

function wrappedScale(text: string, a: NumberReading): NumberReading | null {
  const m = SCALE_AFTER_BREAK.exec(text.slice(a.end, a.end + 16));
  if (!m) return null;
  const scale = SCALES[m[1]!.toLowerCase()]!;
  return { ...a, end: a.end + m[0].length, value: times(a.value, scale), step: times(a.step, scale), scaled: true };
}
