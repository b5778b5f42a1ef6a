import { describe, expect, it } from "vitest";
import { valuesDisagree } from "../../core/check/tally.js";
import { checkInOrder, article, claimOn } from "./support.js";
import type { Claim } from "../../core/model.js";

/**
 * Session 28: news cuts decimals off as often as it rounds them. "8,848m" and "8848.86m" are one
 * survey of one peak told two ways; 8,849 would be the rounding, 8,848 is the truncation.
 */
const whole = article("w", "Everest was long given as 8,848m, not 8,847m; the dam is 6m high.");
const precise = article("p", "Everest is 8848.86m high; the dam is 6.8m high.");
const metres = (source: typeof whole, text: string, value: number, extra: Partial<Claim> = {}): Claim =>
  claimOn(source, { text, value, unit: "m", dimension: "length", ...extra });

describe("a whole figure against a decimal one", () => {
  it("agrees when the decimal one cut short is the whole one: 8,848 and 8,848.86", () => {
    expect(valuesDisagree(metres(whole, "8,848m", 8848), metres(precise, "8848.86m", 8848.86))).toBe(false);
    expect(valuesDisagree(metres(precise, "8848.86m", 8848.86), metres(whole, "8,848m", 8848))).toBe(false);
  });
  it("still disagrees when the whole figure is not the cut one: 8,847 and 8,848.86", () => {
    expect(valuesDisagree(metres(whole, "8,847m", 8847), metres(precise, "8848.86m", 8848.86))).toBe(true);
  });
  it("keeps small figures to their written precision: a magnitude 6 is not a 6.8", () => {
    expect(valuesDisagree(metres(whole, "6m", 6), metres(precise, "6.8m", 6.8))).toBe(true);
  });
});

describe("through the whole check", () => {
  it("raises nothing between the peak's two heights", () => {
    const findings = checkInOrder(
      article("e1", "Mount Everest, at 8,848m, is the world's highest peak.", "2019-05-01"),
      article("e2", "Mount Everest is 8848.86m high, Nepal and China announced.", "2021-01-01"),
    );
    expect(findings.filter((f) => f.claims.some((c) => /8,?848/.test(c.text)))).toEqual([]);
  });
});
