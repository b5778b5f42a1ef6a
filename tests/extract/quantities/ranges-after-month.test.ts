/**
 * A figure right after a month's name is a day of that month and opens no range (ranges.ts
 * AFTER_MONTH); only a whole month name counts, as the date step reads it: a word that merely
 * begins with a month's letters ("Maybe", "mayor", "decades", "Marcus") leaves the range alone.
 */
import { describe, expect, it } from "vitest";
import { findQuantities } from "../../../core/extract/quantities.js";

const read = (text: string) => findQuantities(text).map((m) => ({ text: text.slice(m.start, m.end), low: m.low, high: m.high }));

describe("a range after a month's name", () => {
  it("is no range when the month names the first figure's day", () => {
    expect(read("in the week ended Sept. 4 to 4.49 million")).toEqual([{ text: "4.49 million", low: undefined, high: undefined }]);
    expect(read("from March 12 to 15 people")).not.toContainEqual(expect.objectContaining({ low: 12 }));
    expect(read("closed on Dec 3 to 5 visitors")).not.toContainEqual(expect.objectContaining({ low: 3 }));
  });

  it("is a range after a word that only begins like a month", () => {
    expect(read("Maybe 30 to 50 people were hurt.")).toContainEqual({ text: "30 to 50", low: 30, high: 50 });
    expect(read("The mayor 3 to 5 times a week")).toContainEqual({ text: "3 to 5", low: 3, high: 5 });
    expect(read("Over decades 2 to 3 metres of coast were lost.")).toContainEqual({ text: "2 to 3 metres", low: 2, high: 3 });
    expect(read("Marcus 12-15 runs")).toContainEqual(expect.objectContaining({ low: 12, high: 15 }));
  });
});
