import { describe, expect, it } from "vitest";
import { valuesDisagree } from "../../core/check/tally.js";
import { neitherConverts } from "../../core/check/two-units.js";
import { claimInterval } from "../../core/check/interval.js";
import type { Claim } from "../../core/model.js";
import { article, claimOn } from "./support.js";

const km = article("k", "Bulambuli is approximately 280 kilometers east of Kampala, about 806 km from the coast, more than 280 kilometers away, some 65 km away.");
const mi = article("m", "Bulambuli is approximately 190 miles east of Kampala, about 500 miles from the coast, 40 miles away, 174 miles away.");

const length = (source: typeof km, text: string, value: number, unit: string, extra: Partial<Claim> = {}): Claim =>
  claimOn(source, { text, value, unit, dimension: "length", ...extra });

describe("two figures of one thing written in two units", () => {
  const about280km = length(km, "approximately 280 kilometers", 280, "km", { qualifier: "approx", qualifierText: "approximately" });
  const about190mi = length(mi, "approximately 190 miles", 190, "mi", { qualifier: "approx", qualifierText: "approximately" });

  it("disagree when neither, converted, lands where the other's written precision allows (190 mi = 306 km; 280 km = 174 mi)", () => {
    expect(valuesDisagree(about280km, about190mi)).toBe(true);
    expect(valuesDisagree(about190mi, about280km)).toBe(true);
    expect(neitherConverts(about280km, about190mi, claimInterval(about280km)!, claimInterval(about190mi)!, "km", "mi")).toBe(true);
  });

  it("agree when one is a conversion of the other, rounded as written", () => {
    // 500 miles is 804.7 km; 806 km is 500.8 miles, inside what "500 miles" allows.
    const km806 = length(km, "about 806 km", 806, "km", { qualifier: "approx", qualifierText: "about" });
    const mi500 = length(mi, "about 500 miles", 500, "mi", { qualifier: "approx", qualifierText: "about" });
    expect(valuesDisagree(km806, mi500)).toBe(false);
    // 280 km is 174 miles to the mile.
    expect(valuesDisagree(about280km, length(mi, "174 miles", 174, "mi"))).toBe(false);
    // 65 km is 40.4 miles, inside "40 miles" (36-44).
    expect(valuesDisagree(length(km, "some 65 km", 65, "km", { qualifier: "approx", qualifierText: "some" }), length(mi, "40 miles", 40, "mi"))).toBe(false);
  });

  it("reads a bound as no value to convert: 'more than 280 kilometers' and 190 miles agree", () => {
    const over = length(km, "more than 280 kilometers", 280, "km", { qualifier: "atLeast", qualifierText: "more than", low: 280 });
    expect(valuesDisagree(over, about190mi)).toBe(false);
  });

  it("leaves figures of one unit to their intervals", () => {
    expect(neitherConverts(about280km, about280km, claimInterval(about280km)!, claimInterval(about280km)!, "km", "km")).toBe(false);
  });
});
