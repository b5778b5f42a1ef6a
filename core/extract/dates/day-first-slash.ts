import type { ParsingContext, ParsingResult, Refiner } from "chrono-node";

/**
 * A slashed date read month first that would lie after the report, when read day first it lies at
 * or before it: "10/05/2018" in a Kenyan report of 11 May 2018 is 10 May (the day-first order of
 * most of the world's press), not 5 October. News tells what has happened; a date the report could
 * not yet know is the other order. A date whose month-first reading is in the past, or whose two
 * numbers are one, is left as read (both orders are possible, or they agree).
 * @example chrono.refiners.push(new DayFirstWhenFuture()) // "10/05/2018" on 2018-05-11 -> 2018-05-10
 */
export class DayFirstWhenFuture implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const ref = context.reference.instant.getTime();
    for (const result of results) {
      const m = SLASHED.exec(result.text.trim());
      if (!m || result.end) continue;
      const { start } = result;
      if (!start.isCertain("day") || !start.isCertain("month") || !start.isCertain("year")) continue;
      const [first, second] = [Number(m[1]), Number(m[2])];
      const [month, day, year] = [start.get("month") as number, start.get("day") as number, start.get("year") as number];
      // Only chrono's month-first reading of two numbers that could each be a month.
      if (first === second || first > 12 || second > 12 || month !== first || day !== second) continue;
      const at = (mm: number, dd: number) => Date.UTC(year, mm - 1, dd, 12);
      if (at(month, day) - ref > GRACE_MS && at(day, month) <= ref + GRACE_MS) {
        start.assign("month", day);
        start.assign("day", month);
      }
    }
    return results;
  }
}

/** "10/05/2018", "10.05.2018": day or month, day or month, a year. */
const SLASHED = /^(\d{1,2})[/.](\d{1,2})[/.](\d{2}|\d{4})(?!\d)/;
/** A day's slack for a report's time zone. */
const GRACE_MS = 86_400_000;
