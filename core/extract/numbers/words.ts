/** The English number words the reader knows, by role. Lowercase; lookups are by Map. */
import { ARTICLE_UNIT_WORDS } from "./article-unit.js";

const ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
  "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
const TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

/** zero..nineteen, and the British noughts. */
export const UNIT_WORDS = new Map<string, number>([
  ...ONES.map((w, i): [string, number] => [w, i]), ["nought", 0], ["naught", 0], ["nil", 0], ["fourty", 40],
]);

/** twenty..ninety. */
export const TENS_WORDS = new Map<string, number>(
  TENS.flatMap((w, i): [string, number][] => (w ? [[w, i * 10]] : [])),
);

/** Multipliers that close a group: "two hundred", "3.6 million", "13 lakh". */
export const SCALE_WORDS = new Map<string, number>([
  ["hundred", 100], ["thousand", 1e3], ["million", 1e6], ["billion", 1e9], ["trillion", 1e12],
  // Indian scales and their abbreviations in Indian English copy: "Rs 5 lac", "Rs 500 cr", "30 lkh".
  ["lakh", 1e5], ["lakhs", 1e5], ["lac", 1e5], ["lacs", 1e5], ["lkh", 1e5], ["lkhs", 1e5], ["crore", 1e7], ["crores", 1e7], ["cr", 1e7],
  // After a count the plural is exact: "three billions", "three thousand millions" (alone, "millions" is vague).
  ["thousands", 1e3], ["millions", 1e6], ["billions", 1e9], ["trillions", 1e12],
  ["mn", 1e6], ["mln", 1e6], ["mil", 1e6], ["bn", 1e9], ["bln", 1e9], ["tn", 1e12], ["trn", 1e12], ["tln", 1e12], ["k", 1e3],
]);

/** Words hyphened to a number word that still belong to the number: "twenty-odd", "forty-plus", "thirty-some". */
export const NUMBER_SUFFIXES = new Set(["odd", "plus", "some", "something", "ish", "fold"]);

/** Scale words that may follow digits but not words: "2.33 k" reads, "two k" does not. */
export const DIGIT_ONLY_SCALES = new Set(["k", "mn", "mln", "mil", "bn", "bln", "tn", "trn", "tln", "lkh", "lkhs"]);

/** Scales that follow a number but never "a": "three hundred cr", not "a lac" (a resin). */
const NOT_AFTER_ARTICLE = new Set(["cr", "lac", "lacs"]);

/**
 * "hundreds of thousands": vague plurals, read as their lowest plausible value (two of them).
 * "scores" (of twenty) only before "of" and a word: "scores of people", never "test scores of 80".
 */
export const PLURAL_SCALES = new Map<string, number>([
  ["tens", 10], ["dozens", 12], ["scores", 20], ["hundreds", 100], ["thousands", 1e3], ["millions", 1e6], ["billions", 1e9],
]);

/**
 * Decades of a life, "in her eighties": read as a vague number (step 10) so the quantity step
 * that knows ages can judge them (quantities/decade-ages.ts); the teens start at 13.
 */
export const DECADE_WORDS = new Map<string, number>([
  ["teens", 13], ["twenties", 20], ["thirties", 30], ["forties", 40], ["fifties", 50], ["sixties", 60], ["seventies", 70], ["eighties", 80], ["nineties", 90],
]);

/** "a dozen", "3 dozens", "3 dzs". */
export const DOZEN_WORDS = new Set(["dozen", "dozens", "doz", "dozs", "dz", "dzs"]);

const ORDINAL_STEMS: [string, number][] = [
  ["half", 2], ["halve", 2], ["third", 3], ["quarter", 4], ["fourth", 4], ["fifth", 5], ["sixth", 6],
  ["seventh", 7], ["eighth", 8], ["ninth", 9], ["tenth", 10], ["eleventh", 11], ["twelfth", 12],
  ["thirteenth", 13], ["fourteenth", 14], ["fifteenth", 15], ["sixteenth", 16], ["seventeenth", 17],
  ["eighteenth", 18], ["nineteenth", 19], ["twentieth", 20], ["thirtieth", 30], ["fortieth", 40],
  ["fiftieth", 50], ["sixtieth", 60], ["seventieth", 70], ["eightieth", 80], ["ninetieth", 90],
  ["hundredth", 100], ["thousandth", 1e3], ["millionth", 1e6], ["billionth", 1e9], ["trillionth", 1e12],
];

/** Fraction denominators, singular and plural: "a third", "two thirds", "three quarters". */
export const DENOMINATORS = new Map<string, number>(
  ORDINAL_STEMS.flatMap(([w, n]): [string, number][] => [[w, n], [w === "half" ? "halves" : `${w}s`, n]]),
);

/** Ordinal words of 1..9 for compound denominators: "twenty-first", "thirty-fifths". */
export const SMALL_ORDINALS = new Map<string, number>([
  ["first", 1], ["firsts", 1], ["second", 2], ["seconds", 2], ["third", 3], ["thirds", 3],
  ...ORDINAL_STEMS.filter(([, n]) => n >= 4 && n <= 9).flatMap(([w, n]): [string, number][] => [[w, n], [`${w}s`, n]]),
]);

/** Every word that can begin a spelled-out number (the reader's anchor). */
export const STARTER_WORDS: string[] = [
  // "thousand", "million" alone are no number ("USD million"); "a million", "hundred thousand" are.
  ...UNIT_WORDS.keys(), ...TENS_WORDS.keys(), "hundred",
  ...PLURAL_SCALES.keys(), "dozen", "half", "quarter", "quarters", "minus", "negative", "several", ...DECADE_WORDS.keys(),
];

/**
 * The words "a" and "an" stand for one before ("a million", "a dozen", "a third", "a few
 * thousand", "a twenty-first") and before a unit ("a mile": article-unit.ts); nowhere else do they start a number. The most common word of
 * English is only worth reading as a number when one of these follows it.
 */
export const AFTER_ARTICLE: string[] = [
  "few", "couple", ...SCALE_WORDS.keys(), ...DOZEN_WORDS, ...DENOMINATORS.keys(), ...TENS_WORDS.keys(), ...ARTICLE_UNIT_WORDS,
].filter((word) => !DIGIT_ONLY_SCALES.has(word) && !NOT_AFTER_ARTICLE.has(word));
