import type { JunkRule } from "./junk-codes.js";

/** "in the last 16 of the Champions League", "reached the final four": a round of a tournament. */
const ROUND_BEFORE = /\bthe[ \t]{1,2}(?:last|final|round[ \t]{1,2}of|top)[ \t]{1,2}$/i;
const ROUND_END = new Set([116, 108, 112, 102]);
const ROUND_AFTER = /^[ \t]{1,2}(?:of[ \t]{1,2}the|stage|tie|draw|clash|round|places?|spot)(?![A-Za-z])/i;
/** "rates at 1958 lows", "2008 highs": a year that dates a level, not a count of lows. */
const LEVEL_FIRST = new Set([108, 104, 112]);
const YEAR_LEVEL_AFTER = /^[ \t]{1,2}(?:lows?|highs?|levels?|peaks?)(?![A-Za-z])/i;

/** "up 6.1% over 2015", "a 3 per cent rise on 2014": the year an amount of change is measured against. */
const YEAR_COMPARED_BEFORE = /(?:%|per[ \t]?cent|percent|pc)[ \t]{1,2}(?:over|on|against|versus|vs\.?)[ \t]{1,2}$/i;

/** Rounds of a competition, years of a record level or of a comparison: numbers that count nothing. */
export const ROUND_RULES: JunkRule[] = [
  {
    name: "tournament-round",
    // Cheap first: "last ", "final ", "top ", "round of " end in t, l, p or f before the blank.
    test: (text, c) => c.reading.value <= 64 && ROUND_END.has(text.charCodeAt(c.start - 2) | 32) &&
      ROUND_BEFORE.test(text.slice(Math.max(0, c.start - 16), c.start)) &&
      ROUND_AFTER.test(text.slice(c.reading.end, c.reading.end + 12)),
  },
  {
    name: "year-of-level",
    // Cheap first: a year, a blank, then l, h or p ("lows", "highs", "levels", "peak").
    test: (text, c) => c.reading.value >= 1800 && c.reading.value <= 2100 && text.charCodeAt(c.reading.end) === 32 &&
      LEVEL_FIRST.has(text.charCodeAt(c.reading.end + 1) | 32) && c.reading.form === "digits" && !c.reading.grouped &&
      Number.isInteger(c.reading.value) && YEAR_LEVEL_AFTER.test(text.slice(c.reading.end, c.reading.end + 8)),
  },
  {
    name: "year-compared",
    // Cheap first: a four-digit year, ungrouped, after a blank.
    test: (text, c) => c.reading.value >= 1900 && c.reading.value <= 2100 && c.reading.form === "digits" && !c.reading.grouped &&
      Number.isInteger(c.reading.value) && c.reading.end - c.reading.start === 4 && text.charCodeAt(c.reading.start - 1) === 32 &&
      YEAR_COMPARED_BEFORE.test(text.slice(Math.max(0, c.reading.start - 24), c.reading.start)),
  },
];
