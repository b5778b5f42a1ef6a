import type { ParsingContext, ParsingResult, Refiner } from "chrono-node";

/**
 * "in May last year": chrono returns "May" (this year) and "last year" separately. Joined,
 * they are May of the previous year, one claim with one span.
 */
const JOIN = /^(?:\s{1,3}|,\s{0,2}|\s{1,3}of\s{1,3})$/i;
const RELATIVE_YEAR = /^(?:last|this|next|previous)\s{1,3}year$/i;

export class MergeMonthWithRelativeYear implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const merged: ParsingResult[] = [];
    for (let i = 0; i < results.length; i++) {
      const month = results[i] as ParsingResult;
      const year = results[i + 1];
      if (year && isMonthOnly(month) && RELATIVE_YEAR.test(year.text.trim()) && joins(context, month, year)) {
        month.start.assign("year", year.start.get("year") as number);
        month.text = context.text.slice(month.index, year.index + year.text.length);
        merged.push(month);
        i++;
      } else merged.push(month);
    }
    return merged;
  }
}

function isMonthOnly(result: ParsingResult): boolean {
  return result.start.isCertain("month") && !result.start.isCertain("year") && !result.end;
}

function joins(context: ParsingContext, left: ParsingResult, right: ParsingResult): boolean {
  return JOIN.test(context.text.slice(left.index + left.text.length, right.index));
}
