/**
 * Nouns that count people when a bare figure follows them in their clause: "the death toll rose
 * to 45", "a crowd of 50,000", "the jobless total dropped by 49,000 to 2.51 million", "the
 * claimant count increased by 700", "unemployment fell by 37,000 to 1.6 million". Lowercase; a
 * two-word entry is one phrase. Data for people-context.ts.
 */
export const PEOPLE_TOTALS = [
  "toll", "population", "crowd", "attendance", "headcount", "workforce", "membership",
  "unemployment", "jobless total", "jobless", "unemployed", "claimant count", "employment", "redundancies",
];

/** Words after one of those that make it name something else: "unemployment benefits", "the jobless rate", "claimant count data". */
export const NOT_PEOPLE_AFTER = ["benefit", "benefits", "insurance", "claim", "claims", "rate", "rates", "fund", "office", "data", "figures", "line", "lines"];
