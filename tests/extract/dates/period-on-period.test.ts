import { describe, expect, it } from "vitest";
import { findDurations } from "../../../core/extract/durations.js";

/** [span, value, unit] for each duration found. */
function read(text: string): Array<[string, unknown, string | undefined]> {
  return findDurations(text).map((m) => [text.slice(m.start, m.end), m.value, m.unit]);
}

// "year-on-year", "month over month": the unit names the periods a change compares (durations.ts).
describe("a change between two periods is no duration", () => {
  it("reads nothing in year-on-year, month-over-month and the like, hyphenated or spaced", () => {
    expect(read("Revenue rose $765,000 year-on-year.")).toEqual([]);
    expect(read("a month-on-month increase of 3%")).toEqual([]);
    expect(read("prices fell 2% week-on-week and 1% day-over-day")).toEqual([]);
    // Inman, 2020, on new home sales.
    expect(read("an increase of 16.6 percent month-over-month and 12.7 percent year-over-year.")).toEqual([]);
  });

  it("still reads the spans of time around them", () => {
    // ABA Banking Journal, 2015, on existing home sales.
    expect(read("Existing home sales have increased year over year for the last eight months."))
      .toEqual([["eight months", 8, "month"]]);
    expect(read("a year on the job")).toEqual([["a year", 1, "year"]]);
    expect(read("two years over budget")).toEqual([["two years", 2, "year"]]);
    expect(read("spent a month on months of backlog")).toEqual([["a month", 1, "month"]]);
  });
});
