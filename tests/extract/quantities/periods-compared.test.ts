/**
 * "year-on-year", "month-over-month" after a figure name the period compared, not the figure's
 * unit (units-step.ts): the quantity reader keeps the figure and its currency.
 */
import { describe, expect, it } from "vitest";
import { findQuantities } from "../../../core/extract/quantities.js";

const read = (text: string) => findQuantities(text).map((m) => ({ text: text.slice(m.start, m.end), unit: m.unit, role: m.change?.role }));

describe("a period compared after a figure", () => {
  it("is no unit of the figure before it", () => {
    // https://www.pling.no/publications/nz-property-investor/4330/issues/633778/articles (NZ Property Investor)
    const text = "REINZ data shows the national median sale price dropped $5,000 in August from $770,000 to $765,000 year-on-year, but prices are holding steady with a 1.3 per cent increase month-on-month.";
    expect(read(text)).toContainEqual({ text: "$765,000", unit: "USD", role: "to" });
    expect(read("Exports were 5,000 year-on-year and 2,000 month-over-month.").map((q) => q.unit)).toEqual([undefined, undefined]);
  });

  it("leaves durations and ages as they were", () => {
    expect(read("He was jailed for 5 years on Monday.")).toEqual([]);
    expect(read("A 23-year-old man was charged.")).toEqual([{ text: "23-year-old", unit: "year", role: undefined }]);
  });
});
