import type { JunkRule } from "./junk-codes.js";
import { GRADE_WORDS } from "./data/label-words.js";

const GRADE_AFTER = new RegExp(`^[ \\t]{1,2}(?:${GRADE_WORDS.join("|")})(?![A-Za-z0-9])`, "i");

/**
 * "a litre of 95 ULP petrol in Gauteng", "93 unleaded", "95 octane": a fuel's octane grade is its
 * name. Only the grades sold at the pump (80 to 100) are read so: "20 unleaded pumps" stays a count.
 */
export const GRADE_RULES: JunkRule[] = [
  {
    name: "fuel-grade",
    test: (text, c) => c.reading.form === "digits" && c.reading.value >= 80 && c.reading.value <= 100 && Number.isInteger(c.reading.value) &&
      GRADE_AFTER.test(text.slice(c.reading.end, c.reading.end + 12)),
  },
];
