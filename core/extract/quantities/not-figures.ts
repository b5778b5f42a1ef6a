import { drop, type Candidate } from "./candidate.js";

/*
 * Readings that look like figures but state none (README of tests/corpus/news-quantities:
 * multipliers and rate denominators are no quantities):
 * - "a litre" after an amount is the rate's denominator, also after a spelled-out amount ("nine
 *   cents a litre"; the article reader only sees digits before it), and so is "the price of a
 *   litre of petrol";
 * - "34 times the speed of sound", "five times as large": a multiplier;
 * - "as a percent of sales": a way of expressing, not one percent.
 */

const ARTICLE = /^an?$/i;
/** What follows "N times" when it multiplies: "the", "as", a comparative, "over", "that of". */
const MULTIPLIES = /^[ \t]{1,2}(?:the|as|more|less|fewer|larger|bigger|higher|greater|faster|slower|longer|smaller|heavier|stronger|over|that|what)\b/i;
const AS_A_PERCENT = /\bas[ \t]{1,2}$/i;
const OF_AFTER = /^[ \t]{1,2}of\b/i;
/** A price named before "a litre of": "the price of", "the cost of", "sold for". */
const PRICE_OF = /\b(?:price|prices|cost|costs|rate|rates|tariff|fare)[ \t]{1,2}(?:of|for)[ \t]{1,2}$/i;

/**
 * Drops the readings above.
 * @example "nine cents a litre" // "a litre" dropped as "rate-denominator"
 */
export function dropNotFigures(text: string, live: Candidate[]): void {
  let previous: Candidate | undefined;
  for (const c of live) {
    if (c.dropped) continue;
    // Cheap first: an article is one or two letters starting with "a".
    const first = text.charCodeAt(c.reading.start) | 32;
    if (first === 97 && c.reading.end - c.reading.start <= 2 && ARTICLE.test(text.slice(c.reading.start, c.reading.end))) {
      if (previous?.unit && /^[ \t]{1,2}$/.test(text.slice(previous.end, c.start))) drop(c, "rate-denominator");
      // "the price of a litre of petrol", "the cost of a kilo of rice": the measure a price is for.
      else if (c.unit && c.kind === "quantity" && PRICE_OF.test(text.slice(Math.max(0, c.start - 24), c.start)) && OF_AFTER.test(text.slice(c.end, c.end + 4))) drop(c, "rate-denominator");
      else if (c.kind === "percent" && AS_A_PERCENT.test(text.slice(Math.max(0, c.start - 4), c.start)) && OF_AFTER.test(text.slice(c.end, c.end + 4))) drop(c, "as-a-percent");
    } else if (c.countUnit === "time") {
      const end = Math.max(c.end, c.noun?.end ?? 0);
      if (MULTIPLIES.test(text.slice(end, end + 12))) drop(c, "multiplier");
    }
    if (!c.dropped) previous = c;
  }
}
