/**
 * Words before a duration that make it a length even when "after" or "before" follows: "jailed
 * for two years after", "spent three days before", "within two days after". Lowercase. Data for
 * date-pointers.ts.
 */
export const LENGTH_VERBS = [
  "for", "of", "over", "within", "in", "spent", "spend", "spends", "served", "serve", "serving", "lasted", "lasts", "last",
  "sentenced", "jailed", "to", "took", "takes", "take", "needed", "needs", "wait", "waited", "waiting",
];

/** Hedges that may stand between those words and the duration: "for about two years", "for another week". */
export const LENGTH_HEDGES = [
  "about", "around", "some", "nearly", "almost", "just", "only", "more than", "less than", "at least", "up to", "another",
  "a further", "an extra", "the",
];
