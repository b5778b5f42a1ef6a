import { MAX_NAME_WORDS, normalizeUnitName, SUBUNITS, UNITS } from "../../units/index.js";
import type { NumberReading } from "./reading.js";
import { nextWord, type Word } from "./word-cursor.js";

/**
 * "a mile", "an ml", "a kilogram", "a dollar", "a percentage point": the article counts one of
 * the unit after it. Only measures, money and percentages (time has its own step); only
 * spellings that are words of two letters or more and not a currency code ("a usd" is no
 * English); never the names that mostly mean something else after "a".
 */
const DIMENSIONS = new Set(["length", "area", "volume", "mass", "money", "ratio"]);

/**
 * Names that, after "a", are mostly not the unit: "a degree in law", "a yard", "a stone's throw",
 * "a gas meter", "a ton of work", "a percentage of", "a foot patrol", "a barrel bomb".
 */
const NOT_AFTER_ARTICLE = new Set([
  "in", "degree", "yard", "stone", "knot", "ton", "tonne", "meter", "percentage", "won", "rand", "lira", "lev", "buck", "quid",
  "foot", "feet", "barrel",
  "gr", "ha", "st", "mil", "pp", "rm", "sen",
]);

/**
 * A name the article may count: singular (nobody writes "a miles"), and of several words only
 * for measures ("a square mile", "a percentage point"), so that the anchor never waits on the
 * adjectives that begin currency names ("a new", "a British", "a South").
 */
function mayFollowArticle(name: string, dimension: string, all: ReadonlySet<string>): boolean {
  if (!/^[a-z][a-z ]+$/.test(name) || NOT_AFTER_ARTICLE.has(name)) return false;
  if (name.includes(" ") && (dimension === "money" || name.startsWith("short ") || (dimension === "ratio" && !name.startsWith("percentage point")))) return false;
  return !(/s$/.test(name) && (all.has(name.slice(0, -1)) || all.has(name.slice(0, -2))));
}

const CANDIDATES: Array<[string, string]> = [
  ...UNITS.filter((u) => DIMENSIONS.has(u.dimension)).flatMap((u) =>
    u.names.filter((n) => !(u.dimension === "money" && n === u.id.toLowerCase())).map((n): [string, string] => [n, u.dimension])),
  // Coins: "a penny", "a cent".
  ...Object.keys(SUBUNITS).map((n): [string, string] => [n, "money"]),
];
const ALL_NAMES = new Set(CANDIDATES.map(([n]) => n));
const ELIGIBLE = new Set(CANDIDATES.filter(([n, d]) => mayFollowArticle(n, d, ALL_NAMES)).map(([n]) => normalizeUnitName(n)));

/** The first word of every name "a" may count: the number reader's anchor takes "a" only before one. */
export const ARTICLE_UNIT_WORDS: string[] = [...new Set([...ELIGIBLE].map((n) => n.split(" ")[0]!))];

/** A figure and its unit right before the article: "$3.50 a gallon", "50 cents a litre" is a rate, not one gallon. */
const RATE_BEFORE = /\d[\d.,]*(?:[ \t]*[%A-Za-z$€£¢.]+){0,2}[ \t]+$/;

/**
 * Whether a unit the article may count is named right after `i` ("half a| litre").
 * @example unitFollows("half a litre", 6) // true
 */
export function unitFollows(text: string, i: number): boolean {
  return unitEnd(text, i) > 0;
}

/** Where the longest unit name the article may count ends after `i`, or -1. */
function unitEnd(text: string, i: number): number {
  let w: Word | null = nextWord(text, i);
  let name = "";
  let end = -1;
  for (let k = 0; w && k < MAX_NAME_WORDS; k++, w = nextWord(text, w.end)) {
    name = name ? `${name} ${w.text}` : w.text;
    if (ELIGIBLE.has(name)) end = w.end;
  }
  return end;
}

/** "tenth of a gallon", "a fraction of a cent": the article is part of a fraction of the unit, not one unit. */
const PART_OF_BEFORE = /\b(?:half|halves|quarters?|thirds?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?|hundredths?|thousandths?|fraction|part|portion)[ \t]{1,2}of[ \t]{1,2}$/i;

/** "A metric ton is equal to 2,204.62 pounds", "a mile equals 1.6 km": a definition of the unit, not a figure. */
const DEFINITION_AFTER = /^[ \t]{1,2}(?:is|equals|=|is equal to|is the same as)\b/i;

/**
 * One of the unit named after "a"/"an" at `article`, or null when no unit the article may count follows.
 * @example readArticleUnit("it weighs a kilogram", word("a")) // value 1, span "a"
 */
export function readArticleUnit(text: string, article: Word): NumberReading | null {
  const end = unitEnd(text, article.end);
  const before = text.slice(Math.max(0, article.start - 30), article.start);
  if (end < 0 || RATE_BEFORE.test(before) || PART_OF_BEFORE.test(before)) return null;
  if (DEFINITION_AFTER.test(text.slice(end, end + 24))) return null;
  return { start: article.start, end: article.end, value: 1, step: 1, form: "words" };
}
