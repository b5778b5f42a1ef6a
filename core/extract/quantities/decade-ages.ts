import { getUnit } from "../../units/index.js";
import { DECADE_WORDS } from "../numbers/index.js";
import { drop, mark, type Candidate } from "./candidate.js";

/**
 * "in his eighties", "in her early 30s", "a man in his late seventies": an age given as a decade
 * of life, as news and court reports write it when they withhold the exact age. Read as a range
 * of years ("eighties" is 80 to 89; "early" 80-83, "mid" 84-86, "late" 87-89), vague, never exact.
 * Only after "in" or "into" and a possessive: "the eighties" alone is a decade of a century and
 * no figure. The number reader reads the decade words (numbers/words.ts), so no pass over the
 * text is needed here.
 */

const POSSESSIVE_BEFORE = /\b(?:in|into)[ \t]{1,2}(?:his|her|their)[ \t]{1,2}(?:(early|mid|late)[ \t-]{1,2})?$/i;
/** Where in the decade each word puts the age: [first, last] year; the teens run from 13 to 19. */
const PART: Record<string, [number, number]> = { early: [0, 3], mid: [4, 6], late: [7, 9], "": [0, 9] };
const TEENS: Record<string, [number, number]> = { early: [13, 15], mid: [15, 17], late: [17, 19], "": [13, 19] };
/** "30s", "30's" after the digits. */
const DIGIT_DECADE = /^'?s(?![A-Za-z0-9])/;

/** Decade words read as numbers become ages after a possessive, or are dropped; "30s" after one becomes an age. */
export function decadeAges(text: string, live: Candidate[]): void {
  for (const c of live) {
    if (c.dropped || c.reading.step !== 10) continue;
    const word = c.reading.form === "words" && c.reading.vague;
    const digits = c.reading.form === "digits" && c.value >= 20 && c.value <= 90 && c.value % 10 === 0;
    if (!word && !digits) continue;
    const name = word ? text.slice(c.reading.start, c.reading.end).toLowerCase() : "";
    if (word && !DECADE_WORDS.has(name)) continue;
    const suffix = digits ? DIGIT_DECADE.exec(text.slice(c.reading.end, c.reading.end + 3)) : null;
    if (digits && !suffix) continue;
    const before = POSSESSIVE_BEFORE.exec(text.slice(Math.max(0, c.start - 30), c.start));
    if (!before) {
      if (word) drop(c, "decade");
      continue;
    }
    const part = before[1]?.toLowerCase() ?? "";
    const [low, high] = name === "teens" ? TEENS[part]! : [c.value + PART[part]![0], c.value + PART[part]![1]];
    if (before[1]) c.start -= before[0].length - before[0].toLowerCase().indexOf(part);
    if (suffix) c.end = c.reading.end + suffix[0].length;
    c.numberEnd = c.end;
    c.value = low;
    c.unit = getUnit("year");
    c.qualifier = "range";
    c.low = low;
    c.high = high;
    c.vague = true;
    mark(c, "decade-age");
  }
}
