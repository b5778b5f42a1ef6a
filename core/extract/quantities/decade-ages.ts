import { getUnit } from "../../units/index.js";
import type { NumberReading } from "../numbers/index.js";
import { candidateFor, mark, type Candidate } from "./candidate.js";

/**
 * "in his eighties", "in her early 30s", "a man in his late seventies": an age given as a decade
 * of life, as news and court reports write it when they withhold the exact age. Read as a range
 * of years ("eighties" is 80 to 89; "early" 80-83, "mid" 84-86, "late" 87-89), vague, never exact.
 * Only after a possessive ("his", "her", "their"): "the eighties" alone is a decade of a century.
 */

const DECADES: Record<string, number> = {
  twenties: 20, thirties: 30, forties: 40, fifties: 50, sixties: 60, seventies: 70, eighties: 80, nineties: 90,
};
const DECADE_AGE = /\b(?:in|into)[ \t]{1,2}(?:his|her|their)[ \t]{1,2}(?:(early|mid|late)[ \t-]{1,2})?(teens|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties|[2-9]0s|[2-9]0's)(?![A-Za-z0-9])/gi;
/** Where in the decade each word puts the age: [first, last] year; the teens run from 13 to 19. */
const PART: Record<string, [number, number]> = { early: [0, 3], mid: [4, 6], late: [7, 9], "": [0, 9] };
const TEENS: Record<string, [number, number]> = { early: [13, 15], mid: [15, 17], late: [17, 19], "": [13, 19] };

/** The decade-of-life ages in `text`, as candidates already read (unit year, a vague range). */
export function decadeAges(text: string): Candidate[] {
  // Cheap gate: no possessive, no age of this kind.
  if (!(text.includes(" his ") || text.includes(" her ") || text.includes(" their "))) return [];
  const out: Candidate[] = [];
  const year = getUnit("year");
  DECADE_AGE.lastIndex = 0;
  for (let m = DECADE_AGE.exec(text); m; m = DECADE_AGE.exec(text)) {
    const word = m[2]!.toLowerCase();
    const decade = DECADES[word] ?? Number.parseInt(word, 10);
    const part = m[1]?.toLowerCase() ?? "";
    const [low, high] = word === "teens" ? TEENS[part]! : [decade + PART[part]![0], decade + PART[part]![1]];
    const start = m.index + m[0].length - (m[1] ? m[0].length - m[0].search(new RegExp(m[1], "i")) : m[2]!.length);
    const reading: NumberReading = { start, end: m.index + m[0].length, value: low, step: 10, form: "words", vague: true };
    const c = candidateFor(reading);
    c.unit = year;
    c.qualifier = "range";
    c.low = low;
    c.high = high;
    c.vague = true;
    mark(c, "decade-age");
    out.push(c);
  }
  return out;
}
