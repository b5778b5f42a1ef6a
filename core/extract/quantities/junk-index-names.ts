import type { JunkRule } from "./junk-codes.js";

/** "S&P/ASX 200", "S&P/NZX 50", "FTSE/JSE 40": an index named by its exchanges, then how many stocks it holds. */
const INDEX_BEFORE = /(?:^|[^A-Za-z])[A-Z&]{2,6}\/[A-Z]{2,6}[ \t]$/;

/** The number in a stock index's name counts nothing the story claims. */
export const INDEX_NAME_RULES: JunkRule[] = [
  {
    name: "index-name",
    // Cheap first: a capital right before the blank.
    test: (text, c) => c.reading.form === "digits" && /[A-Z]/.test(text[c.reading.start - 2] ?? "") &&
      INDEX_BEFORE.test(text.slice(Math.max(0, c.reading.start - 16), c.reading.start)),
  },
];
