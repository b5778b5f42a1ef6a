import type { Parser, ParsingContext, ParsingResult } from "chrono-node";
import { gated } from "./gate.js";
import { MONTH_PATTERN, monthNumber } from "./names.js";

/**
 * A month and a year written compactly: "2015-12", "2015-3", "12-2015", "Dec/2018". Chrono
 * reads none of them. "2011-12" and "2019-20" are spans of years (a season, a fiscal year):
 * a two-digit part that could end a year range is left to the year parser, so only a month
 * that cannot ("2015-12": 2012 is before 2015) or a single digit ("2015-3") is a month here.
 * Slashes between digits stay out ("Law 3/2015", "2011/12"): there they number things.
 */
const MONTH_YEAR = new RegExp(
  `\\b(?:((?:1\\d|20|21)\\d\\d)-(\\d{1,2})|(\\d{1,2})-((?:1\\d|20|21)\\d\\d)|(${MONTH_PATTERN})\\.?/((?:1\\d|20|21)\\d\\d))\\b`,
  "i",
);
/** More date parts or a number around it: "2015-12-01" is chrono's, "1-12-2015" too. */
const JOINED_BEFORE = /(?:[\d.,$€£]|\d[/.-])$/;
const JOINED_AFTER = /^(?:[/.-]\d|[.,]\d|\s{0,2}%)/;
const ID_BEFORE = /(?:\b(?:no\.?|number|law|decree|resolution|ordinance|case|code|model|form|version|type|class|section|article|rule|bill|item)|#)\s{0,2}$/i;
/** "served 2010-3 years", "2015-12 points": a count, not a month. */
const COUNTED_AFTER = /^\s{1,2}(?:years?|months?|weeks?|days?|points?|votes?|seats?|goals?|times|people|cases)\b/i;

/** What a window must hold for this parser to look at it at all (gate.ts). */
const NEEDS = /\d-\d|\//;

export const MONTH_YEAR_TAG = "claimcheck/month-year";

/**
 * @example new Chrono({ parsers: [new MonthYearParser()], refiners: [] }).parse("out 2015-3", ref)
 * // March 2015 (month and year known, no day)
 */
export class MonthYearParser implements Parser {
  pattern(context: ParsingContext): RegExp {
    return gated(context, NEEDS, MONTH_YEAR);
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const index = match.index ?? 0;
    const before = context.text.slice(Math.max(0, index - 12), index);
    const after = context.text.slice(index + match[0].length, index + match[0].length + 4);
    if (JOINED_BEFORE.test(before) || JOINED_AFTER.test(after) || ID_BEFORE.test(before)) return null;
    if (COUNTED_AFTER.test(context.text.slice(index + match[0].length, index + match[0].length + 10))) return null;
    const parts = readParts(match);
    if (!parts) return null;
    return context.createParsingResult(index, match[0], parts).addTag(MONTH_YEAR_TAG);
  }
}

function readParts(match: RegExpMatchArray): { month: number; year: number } | null {
  const [, leadYear, trailMonth, leadMonth, trailYear, name, namedYear] = match;
  if (name) {
    const month = monthNumber(name);
    return month === null ? null : { month, year: Number(namedYear) };
  }
  const year = Number(leadYear ?? trailYear);
  const written = (trailMonth ?? leadMonth) as string;
  const month = Number(written);
  if (month < 1 || month > 12) return null;
  // "2011-12": could be the years 2011 to 2012, so it is not read as December 2011.
  if (leadYear && written.length === 2 && month > year % 100) return null;
  return { month, year };
}
