import { getUnit } from "../../units/index.js";
import { mark, type Candidate } from "./candidate.js";
import { HEAT_WORDS } from "./temperature.js";

/** Before a decade of degrees: "the 60s", "mid to high 20's", "into the 20s", "low-30s". */
const DECADE_BEFORE = /\b(?:the|mid|high|low|upper|lower|into|in),?[ \t-]{1,2}$/i;
/** After the tens: "s", "'s" or "’s", then perhaps the scale: "30s Celsius", "20’s °C". */
const DECADE_AFTER = /^(?:['\u2019]?s)(?:[ \t]{0,2}(°[ \t]?[CF]\b|celsius|fahrenheit|centigrade)|(?![A-Za-z]))/i;

/**
 * "Temperatures fell from the 60s into the 20s", "mid to high 30s Celsius": a decade of degrees,
 * vague (the 60s are 60 to 69), not sixty seconds or the 1960s. Needs weather words near and a
 * multiple of ten a thermometer shows. The scale is the one written after it, else the text's
 * or the outlet's (degree-scale.ts, locale.ts).
 * @example decadeTemperature("fell from the 60s into the 20s", sixty) // true, vague, deg
 */
export function decadeTemperature(text: string, c: Candidate): boolean {
  if (c.reading.form !== "digits" || c.reading.scaled || c.upper || !Number.isInteger(c.value)) return false;
  if (c.value % 10 !== 0 || c.value < 0 || c.value > 110) return false;
  const after = DECADE_AFTER.exec(text.slice(c.numberEnd, c.numberEnd + 16));
  if (!after || !DECADE_BEFORE.test(text.slice(Math.max(0, c.start - 8), c.start)) || !heatInSentence(text, c)) return false;
  const scale = after[1]?.replace(/[°\s]/g, "").toLowerCase();
  const unit = getUnit(scale === undefined ? "deg" : scale.startsWith("f") ? "F" : "C");
  if (!unit) return false;
  c.unit = unit;
  c.end = c.numberEnd + after[0].length;
  c.vague = true;
  c.qualifier = "range";
  c.qualifierText = text.slice(c.start, c.end);
  c.low = c.value;
  c.high = c.value + 9;
  mark(c, "decade-temperature");
  return true;
}

/** Weather words in the figure's own sentence: "hits of the 60s" after a weather sentence is music. */
function heatInSentence(text: string, c: Candidate): boolean {
  const from = Math.max(0, c.start - 160);
  const head = text.slice(from, c.start);
  const cut = Math.max(head.lastIndexOf(". "), head.lastIndexOf("\n"), head.lastIndexOf("! "), head.lastIndexOf("? "));
  const tail = text.slice(c.end, c.end + 80);
  const stop = tail.search(/[.!?](?:\s|$)|\n/);
  return HEAT_WORDS.test(head.slice(cut + 1)) || HEAT_WORDS.test(stop < 0 ? tail : tail.slice(0, stop));
}
