import type { JunkRule } from "./junk-codes.js";

/** "S&P/ASX 200", "S&P/NZX 50", "FTSE/JSE 40": an index named by its exchanges, then how many stocks it holds. */
const INDEX_BEFORE = /(?:^|[^A-Za-z])[A-Z&]{2,6}\/[A-Z]{2,6}[ \t]$/;

/** "based on 2005=100", "(January 1987 = 100)", "2015 = 100": a price index's base period set to 100. */
const BASE_PERIOD = /(?:^|[^\d])(?:19|20)\d\d[ \t]{0,2}=[ \t]{0,2}$/;

/** The number in a stock index's name, or the 100 of an index's base, counts nothing the story claims. */
export const INDEX_NAME_RULES: JunkRule[] = [
  {
    name: "index-name",
    // Cheap first: a capital right before the blank.
    test: (text, c) => c.reading.form === "digits" && /[A-Z]/.test(text[c.reading.start - 2] ?? "") &&
      INDEX_BEFORE.test(text.slice(Math.max(0, c.reading.start - 16), c.reading.start)),
  },
  {
    name: "index-base",
    test: (text, c) => c.reading.value === 100 && text.lastIndexOf("=", c.reading.start) >= c.reading.start - 3 &&
      BASE_PERIOD.test(text.slice(Math.max(0, c.reading.start - 12), c.reading.start)),
  },
];
