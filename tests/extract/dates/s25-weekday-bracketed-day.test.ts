import { describe, expect, it } from "vitest";
import { findDates } from "../../../core/extract/dates.js";

/**
 * A weekday glossed by its calendar day in brackets is one date, the day the brackets write
 * (session 25; sentences after reports of the Shah Cheragh shrine shooting and the Cuttack
 * derailment), and a bracket that is no day of it stays apart.
 */
const dates = (text: string, published: string) => findDates(text, published).map((m) => [text.slice(m.start, m.end), m.value]);

describe("a weekday with its day in brackets", () => {
  it("reads the two as one date, of the bracketed day", () => {
    expect(dates("An armed man opened fire at the shrine on Monday evening (August 13th), killing two.", "2023-08-13")).toEqual([["Monday evening (August 13th)", "2023-08-13"]]);
    expect(dates("At least 40 people were injured on Thursday (January 16) after eight coaches derailed.", "2020-01-17")).toEqual([["Thursday (January 16)", "2020-01-16"]]);
  });
  it("leaves a bracket that holds no day, or a day weeks from the weekday", () => {
    expect(dates("The ferry sank on Thursday (local time) off the coast.", "2020-01-17")).toEqual([["Thursday", "2020-01-16"]]);
    expect(dates("Talks resumed on Thursday (March 3 was the last round) in Geneva.", "2020-01-17").map(([t]) => t)).toEqual(["Thursday", "March 3"]);
  });
});
