import { describe, expect, it } from "vitest";
import { around, claimInterval, convertInterval, incompatible, inferStep, restates, writtenHalfWidth } from "../../core/check/interval.js";
import { article, claimOn } from "./support.js";

const doc = article("a", "more than 80 people, at most 30 km, about 2 million, almost 2 million, 450 to 500 miles, some 300, about 3.6 million, some 3.2 million, about 3.5 million, about 45, thousands");

describe("the precision a number was written with", () => {
  it("reads the step from the digits", () => {
    expect(inferStep(18.6)).toBeCloseTo(0.1);
    expect(inferStep(30)).toBe(10);
    expect(inferStep(3_600_000)).toBe(100_000);
    expect(inferStep(7)).toBe(1);
    expect(inferStep(0.25)).toBeCloseTo(0.01);
  });

  it("keeps round numbers between their finest and coarsest reading", () => {
    expect(writtenHalfWidth(18.6)).toBeCloseTo(0.05);
    expect(writtenHalfWidth(30)).toBeCloseTo(3);
    expect(writtenHalfWidth(100)).toBeCloseTo(10);
    expect(writtenHalfWidth(3_600_000)).toBe(50_000);
    expect(writtenHalfWidth(1)).toBe(0.5);
  });

  it("takes the coarser of the extractor's step and the digits", () => {
    expect(writtenHalfWidth(500, 1)).toBeCloseTo(50);
    expect(writtenHalfWidth(18.6, 0.1)).toBeCloseTo(0.05);
  });
});

describe("claims as intervals", () => {
  it("makes atLeast and atMost half-lines with the bound as written", () => {
    expect(claimInterval(claimOn(doc, { text: "more than 80", value: 80, qualifier: "atLeast" }))).toEqual({ low: 80, high: Infinity });
    expect(claimInterval(claimOn(doc, { text: "at most 30 km", value: 30, unit: "km", qualifier: "atMost" }))).toEqual({ low: -Infinity, high: 30 });
  });

  it("reads a one-digit approximate figure to half its digit, at most a fifth, and 'almost' only below", () => {
    const about = claimInterval(claimOn(doc, { text: "about 2 million", value: 2e6, qualifier: "approx", qualifierText: "about" }));
    const almost = claimInterval(claimOn(doc, { text: "almost 2 million", value: 2e6, qualifier: "approx", qualifierText: "almost" }));
    expect(about).toEqual({ low: 1.6e6, high: 2.4e6 });
    expect(almost).toEqual({ low: 1.6e6, high: 2e6 });
    expect(claimInterval(claimOn(doc, { text: "some 300", value: 300, qualifier: "approx", qualifierText: "some" }))).toEqual({ low: 250, high: 350 });
  });

  it("reads 'about 3.6 million' as 3.5 to 3.7 million, from the digits written, not a tenth either way", () => {
    const about = (text: string, value: number, step?: number) =>
      claimInterval(claimOn(doc, { text, value, qualifier: "approx", qualifierText: text.split(" ")[0], ...(step ? { step } : {}) }));
    expect(about("about 3.6 million", 3.6e6, 1e5)).toEqual({ low: 3.5e6, high: 3.7e6 });
    // The example: these two disagree, which a tenth either way hid.
    expect(incompatible(about("some 3.2 million", 3.2e6, 1e5)!, about("about 3.6 million", 3.6e6, 1e5)!)).toBe(true);
    expect(incompatible(about("about 3.5 million", 3.5e6, 1e5)!, about("about 3.6 million", 3.6e6, 1e5)!)).toBe(false);
    // Small figures keep a few percent: "about 45" allows 47.
    expect(about("about 45", 45)).toEqual({ low: 45 - 1.125, high: 45 + 1.125 });
  });

  it("reads an order of magnitude ('thousands') from its lowest value to ten of its scale", () => {
    const thousands = claimInterval(claimOn(doc, { text: "thousands", value: 2000, step: 1000, qualifier: "atLeast", vague: true }));
    expect(thousands).toEqual({ low: 2000, high: 10000 });
  });

  it("widens a range by the precision of its ends", () => {
    const range = claimInterval(claimOn(doc, { text: "450 to 500 miles", value: 450, low: 450, high: 500, unit: "mi", qualifier: "range" }));
    expect(range?.low).toBeCloseTo(445);
    expect(range?.high).toBeCloseTo(550);
  });

  it("returns null for a date", () => {
    expect(claimInterval(claimOn(doc, { text: "80", value: "2019" }))).toBeNull();
  });
});

describe("comparing intervals", () => {
  it("treats touching figures as different (3.5 vs 3.6 million) but as a possible rounding", () => {
    const a = around(3.5e6);
    const b = around(3.6e6);
    expect(incompatible(a, b)).toBe(true);
    expect(restates(a, b)).toBe(true);
    expect(incompatible(around(81), { low: 80, high: Infinity })).toBe(false);
  });

  it("converts both ends, keeping open ends open", () => {
    const km = convertInterval({ low: 25, high: Infinity }, "mi", "km");
    expect(km?.low).toBeCloseTo(40.23, 2);
    expect(km?.high).toBe(Infinity);
    expect(convertInterval({ low: 1, high: 2 }, "USD", "EUR")).toBeNull();
  });

  it("re-sorts ends when the units are reciprocal", () => {
    const l100 = convertInterval({ low: 20, high: 40 }, "mpg", "l100km");
    expect(l100!.low).toBeLessThan(l100!.high);
    expect(l100!.low).toBeCloseTo(5.88, 2);
  });
});
