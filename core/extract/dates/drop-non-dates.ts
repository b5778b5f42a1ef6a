import type { ParsingContext, ParsingResult, Refiner } from "chrono-node";
import { isLoneDateWord } from "./names.js";

/**
 * Chrono is generous: it reads "0:00" (a player timestamp) as today at midnight, "2/3" (a
 * fraction) as 3 February, "may" (the verb) as May, and "Last week" as one exact day.
 * (A date glued to a number, "$12 December 27", is read-past-number.ts's to fix.) None of
 * those is a dated claim a checker can hold an article to, so they go before any other step.
 * Each reason is a named test, in the order cheapest first.
 */
const REASONS: Array<[string, (result: ParsingResult, context: ParsingContext) => boolean]> = [
  ["time-only", (r) => !hasDatePart(r)],
  ["numeric-without-year", isNumericWithoutYear],
  ["lone-word", isLoneNonDateWord],
  ["week-granular", isWeekGranular],
  ["numbered-name", isNumberedName],
  ["numeric-ancient-year", isNumericAncient],
  ["the-past-period", (r) => PAST_PERIOD.test(r.text.trim())],
];

/** "over the past year" is the twelve months up to now, a duration, not last calendar year. */
const PAST_PERIOD = /^(?:the\s{1,3})?past\s{1,3}(?:year|month|decade|century)$/i;

/**
 * @example chrono.refiners.push(new DropNonDates()) // "0:00", "2/3 of", "may" no longer dates
 */
export class DropNonDates implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    return results.filter((result) => !REASONS.some(([, rejects]) => rejects(result, context)));
  }
}

const DATE_PARTS = ["year", "month", "day", "weekday"] as const;

function hasDatePart(result: ParsingResult): boolean {
  const { start } = result;
  return DATE_PARTS.some((part) => start.isCertain(part))
    || /\b(?:today|yesterday|tomorrow|tonight|ago)\b/i.test(result.text);
}

/**
 * "2/3 of the land", "5/10 people", "12.6": digit pairs are fractions and decimals far more
 * often than dates in news. They are dates only with a year ("1/1/2016"), a weekday
 * ("Friday 7/6"), "on" in front ("on 22/04"), later in a list that "on" opened ("on 11/20,
 * 11/22 or 11/25"), or a slashed pair after "this"/"next" that ends its clause ("done next
 * 5/12."; "the next 2/3 years" is a count).
 */
const ON_BEFORE = /\bon\s{1,2}$/i;
const PAIR = "\\d{1,2}/\\d{1,2}";
const LISTED_AFTER_ON = new RegExp(`\\bon\\s{1,2}${PAIR}(?:\\s{0,2},\\s{0,2}${PAIR}){0,4}(?:\\s{0,2},\\s{0,2}|,?\\s{1,3}(?:or|and)\\s{1,3})$`, "i");
const THIS_OR_NEXT = /\b(?:this|next)\s{1,2}$/i;
const CLAUSE_END = /^\s{0,2}(?:[.,;:!?)]|$)/;
const LIST_GOES_ON = /^\s{1,2}(?:or|and)\b/i;

function isNumericWithoutYear(result: ParsingResult, context: ParsingContext): boolean {
  const text = result.text.trim();
  if (!/^\d{1,2}[/.-]\d{1,2}$/.test(text)) return false;
  const before = context.text.slice(Math.max(0, result.index - 60), result.index);
  if (ON_BEFORE.test(before)) return false;
  if (!text.includes("/")) return true;
  const after = context.text.slice(result.index + result.text.length, result.index + result.text.length + 5);
  // A listed pair goes on listing or ends the clause: "on 11/20, 2/3 of voters" is a fraction.
  if (LISTED_AFTER_ON.test(before) && (CLAUSE_END.test(after) || LIST_GOES_ON.test(after))) return false;
  return !(THIS_OR_NEXT.test(before) && CLAUSE_END.test(after));
}

/** A lone word is a date only as a full month or weekday name ("may" and "march" capitalised). */
function isLoneNonDateWord(result: ParsingResult): boolean {
  // A digit stays in the word whatever is cut from its ends, and no word with one is a lone word.
  if (/\d/.test(result.text)) return false;
  const word = result.text.trim().replace(/^(?:on|in)\s+/i, "").replace(/[.,]$/, "");
  if (!/^[A-Za-z]+$/.test(word)) return false;
  if (/^(?:today|yesterday|tomorrow|tonight)$/i.test(word)) return false;
  return !isLoneDateWord(word);
}

/**
 * "last week", "next week", "the weekend": a week is not a day, and a claim with a made-up day
 * would contradict every real date near it.
 */
function isWeekGranular(result: ParsingResult): boolean {
  if (!/\bweek(?:end)?s?\b/i.test(result.text)) return false;
  return !result.start.isCertain("weekday") && !/\d/.test(result.text);
}

/** "Law 3/2015", "Decree No. 7/2019": a number and year that name an act, not March 2015. */
const NAMING_WORD = /\b(?:law|act|decree|resolution|ordinance|regulation|directive|no\.?|number|case)\s{0,2}$/i;

function isNumberedName(result: ParsingResult, context: ParsingContext): boolean {
  if (!/^\d{1,2}[/-]\d{4}$/.test(result.text.trim())) return false;
  return NAMING_WORD.test(context.text.slice(Math.max(0, result.index - 14), result.index));
}

/**
 * "2/1000 kilograms", "3/1500": all-digit dates are modern; an all-digit pair or triple whose
 * year is before 1800 is a fraction or a code (history writes its dates in words).
 */
function isNumericAncient(result: ParsingResult): boolean {
  if (!/^\d{1,4}(?:[/.-]\d{1,4}){1,2}$/.test(result.text.trim())) return false;
  return result.start.isCertain("year") && (result.start.get("year") ?? 0) < 1800;
}
