/**
 * Words after "N-" that make no count of things: "two-time champion" and "three-fold" are
 * multipliers, "one-off" and "two-way" idioms, "two-thirds" a share, "2-all" and "3-nil" scores,
 * "single-digit" no number. Lowercase. Data for compound-count.ts.
 */
export const NOT_COUNTED_AFTER_HYPHEN = [
  "time", "times", "fold", "way", "off", "sided", "third", "thirds", "quarter", "quarters", "fifth", "fifths",
  "half", "halves", "hand", "handed", "odd", "plus", "ish", "pointer", "pointers", "nil", "all", "love", "digit",
  "digits", "and", "something", "somethings", "liner", "liners", "up", "down", "nothing", "under", "over",
];
