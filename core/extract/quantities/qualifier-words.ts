import type { Qualifier } from "../../model.js";

/** Words before a number that bound it; the words are kept ("almost" is not "about"). */
export const BEFORE: [Qualifier, string[]][] = [
  ["atLeast", ["more than", "over", "at least", "upwards of", "in excess of", "greater than", "larger than", "bigger than",
    "higher than", "above", "no fewer than", "no less than", "not less than", "tops", "topped", "topping", "exceeding",
    // "expected to top 100": the verb after "to" or a modal (junk-codes.ts reads the same words).
    "to top", "will top", "would top", "could top", "may top", "might top", "can top", "should top", "must top",
    "exceeded", "exceed", "exceeds", "surpass", "surpassed", "surpasses", "surpassing", "well over", "just over",
    "a minimum of", "minimum of", "as few as", "more than or equal to", "greater than or equal to", "greater or equal than",
    "higher or equal than", "bigger or equal than", "larger or equal than", "equal to or more than", "equal to or greater than",
    "at least or equal to", "no less than or equal to"]],
  ["atMost", ["less than", "fewer than", "under", "below", "up to", "no more than", "not more than", "no further than",
    "at most", "as many as", "as much as", "a maximum of", "maximum of", "just under", "not exceeding", "smaller than",
    "lower than", "less or equal than", "smaller or equal than", "lower or equal than", "less than or equal to",
    "fewer than or equal to", "equal to or less than", "equal to or fewer than", "equal to or smaller than"]],
  ["approx", ["around", "about", "some", "nearly", "almost", "roughly", "an estimated", "estimated", "approximately",
    "approx.", "approx", "circa", "ca.", "close to", "an approximate", "just about", "in the region of", "on the order of",
    "the better part of"]],
  ["exact", ["equal to", "equals", "equals to", "equaling", "equaling to", "equalling", "exactly", "precisely", "a total of", "totalling", "totaling"]],
];

/** Comparison signs before a number: "x>10", ">= 30", "< = 100". */
export const SYMBOLS: [Qualifier, string[]][] = [
  ["atLeast", [">=", "> =", "≥", ">"]],
  ["atMost", ["<=", "< =", "≤", "<"]],
];

/** Words after a number: "900 or so troops", "10,000-plus", "200 or greater". */
export const AFTER: [Qualifier, string[]][] = [
  ["approx", ["or so", "odd", "give or take", "more or less"]],
  ["atLeast", ["or more than", "or more", "and more", "plus", "+", "and above", "and up", "and over", "or greater than", "or greater", "or higher", "or above", "or over"]],
  ["atMost", ["or less than", "or fewer than", "or less", "or fewer", "tops", "at most", "and under", "and below", "or under", "or below", "or lower", "and less"]],
];
