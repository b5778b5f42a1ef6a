import { describe, expect, it } from "vitest";
import { valuesDisagree } from "../../core/check/tally.js";
import type { Claim } from "../../core/model.js";
import { article, claimOn } from "./support.js";

/**
 * Session 27: converters round to five. AFP's "165 kilometers per hour" and AP's "105 mph" are
 * one storm's winds (90 knots: 104 mph, 167 km/h), though 165 km/h is 102.5 mph.
 */
const kph = article("k", "Agatha had winds of 165 kilometers per hour and 163 kilometers per hour and 175 kilometers per hour.");
const mph = article("m", "Agatha had maximum sustained winds of 105 mph.");
const speed = (source: typeof kph, text: string, value: number, unit: string, extra: Partial<Claim> = {}): Claim =>
  claimOn(source, { text, value, unit, dimension: "speed", ...extra });

describe("a figure in another unit ending in 5", () => {
  const mph105 = speed(mph, "105 mph", 105, "mph");
  it("is read to the nearest five: 165 km/h and 105 mph agree", () => {
    expect(valuesDisagree(speed(kph, "165 kilometers per hour", 165, "kmh"), mph105)).toBe(false);
    expect(valuesDisagree(mph105, speed(kph, "165 kilometers per hour", 165, "kmh"))).toBe(false);
  });
  it("still disagrees beyond the five: 175 km/h (108.7 mph) and 105 mph", () => {
    expect(valuesDisagree(speed(kph, "175 kilometers per hour", 175, "kmh"), mph105)).toBe(true);
  });
  it("keeps a figure not ending in 5 to its unit: 163 km/h (101.3 mph) and 105 mph disagree", () => {
    expect(valuesDisagree(speed(kph, "163 kilometers per hour", 163, "kmh"), mph105)).toBe(true);
  });
  it("keeps one unit's figures to their written precision: 165 and 167 km/h disagree", () => {
    const other = article("o", "Agatha had winds of 167 kilometers per hour.");
    expect(valuesDisagree(speed(kph, "165 kilometers per hour", 165, "kmh"), speed(other, "167 kilometers per hour", 167, "kmh"))).toBe(true);
  });
});
