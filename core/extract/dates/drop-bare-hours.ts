import type { ParsingContext, ParsingResult, Refiner } from "chrono-node";

/**
 * Chrono's casual time parser reads "after 15" and "at 5" as clock times, and its date-time
 * merge then glues them to a nearby date: "joined in 2017 after 15 years" became one result
 * "2017 after 15". In news a bare number is a count far more often than an hour, so a time with
 * no colon, am/pm, o'clock, noon, midnight or zone goes before any merge sees it.
 */
const CLOCK = /:|\b(?:[ap]\.?m\.?|o'clock|noon|midnight|gmt|utc|[a-z]{1,2}[sd]t)\b/i;

/**
 * @example chrono.refiners.unshift(new DropBareHours()) // "after 15" is no longer a time
 */
export class DropBareHours implements Refiner {
  refine(_context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    return results.filter((result) => !isBareHour(result));
  }
}

function isBareHour(result: ParsingResult): boolean {
  const { start } = result;
  const dated = ["year", "month", "day", "weekday"].some((part) => start.isCertain(part as "year"));
  return !dated && start.isCertain("hour") && !CLOCK.test(result.text);
}
