/**
 * Data, not code: words that tell a figure as a part of a count, or as the whole a part is drawn
 * from, rather than as the count itself (core/check/frame/addition.ts, breakdown.ts).
 */

/** Number words that open a part or an item of a list of parts ("five male passengers"), as digits do: an alternation. */
export const SMALL_NUMBERS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve";

/**
 * "Three other people were also found dead": "other" and "also" in one clause add the figure to
 * a count told before, whatever figure stands just before it ("nine of 13 people found alive at
 * the scene later died in hospital"). Read on the words after the figure, to the clause's end.
 */
export const OTHER_ALSO = /^\s+others?\b[^.;:!?]{0,60}?\balso\b/iu;

/**
 * "Two foreigners also died in the accident", "12 passengers were also injured": "also" before a
 * verb of harm, right after the count's noun, adds the count to the toll told before (Reuters on the
 * Wenzhou train collision, 2011, beside its "at least 35" dead): a part, never a rival toll. Not of people
 * at large: "killed at least 717 ... at least 863 people had also been hurt" gives the whole count of the hurt.
 */
export const ALSO_HARMED = /^\s+(?!(?:people|persons|individuals)\b)(?:[\p{L}-]+\s+){0,2}?(?:(?:were|was|have|had)\s+)?also\s+(?:been\s+)?(?:died|perished|drowned|killed|injured|wounded|hurt|lost\s+their\s+lives|found\s+dead|were\s+(?:killed|injured|wounded|hurt))\b/iu;

/**
 * "left three of the 30 attackers and a cop dead", "two of the five crew": the figure after "of
 * the" is the group a part is drawn from, read before it. Its clause's verb counts the part.
 */
export const DRAWN_FROM = new RegExp(String.raw`(?:\b\d[\d,.]*|\b(?:${SMALL_NUMBERS}|dozens|hundreds|some|many|most|all|none|several|half))\s+of\s+(?:the|its|their|his|her|those|these)\s+$`, "iu");

/**
 * Items of a list of parts before a figure, each a number and a few words, ending in a comma or
 * "and": the figure goes on the list a part word opened ("The dead include five male passengers,
 * three female passengers and a 12-year-old boy"). A word between the comma and the figure ends
 * the list ("including two children, and some 30 people injured": a count of its own).
 */
export const LIST_ITEMS = new RegExp(String.raw`^\s*(?:(?:\d[\d,.]*|${SMALL_NUMBERS})(?:\s+[\p{L}-]+){1,4}?(?:\s*,\s*(?:and\s+)?|\s+and\s+))+$`, "iu");
