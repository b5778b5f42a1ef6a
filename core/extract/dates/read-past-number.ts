import type { ParsingContext, ParsingResult, Refiner } from "chrono-node";
import { casual, ParsingResult as Result } from "chrono-node";
import { rereadFrom } from "./reread.js";
import { SCALE_WORDS } from "../numbers/words.js";
import { unitByName } from "../../units/index.js";

/**
 * "6,107.31 August 2019" (a decimal, then a month), "$12 December 27" (a price, then a date):
 * chrono takes the number's last digits as the day. The day belongs to the number; what
 * follows it ("August 2019", "December 27") is still a date, read again on its own. A result
 * with nothing after the number goes. The other way round, a figure after a date taken for
 * its day or year ("In May, 4,435 purchases", "On February 8, 26 people died"), the date
 * keeps its own words.
 */
const NUMBER_BEFORE = /(?:\d[.,]|[$€£¥]\s?)$/;
const LEADING_NUMBER = /^\d{1,4}(?:st|nd|rd|th)?[\s,]{1,3}/i;

/**
 * @example chrono.refiners.push(new ReadPastNumber()) // "$12 December 27" -> "December 27"
 */
export class ReadPastNumber implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const kept: ParsingResult[] = [];
    for (const result of results) {
      const words = dateWordsBeforeFigure(result, context);
      if (words !== null) {
        const date = reread(result, context, words);
        if (date) kept.push(date);
      } else if (!isGluedToNumber(result, context)) kept.push(result);
      else {
        const lead = LEADING_NUMBER.exec(result.text)?.[0].length;
        const rest = lead ? rereadFrom(context, result, lead) : null;
        if (rest) kept.push(rest);
      }
    }
    return kept;
  }
}

function isGluedToNumber(result: ParsingResult, context: ParsingContext): boolean {
  if (!/^\d/.test(result.text)) return false;
  return NUMBER_BEFORE.test(context.text.slice(Math.max(0, result.index - 3), result.index));
}

/**
 * "On February 8, 26 people died", "Till 8 pm of 8th February, 26 bodies have been recovered":
 * chrono reads the count after the comma as a two-digit year (1926). Two digits after a day and
 * a comma, followed by a word, count something; a year is written in full or with an apostrophe.
 */
const COUNT_AFTER = /,\s*\d{2}$/;
/**
 * "its previous estimate in June of 11.7 million tonnes", "a peak in March of 9 percent": a
 * month, "of", then a figure that goes on past its first digits (a decimal point or a thousands
 * comma, a scale, a unit, a percent). "born in April of 87" keeps its two-digit year.
 */
const FIGURE_AFTER_OF = /\s{1,2}of\s{1,2}\d{1,2}$/i;
const FIGURE_GOES_ON = /^(?:[.,]\d|\s{0,2}%)/;
const NEXT_WORD = /^\s{1,2}([A-Za-z]{1,12})\b/;
/** Unit names that are also plain English words after a year ("April of 87 in Paris", "won"). */
const ALSO_WORDS = /^(?:in|le|try|won)$/i;

function figureAfterOf(result: ParsingResult, context: ParsingContext): boolean {
  if (!FIGURE_AFTER_OF.test(result.text)) return false;
  const end = result.index + result.text.length;
  const after = context.text.slice(end, end + 16);
  if (FIGURE_GOES_ON.test(after)) return true;
  const word = NEXT_WORD.exec(after)?.[1];
  if (word === undefined || ALSO_WORDS.test(word)) return false;
  return SCALE_WORDS.has(word.toLowerCase()) || unitByName(word) !== undefined;
}

/**
 * "In May, 4,435 dwelling purchases were recorded", "By June 12,500 people had fled": chrono
 * takes the first digits of a figure written with a thousands comma as the day. A day is
 * never followed by a comma and three digits that close a number ("May 4, 2019" has a space,
 * "May 4,2019" four digits); the figure is the story's, and the month before it stays a date.
 */
const TRAILING_DAY = /(?:^|\D)\d{1,2}$/;
const THOUSANDS_AFTER = /^,\d{3}(?!\d)/;
const DAY_BEFORE_FIGURE = /[\s,]{0,3}\d{1,2}$/;

function dayRunsIntoFigure(result: ParsingResult, context: ParsingContext): boolean {
  if (!TRAILING_DAY.test(result.text)) return false;
  const end = result.index + result.text.length;
  return THOUSANDS_AFTER.test(context.text.slice(end, end + 6));
}

function countAsYear(result: ParsingResult, context: ParsingContext): boolean {
  if (figureAfterOf(result, context)) return true;
  if (!COUNT_AFTER.test(result.text)) return false;
  return /^\s+[\p{L}]/u.test(context.text.slice(result.index + result.text.length, result.index + result.text.length + 3));
}

/** The date's own words when a figure after it was taken for its day or year, else null. */
function dateWordsBeforeFigure(result: ParsingResult, context: ParsingContext): string | null {
  if (dayRunsIntoFigure(result, context)) return result.text.replace(DAY_BEFORE_FIGURE, "");
  return countAsYear(result, context) ? result.text.replace(COUNT_AFTER, "").replace(FIGURE_AFTER_OF, "") : null;
}

/** The date's words that are left, read again. */
function reread(result: ParsingResult, context: ParsingContext, words: string): ParsingResult | null {
  const [first] = casual.parse(words, { instant: context.reference.instant, timezone: 0 });
  if (!(first instanceof Result)) return null;
  return context.createParsingResult(result.index + first.index, first.text, first.start, first.end);
}
