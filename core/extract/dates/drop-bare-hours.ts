import type { ParsingContext, ParsingResult, Refiner } from "chrono-node";

/**
 * Chrono's casual time parser reads "after 15" and "at 5" as clock times, and its date-time
 * merge then glues them to a nearby date: "joined in 2017 after 15 years" became one result
 * "2017 after 15". In news a bare number is a count far more often than an hour, so a time with
 * no colon, am/pm, o'clock, noon, midnight or zone goes before any merge sees it.
 */
export const CLOCK = /:|\b(?:[ap]\.?m\.?|o'clock|noon|midnight|gmt|utc|[a-z]{1,2}[sd]t)\b/i;

/**
 * @example chrono.refiners.unshift(new DropBareHours()) // "after 15" is no longer a time
 */
export class DropBareHours implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    return results.filter((result) => !isBareHour(result) && !isPartOfDayOfDate(result, context));
  }
}

/**
 * "the night of 15 July 2016": chrono's merge of a part of day with the date after "of" loses
 * the date altogether (it returns no known component). Without the part of day, the date stays.
 */
function isPartOfDayOfDate(result: ParsingResult, context: ParsingContext): boolean {
  if (!/^(?:the\s{1,3})?(?:morning|afternoon|evening|night)$/i.test(result.text.trim())) return false;
  return /^\s{1,3}of\b/i.test(context.text.slice(result.index + result.text.length));
}

const DATE_PARTS = ["year", "month", "day", "weekday"] as const;

function isBareHour(result: ParsingResult): boolean {
  const { start } = result;
  const dated = DATE_PARTS.some((part) => start.isCertain(part));
  return !dated && start.isCertain("hour") && !CLOCK.test(result.text);
}
