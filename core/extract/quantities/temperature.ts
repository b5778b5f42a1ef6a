import type { Candidate } from "./candidate.js";

/**
 * "convert - 20 degrees fahrenheit": below zero, a spaced minus after a word still means minus.
 * @example spacedMinus("convert - 20 degrees fahrenheit", twenty) // value -20
 */
export function spacedMinus(text: string, c: Candidate): void {
  if (c.value <= 0 || !/[A-Za-z][ \t]-[ \t]$/.test(text.slice(Math.max(0, c.start - 4), c.start))) return;
  c.value = -c.value;
  c.start -= 2;
}

const ANGLE_WORDS = /\b(?:rotate[sd]?|rotating|turn(?:s|ed|ing)?|angle[sd]?|tilt(?:s|ed)?|bank(?:s|ed)?|heading|bearing|latitude|longitude|north|south|east|west)\b/i;

/**
 * "40C" and "104F" are temperatures, "777F", "13F filing" and "14.7C/" are model names and
 * codes: a glued scale letter needs a plausible weather or body value and no slash after it.
 * "90 degrees" next to turn, rotate or angle is an angle, which is not in the table.
 * @example plausibleTemperature("a Boeing 777F", candidate777F, true) // false
 */
export function plausibleTemperature(text: string, c: Candidate, attached: boolean): boolean {
  const written = text.slice(c.numberEnd, c.end).trim();
  if (c.unit?.id === "deg") {
    const around = text.slice(Math.max(0, c.start - 24), Math.min(text.length, c.end + 12));
    return !ANGLE_WORDS.test(around);
  }
  if (written.length !== 1) return true;
  if (text[c.end] === "/" || (!attached && text[c.end] === "-")) return false;
  return c.unit?.id === "C" ? c.value >= -90 && c.value <= 60 : c.value >= -130 && c.value <= 140;
}
