/**
 * Four digits before a time zone or "hours" are a 24-hour clock time, not a year (Metro Vaartha
 * on Karimov's death, 2016: "pronounced dead at 8:55 pm local time (2025 IST)").
 */
import { describe, expect, it } from "vitest";
import { findDates } from "../../../core/extract/dates.js";

function years(text: string): string[] {
  return findDates(text, "2016-09-03").map((m) => text.slice(m.start, m.end));
}

describe("findDates: a clock time before a zone is no year", () => {
  it.each([
    ["Karimov was pronounced dead at 8:55 pm local time (2025 IST) after a stroke."],
    ["The ceasefire took hold at (1930 GMT) in the city."],
    ["Trading resumes (2100 hrs) after the holiday."],
  ])("%s", (text) => {
    expect(years(text).filter((t) => /^(?:19|20)\d\d/.test(t))).toEqual([]);
  });

  it("keeps a year whose next word is no zone, or a zone's letters opening a name", () => {
    expect(years("The deal (2019) was signed.")).toEqual(["2019"]);
    expect(years("The war began in 2011, and in 2019 GMT Holdings sold.")).toEqual(["2011", "2019"]);
    // Not a clock: 2099 has no minute 99.
    expect(years("The plan runs (2099 EST) to the end.")).toEqual(["2099"]);
  });
});
