import { describe, expect, it } from "vitest";
import { conversionPair as pair } from "./support.js";

describe("conversion-mismatch: the conversion's own precision and the amount of a change", () => {
  it("takes the original as exact when the conversion is written to more figures: 44-pound (19.75-kilogram)", () => {
    const [finding] = pair("a 44-pound (19.75-kilogram) dog",
      { text: "44-pound", value: 44, unit: "lb", step: 1 }, { text: "19.75-kilogram", value: 19.75, unit: "kg", step: 0.01 });
    expect(finding).toMatchObject({ kind: "conversion-mismatch", severity: "contradiction" });
    expect(finding?.explanation).toContain("44 lb is 19.96 kg, not 19.75 kg");
  });

  it("accepts a four-figure conversion that is right: 44-pound (19.96-kilogram), 30 km (18.64 miles)", () => {
    expect(pair("a 44-pound (19.96-kilogram) dog",
      { text: "44-pound", value: 44, unit: "lb", step: 1 }, { text: "19.96-kilogram", value: 19.96, unit: "kg", step: 0.01 })).toEqual([]);
    expect(pair("30 km (18.64 miles)",
      { text: "30 km", value: 30, unit: "km", step: 10 }, { text: "18.64 miles", value: 18.64, unit: "mi", step: 0.01 })).toEqual([]);
  });

  it("converts a temperature change without the offset: a rise of 2.5C (4.5F) is right, (36.5F) is not", () => {
    const rise = { text: "2.5C", value: 2.5, unit: "C", change: { direction: "up" as const, role: "by" as const, text: "rise" } };
    expect(pair("a rise of 2.5C (4.5F)", rise, { text: "4.5F", value: 4.5, unit: "F" })).toEqual([]);
    const [finding] = pair("a rise of 2.5C (36.5F)", rise, { text: "36.5F", value: 36.5, unit: "F" });
    expect(finding?.explanation).toContain("a change of 2.5°C is a change of 4.5°F, not 36.5°F");
  });

  // Paraphrased from a Reuters cold-snap story (aside6's look-alike): no change word, the norm after the pair makes it a difference.
  it("converts a temperature measured from a norm without the offset: '20 to 40 degrees Fahrenheit (11 to 22 degrees Celsius) below average'", () => {
    const body = "Readings were 20 to 40 degrees Fahrenheit (11 to 22 degrees Celsius) below average across the Midwest.";
    const f = { text: "20 to 40 degrees Fahrenheit", value: 20, low: 20, high: 40, unit: "F", qualifier: "range" as const };
    expect(pair(body, f, { text: "11 to 22 degrees Celsius", value: 11, low: 11, high: 22, unit: "C", qualifier: "range" })).toEqual([]);
    expect(pair("Highs ran 9F (5C) warmer than usual.", { text: "9F", value: 9, unit: "F" }, { text: "5C", value: 5, unit: "C" })).toEqual([]);
    // A wrong difference still fires, and a reading with no norm after it is still a temperature: -37F is -38.3C.
    const [wrong] = pair("Readings were 20 degrees Fahrenheit (-7 degrees Celsius) below average.", { text: "20 degrees Fahrenheit", value: 20, unit: "F" }, { text: "-7 degrees Celsius", value: -7, unit: "C" });
    expect(wrong?.explanation).toContain("a change of 20°F");
    expect(pair("It was minus 37F (minus 38.3C) in Fargo.", { text: "minus 37F", value: -37, unit: "F" }, { text: "minus 38.3C", value: -38.3, unit: "C" })).toEqual([]);
    expect(pair("It was 20F (11C) in Fargo.", { text: "20F", value: 20, unit: "F" }, { text: "11C", value: 11, unit: "C" })).toHaveLength(1);
  });
});

describe("conversion-mismatch: a conversion is computed from the figure as printed (session 12)", () => {
  // ScotsUSA on the Queensferry Crossing (2017): 1.6 mi is 2.57 km; only a true 2.65 km rounds to both.
  it("finds a pair that meets only at the edge of both roundings: 1.6 miles (2.7km), 5.6km (3.4 miles)", () => {
    expect(pair("at 1.6 miles (2.7km)", { text: "1.6 miles", value: 1.6, unit: "mi" }, { text: "2.7km", value: 2.7, unit: "km" })).toHaveLength(1);
    expect(pair("a 5.6km-long stretch (3.4 miles)", { text: "5.6km", value: 5.6, unit: "km" }, { text: "3.4 miles", value: 3.4, unit: "mi" })).toHaveLength(1);
    expect(pair("The 1.7-mile (2.7km) crossing", { text: "1.7-mile", value: 1.7, unit: "mi" }, { text: "2.7km", value: 2.7, unit: "km" })).toEqual([]);
    expect(pair("a 2.5 km (1.6 miles) walk", { text: "2.5 km", value: 2.5, unit: "km" }, { text: "1.6 miles", value: 1.6, unit: "mi" })).toEqual([]);
  });

  // Telegraph via Language Log: 15,200 km is 9,445 miles (8,207 nautical miles).
  it("reads a bound before the pair as its written figure: up to 15,200km (8,200 miles)", () => {
    const upTo = { text: "up to 15,200km", value: 15200, unit: "km", qualifier: "atMost" as const, qualifierText: "up to", high: 15200 };
    const [finding] = pair("up to 15,200km (8,200 miles)", upTo, { text: "8,200 miles", value: 8200, unit: "mi" });
    // Past a thousand the converted figure is given to three figures, as a reader would check it.
    expect(finding?.explanation).toContain("15,200 km is 9,440 mi, not 8,200 mi");
    expect(pair("up to 15,200km (9,400 miles)", upTo, { text: "9,400 miles", value: 9400, unit: "mi" })).toEqual([]);
  });

  // CAL FIRE copy (corpus): the bracket's own bound stays a bound; NHC rounds its conversions to five.
  it("keeps a bound inside the brackets, and lets three figures ending in 5 be rounded to five", () => {
    expect(pair("About 9,000 acres (more than 10 square miles)",
      { text: "About 9,000 acres", value: 9000, unit: "acre", qualifier: "approx", qualifierText: "About" },
      { text: "more than 10 square miles", value: 10, unit: "mi2", qualifier: "atLeast", qualifierText: "more than", low: 10 })).toEqual([]);
    const upTo = { text: "up to 105 miles", value: 105, unit: "mi", qualifier: "atMost" as const, qualifierText: "up to", high: 105 };
    expect(pair("up to 105 miles (165 km)", upTo, { text: "165 km", value: 165, unit: "km" })).toEqual([]);
    expect(pair("up to 15 miles (30 km)", { ...upTo, text: "up to 15 miles", value: 15, high: 15 }, { text: "30 km", value: 30, unit: "km" })).toHaveLength(1);
  });

  // AP on Typhoon Haiyan (2013): 235 km/h is 146.0 mph; a conversion written to the unit was computed, not rounded to five.
  it("reads a figure as printed when its conversion is not in fives: 235 kilometers per hour (147 miles per hour)", () => {
    const kmh = { text: "235 kilometers per hour", value: 235, unit: "kmh" };
    expect(pair("winds of 235 kilometers per hour (147 miles per hour)", kmh, { text: "147 miles per hour", value: 147, unit: "mph" })).toHaveLength(1);
    expect(pair("winds of 235 kilometers per hour (146 miles per hour)", kmh, { text: "146 miles per hour", value: 146, unit: "mph" })).toEqual([]);
    expect(pair("gusts of 275 kph (170 mph)", { text: "275 kph", value: 275, unit: "kmh" }, { text: "170 mph", value: 170, unit: "mph" })).toEqual([]);
  });

  // AFP via phys.org (2024), corrected after a reader wrote: 1.55C above an average is 2.8F.
  it("reads a temperature above an average or pre-industrial levels as a difference", () => {
    const body = "2024 would likely be more than 1.55 degrees Celsius (35 degrees Fahrenheit) above the 1850-1900 average.";
    const c = { text: "more than 1.55 degrees Celsius", value: 1.55, unit: "C", qualifier: "atLeast" as const, qualifierText: "more than", low: 1.55 };
    const [finding] = pair(body, c, { text: "35 degrees Fahrenheit", value: 35, unit: "F" });
    expect(finding?.explanation).toContain("a change of 1.55°C");
    expect(pair("Temperatures are now 1.5C (2.7F) above pre-industrial levels.", { text: "1.5C", value: 1.5, unit: "C" }, { text: "2.7F", value: 2.7, unit: "F" })).toEqual([]);
    expect(pair("The lake sits 20C (68F) above sea level.", { text: "20C", value: 20, unit: "C" }, { text: "68F", value: 68, unit: "F" })).toEqual([]);
  });
});

describe("conversion-mismatch: bare degrees beside a conversion", () => {
  // The Washington Post on the 2019 heat wave: 38.9C is 102.0F; its 114.6 degrees (45.9 Celsius) is right.
  it("reads degrees with no scale as the other scale of their conversion", () => {
    const [finding] = pair("Czech Republic: 101.3 degrees (38.9 Celsius) in Doksany", { text: "101.3 degrees", value: 101.3, unit: "deg" }, { text: "38.9 Celsius", value: 38.9, unit: "C" });
    expect(finding?.explanation).toContain("101.3°F is 38.5°C, not 38.9°C");
    expect(pair("France: 114.6 degrees (45.9 Celsius)", { text: "114.6 degrees", value: 114.6, unit: "deg" }, { text: "45.9 Celsius", value: 45.9, unit: "C" })).toEqual([]);
    expect(pair("a rise of 18 degrees (10 C)", { text: "18 degrees", value: 18, unit: "deg", change: { direction: "up", role: "by", text: "rise" } }, { text: "10 C", value: 10, unit: "C" })).toEqual([]);
  });
});

describe("conversion-mismatch: a round figure is read to its conversion's precision", () => {
  // The Times via metricviews.uk (2006): 3,000 square metres is 3,588 square yards; the writer multiplied by 1.1.
  it("finds a round figure converted by the wrong factor: over 3,000 square metres (3,300 square yards)", () => {
    const over = { text: "over 3,000 square metres", value: 3000, unit: "m2", qualifier: "atLeast" as const, qualifierText: "over", low: 3000 };
    expect(pair("spread over 3,000 square metres (3,300 square yards)", over, { text: "3,300 square yards", value: 3300, unit: "yd2" })).toHaveLength(1);
    expect(pair("3,000 square metres (3,300 square yards)", { ...over, text: "3,000 square metres", qualifier: "exact" }, { text: "3,300 square yards", value: 3300, unit: "yd2" })).toHaveLength(1);
    expect(pair("spread over 3,000 square metres (3,600 square yards)", over, { text: "3,600 square yards", value: 3600, unit: "yd2" })).toEqual([]);
  });

  it("keeps a round figure a little rough: 500 miles (806 km), 100 km (62 miles), 90 mph (150 km/h)", () => {
    expect(pair("500 miles (806 km)", { text: "500 miles", value: 500, unit: "mi" }, { text: "806 km", value: 806, unit: "km" })).toEqual([]);
    expect(pair("100 km (62 miles)", { text: "100 km", value: 100, unit: "km" }, { text: "62 miles", value: 62, unit: "mi" })).toEqual([]);
    expect(pair("winds of 90 mph (150 km/h)", { text: "90 mph", value: 90, unit: "mph" }, { text: "150 km/h", value: 150, unit: "kmh" })).toEqual([]);
  });
});

describe("conversion-mismatch: one number printed in two units", () => {
  // AP on CNN (2005): 'just a centimeter (an inch) shy'; the corpus's '20 km (20 miles)'.
  it("finds a conversion never done, however rough a one-digit figure is", () => {
    const [finding] = pair("just a centimeter (an inch) shy", { text: "a centimeter", value: 1, unit: "cm" }, { text: "an inch", value: 1, unit: "in" });
    expect(finding?.explanation).toContain("The same number is given in both units");
  });
  it("leaves units close together and scales with a zero offset to the readings", () => {
    expect(pair("a metre (a yard) away", { text: "a metre", value: 1, unit: "m" }, { text: "a yard", value: 1, unit: "yd" })).toEqual([]);
    expect(pair("It was -40C (-40F).", { text: "-40C", value: -40, unit: "C" }, { text: "-40F", value: -40, unit: "F" })).toEqual([]);
  });
});
