import type { ParsingContext, ParsingResult, Refiner } from "chrono-node";

/**
 * A date without a year followed by a year of its own: "May last year", "July 4th of 1995",
 * "28 June in 2020". Chrono returns two results ("May" this year, "last year"); joined, they
 * are one claim with one span and the second result's year.
 */
const JOIN = /^(?:\s{1,3}|,\s{0,2}|\s{1,3}(?:of|in)\s{1,3})$/i;

/**
 * @example chrono.refiners.push(new MergeDateWithYear()) // "May last year" -> one result, May of last year
 */
export class MergeDateWithYear implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const merged: ParsingResult[] = [];
    for (let i = 0; i < results.length; i++) {
      const date = results[i] as ParsingResult;
      const year = results[i + 1];
      if (year && isYearless(date) && isYearOnly(year) && joins(context, date, year)) {
        date.start.assign("year", year.start.get("year") as number);
        date.text = context.text.slice(date.index, year.index + year.text.length);
        merged.push(date);
        i++;
      } else merged.push(date);
    }
    return merged;
  }
}

function isYearless(result: ParsingResult): boolean {
  return result.start.isCertain("month") && !result.start.isCertain("year") && !result.end;
}

/** "last year", "1995": a year and nothing finer, not a range. */
function isYearOnly(result: ParsingResult): boolean {
  return result.start.isCertain("year") && !result.start.isCertain("month") && !result.end;
}

function joins(context: ParsingContext, left: ParsingResult, right: ParsingResult): boolean {
  return JOIN.test(context.text.slice(left.index + left.text.length, right.index));
}
