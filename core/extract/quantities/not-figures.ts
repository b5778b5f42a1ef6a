import { drop, type Candidate } from "./candidate.js";

/*
 * Readings that look like figures but state none (README of tests/corpus/news-quantities:
 * multipliers and rate denominators are no quantities):
 * - "a litre" after an amount is the rate's denominator, also after a spelled-out amount ("nine
 *   cents a litre"; the article reader only sees digits before it), and so is "the price of a
 *   litre of petrol", and so is "a litre of diesel fell to Sh179" or "a gallon of gas averaged
 *   $3.12": a measure of a good whose price the clause goes on to give;
 * - "N530/$1": the one dollar a price is quoted per;
 * - "scores of others": a vague amount of no group of its own;
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

/** How far after "a litre of" the price may stand, and what ends the clause before it. */
const PRICE_REACH = 90;
const CLAUSE_END = /[.;:!?]\s|[()]/;
/** "a litre of 93 unleaded petrol (ULP) and ... would increase by 11 cents": an abbreviation in brackets ends no clause. */
const ABBREVIATION = /\([A-Z]{2,6}\)/g;
const OPENING = /[ \t]\($/;
/** "pay an extra 42 cents for a litre of diesel": the price, then the measure it is for. */
const PRICE_FOR = /^[ \t]{1,2}(?:for|per)[ \t]{1,2}$/i;

/** A money figure among the live candidates after index `i`, in the same clause and within reach. */
function priceFollows(text: string, live: Candidate[], i: number): boolean {
  const c = live[i]!;
  for (let k = i + 1; k < live.length; k++) {
    const n = live[k]!;
    if (n.dropped) continue;
    if (n.start - c.end > PRICE_REACH) return false;
    // "a litre of petrol (1.881 euros)": the price in brackets right after the good.
    if (n.unit?.dimension === "money") return !CLAUSE_END.test(text.slice(c.end, n.start).replace(ABBREVIATION, "").replace(OPENING, ""));
  }
  return false;
}

/** "per 100,000", "for every 1,000": the words before a rate's round base. */
const PER_POPULATION = /(?:^|[^A-Za-z])(?:per|for[ \t]every)[ \t]$/i;
const ROUND_BASES = new Set([100, 1000, 10000, 100000, 1000000]);

/** Measures a good is priced by: "a litre of", "a kilo of", "a gallon of". */
const PRICED_MEASURES = new Set(["volume", "mass"]);

/**
 * Drops the readings above.
 * @example "nine cents a litre" // "a litre" dropped as "rate-denominator"
 */
export function dropNotFigures(text: string, live: Candidate[]): void {
  let previous: Candidate | undefined;
  for (let i = 0; i < live.length; i++) {
    const c = live[i]!;
    if (c.dropped) continue;
    // "N530/$1", "Rp14,231/US$1": one unit of the currency a price is quoted per, after a slash.
    if (c.value === 1 && c.unit?.dimension === "money" && previous?.unit?.dimension === "money" && text.charCodeAt(c.start - 1) === 47 && previous.end === c.start - 1) {
      drop(c, "rate-denominator");
      continue;
    }
    // "178.3 per 100,000 people", "deaths per 100k": a round population a rate is counted per ("per" right before it).
    if ((text.charCodeAt(c.start - 2) === 114 || text.charCodeAt(c.start - 2) === 121) && PER_POPULATION.test(text.slice(Math.max(0, c.start - 10), c.start)) && ROUND_BASES.has(c.value) && (!c.unit || c.unit.dimension === "count") && c.kind === "quantity") {
      drop(c, "rate-denominator");
      continue;
    }
    // Cheap first: an article is one or two letters starting with "a".
    const first = text.charCodeAt(c.reading.start) | 32;
    if (first === 97 && c.reading.end - c.reading.start <= 2 && ARTICLE.test(text.slice(c.reading.start, c.reading.end))) {
      if (previous?.unit && /^[ \t]{1,2}$/.test(text.slice(previous.end, c.start))) drop(c, "rate-denominator");
      // "the price of a litre of petrol", "the cost of a kilo of rice": the measure a price is for.
      else if (c.unit && c.kind === "quantity" && PRICE_OF.test(text.slice(Math.max(0, c.start - 24), c.start)) && OF_AFTER.test(text.slice(c.end, c.end + 4))) drop(c, "rate-denominator");
      else if (c.unit && c.kind === "quantity" && PRICED_MEASURES.has(c.unit.dimension) && OF_AFTER.test(text.slice(c.end, c.end + 4)) &&
        (priceFollows(text, live, i) || (previous?.unit?.dimension === "money" && PRICE_FOR.test(text.slice(previous.end, c.start))))) drop(c, "rate-denominator");
      else if (c.kind === "percent" && AS_A_PERCENT.test(text.slice(Math.max(0, c.start - 4), c.start)) && OF_AFTER.test(text.slice(c.end, c.end + 4))) drop(c, "as-a-percent");
    } else if (c.vague && c.countUnit === "other") {
      // "wounded scores of others", "dozens of others": an order of magnitude of no group of its own,
      // which a checker would only set against an exact count of "others" told elsewhere ("four others").
      drop(c, "vague-others");
    } else if (c.countUnit === "time") {
      const end = Math.max(c.end, c.noun?.end ?? 0);
      if (MULTIPLIES.test(text.slice(end, end + 12))) drop(c, "multiplier");
    }
    if (!c.dropped) previous = c;
  }
}
