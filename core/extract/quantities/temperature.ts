import { getUnit } from "../../units/index.js";
import { mark, type Candidate } from "./candidate.js";

const BELOW_ZERO = /^[ \t]{1,2}below[ \t]{1,2}(?:zero|freezing)(?![A-Za-z])/i;

/**
 * "2 degrees below zero", "20 below zero": a temperature under zero, the words after it its sign.
 * @example belowZero("2 degrees below zero", two) // value -2, unit deg
 */
export function belowZero(text: string, c: Candidate): void {
  // Cheap first: "below" starts one or two blanks after the figure.
  if (text.charCodeAt(c.end + 1) !== 98 && text.charCodeAt(c.end + 2) !== 98) return;
  const m = BELOW_ZERO.exec(text.slice(c.end, c.end + 24));
  if (!m || c.value <= 0 || c.upper || (c.unit && c.unit.dimension !== "temperature")) return;
  c.unit ??= getUnit("deg");
  c.value = -c.value;
  c.end += m[0].length;
  mark(c, "below-zero");
}

/**
 * "convert - 20 degrees fahrenheit": below zero, a spaced minus after a word still means minus.
 * @example spacedMinus("convert - 20 degrees fahrenheit", twenty) // value -20
 */
export function spacedMinus(text: string, c: Candidate): void {
  if (c.value <= 0 || !/[A-Za-z][ \t]-[ \t]$/.test(text.slice(Math.max(0, c.start - 4), c.start))) return;
  // "- 10 to 40°C": the sign is the low end's, so the range is -10 to 40, not 10 to 40.
  if (c.low === c.value) c.low = -c.value;
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
  // Kelvin runs from zero up; a glued K with decimals ("573.15K") is no thousand.
  if (c.unit?.id === "K") return c.value >= 0 && c.value <= 10000 && (c.step < 1 || talksOfHeat(text, c));
  const plausible = c.unit?.id === "C" ? c.value >= -90 && c.value <= 60 : c.value >= -130 && c.value <= 140;
  return plausible && (talksOfHeat(text, c) || !usedAsName(text, c.end));
}

export const HEAT_WORDS = /\b(?:temperatures?|degrees?|heat(?:wave)?|hot(?:ter|test)?|cold(?:er|est)?|warm(?:er|est|th|ing)?|cool(?:er|est|ing)?|chill\w*|freez\w*|frost\w*|weather|forecast|highs?|lows?|fever|thermometer|climate|scorch\w*|swelter\w*|boil\w*|the[ \t]mercury|sunshine|sunny|humid\w*|muggy|balmy)\b|°/i;

/** Weather or heat in the same stretch of text: "in the 40C heat", "highs of 38C". */
function talksOfHeat(text: string, c: Candidate): boolean {
  return HEAT_WORDS.test(text.slice(Math.max(0, c.start - 100), Math.min(text.length, c.end + 100)));
}

/** Words that may follow a temperature in a sentence: "40C in Gaziantep", "38C outside", "40C, and". */
const AFTER_TEMPERATURE = new Set(["in", "on", "at", "by", "for", "and", "or", "with", "to", "from", "as", "when", "while", "but", "during", "before", "after", "outside", "inside", "indoors", "outdoors", "today", "tonight", "yesterday", "overnight", "last", "this", "since", "above", "below", "over", "than", "compared", "across"]);

/**
 * "The 13F filing", "must 13F be filed": a glued letter followed by a noun or verb is a form,
 * grade or model name, not a reading. Punctuation, the end, or a preposition after it is not.
 */
function usedAsName(text: string, end: number): boolean {
  const next = /^[ \t]{1,3}([A-Za-z]{1,20})/.exec(text.slice(end, end + 24));
  return next !== null && !AFTER_TEMPERATURE.has(next[1]!.toLowerCase());
}
