import { describe, expect, it } from "vitest";
import { findDates } from "../../../core/extract/dates.js";
import { extractClaims } from "../../../core/extract/index.js";

const PUBLISHED = "2024-06-10";

/** [span, value] for each date found. */
function dates(text: string): Array<[string, unknown]> {
  return findDates(text, PUBLISHED).map((m) => [text.slice(m.start, m.end), m.value]);
}

// A figure with a thousands comma right after a month: its first digits are no day (read-past-number.ts).
describe("a month followed by a figure with a thousands comma", () => {
  it("keeps the month and leaves the figure whole", () => {
    // Echo Live, 2023-07-12, on the CSO's property figures (shortened).
    const text = "In May, 4,435 dwelling purchases were recorded.";
    expect(dates(text)).toEqual([["May", "2024-05"]]);
    const claims = extractClaims({ id: "a", body: text, published: PUBLISHED });
    expect(claims.map((c) => [c.kind, c.text])).toEqual([["date", "May"], ["quantity", "4,435"]]);
  });

  it("reads the same with no comma after the month, and with more groups", () => {
    expect(dates("By June 12,500 people had fled the city.")).toEqual([["By June", "2024-06"]]);
    expect(dates("In March 3,250,000 ballots were cast.")).toEqual([["March", "2024-03"]]);
  });

  it("leaves a real day and year alone", () => {
    // michaelcommane.blogspot.com, 2017, on the 2016 Irish census.
    const census = "The preliminary total for the population enumerated on Census Night Sunday, April 24, 2016 was 4,757,976 persons";
    expect(dates(census).map(([, value]) => value)).not.toContain("2016-04");
    expect(dates("on Sunday, April 24, 2016 was 4,757,976 persons")).toEqual([["Sunday, April 24, 2016", "2016-04-24"]]);
    expect(dates("Sales closed on May 4, 1,200 units in all.")).toEqual([["May 4", "2024-05-04"]]);
    expect(dates("It opened on May 4,2019 to crowds.").map(([, value]) => value)).not.toContain("2024-05");
  });
});
