import { describe, expect, it } from "vitest";
import { findDates } from "../../../core/extract/dates.js";

function read(text: string, published = "2020-08-12"): Array<[string, string | number]> {
  return findDates(text, published).map((m) => [text.slice(m.start, m.end), m.value]);
}

// "down from its previous estimate in June of 11.7 million tonnes" (a crop forecast, found by Q
// in session 10): digits after "<month> of" that go on as a figure are no year.
describe("a month, 'of', then a figure (read-past-number.ts)", () => {
  it("keeps the month and leaves the figure", () => {
    expect(read("down from its previous estimate in June of 11.7 million tonnes")).toEqual([["June", "2020-06"]]);
    expect(read("after a forecast in May of 12 million bales")).toEqual([["May", "2020-05"]]);
    expect(read("a peak in March of 9 percent")).toEqual([["March", "2020-03"]]);
  });

  it("still reads a year after 'of' written in full, and a day before 'of'", () => {
    expect(read("the record set in June of 2011")).toEqual([["June of 2011", "2011-06"]]);
    // Recognizers-Text DateTime: a two-digit year after "of" with nothing of a figure after it.
    expect(read("I was born in April of 87")).toEqual([["April of 87", "1987-04"]]);
    expect(read("born in April of 87 in Paris")).toEqual([["April of 87", "1987-04"]]);
    expect(read("on the 4th of July of 2019")).toEqual([["4th of July of 2019", "2019-07-04"]]);
  });
});
