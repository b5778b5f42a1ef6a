import { wordTrie } from "../word-trie.js";

/**
 * Time units as written in news copy, mapped to the unit table's ids (core/units: s, min, h,
 * day, week, month, year, decade, century). A fortnight is two weeks; a night, a day.
 */
export interface DurationUnit {
  id: "s" | "min" | "h" | "day" | "week" | "month" | "year" | "decade" | "century";
  /** How many of `id` one of the written unit is: a fortnight is 2 weeks. */
  times: number;
}

const UNITS: Array<[RegExp, DurationUnit]> = [
  [/^(?:seconds?|secs?)$/, { id: "s", times: 1 }],
  [/^(?:minutes?|mins?)$/, { id: "min", times: 1 }],
  [/^(?:hours?|hrs?|h)$/, { id: "h", times: 1 }],
  [/^(?:days?|nights?)$/, { id: "day", times: 1 }],
  [/^weeks?$/, { id: "week", times: 1 }],
  [/^fortnights?$/, { id: "week", times: 2 }],
  [/^months?$/, { id: "month", times: 1 }],
  [/^(?:years?|yrs?)$/, { id: "year", times: 1 }],
  [/^decades?$/, { id: "decade", times: 1 }],
  [/^(?:century|centuries)$/, { id: "century", times: 1 }],
];

const NAMES = wordTrie([
  "second", "seconds", "sec", "secs", "minute", "minutes", "min", "mins", "hour", "hours", "hr", "hrs", "h",
  "day", "days", "night", "nights", "week", "weeks", "fortnight", "fortnights", "month", "months",
  "year", "years", "yr", "yrs", "decade", "decades", "century", "centuries",
]);

/**
 * Unit words, optionally with "-long"/"long" ("decadelong", "year-long"), not preceded by a
 * letter: "3day" and "13-year" match, "birthday" does not. Two branches rather than one
 * lookbehind, which would run at every position of the article: a digit glued to the unit
 * (groups 1-2, the match starts at the digit) or a word boundary (groups 3-4). "h" alone is
 * only a unit right after digits; the entry step checks that.
 */
export const UNIT_WORD = new RegExp(`\\d(${NAMES})(-?long)?(?![A-Za-z])|\\b(${NAMES})(-?long)?(?![A-Za-z])`, "gi");

/**
 * @example durationUnit("Years") // { id: "year", times: 1 }
 */
export function durationUnit(word: string): DurationUnit | null {
  const lower = word.toLowerCase();
  // A few dozen spellings: each is matched against the table once.
  let unit = KNOWN.get(lower);
  if (unit === undefined) {
    unit = UNITS.find(([pattern]) => pattern.test(lower))?.[1] ?? null;
    if (KNOWN.size < 1000) KNOWN.set(lower, unit);
  }
  return unit;
}

const KNOWN = new Map<string, DurationUnit | null>();
