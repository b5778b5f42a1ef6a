import { describe, expect, it } from "vitest";
import { checkClaims } from "../../core/check/index.js";
import { conversionMismatch } from "../../core/check/rules/conversion-mismatch.js";
import type { Claim } from "../../core/model.js";
import { article, claimOn, type ClaimSpec } from "./support.js";

/** "X (Y)" in one sentence: Y restates X. */
function pair(body: string, x: ClaimSpec, y: ClaimSpec) {
  const doc = article("conv", body);
  const first = claimOn(doc, x);
  const second: Claim = { ...claimOn(doc, y), conversionOf: first.id };
  return checkClaims({ article: doc, claims: [first, second], related: { claims: [], articles: [] } });
}

describe("conversion-mismatch: correct conversions, rounded as journalists round them, never fire", () => {
  const correct: [string, ClaimSpec, ClaimSpec][] = [
    ["a 30 km (18.6 mi) strip", { text: "30 km", value: 30, unit: "km" }, { text: "18.6 mi", value: 18.6, unit: "mi" }],
    ["20 km (12 miles) away", { text: "20 km", value: 20, unit: "km" }, { text: "12 miles", value: 12, unit: "mi" }],
    ["100 km (62 miles) north", { text: "100 km", value: 100, unit: "km" }, { text: "62 miles", value: 62, unit: "mi" }],
    ["450 miles (724 kilometers)", { text: "450 miles", value: 450, unit: "mi" }, { text: "724 kilometers", value: 724, unit: "km" }],
    ["500 miles (806 kilometers)", { text: "500 miles", value: 500, unit: "mi" }, { text: "806 kilometers", value: 806, unit: "km" }],
    ["5 sq km (2 sq mi)", { text: "5 sq km", value: 5, unit: "km2" }, { text: "2 sq mi", value: 2, unit: "mi2" }],
    ["9 meters (30 feet) high", { text: "9 meters", value: 9, unit: "m" }, { text: "30 feet", value: 30, unit: "ft" }],
    ["40C (104F)", { text: "40C", value: 40, unit: "C" }, { text: "104F", value: 104, unit: "F" }],
    ["0C (32F)", { text: "0C", value: 0, unit: "C" }, { text: "32F", value: 32, unit: "F" }],
    ["60 mph (97 km/h)", { text: "60 mph", value: 60, unit: "mph" }, { text: "97 km/h", value: 97, unit: "kmh" }],
    ["a British 50mpg (5.6 l/100km), in imperial gallons", { text: "50mpg", value: 50, unit: "mpg" }, { text: "5.6 l/100km", value: 5.6, unit: "l100km" }],
    ["a British 10 gallons (45 litres)", { text: "10 gallons", value: 10, unit: "gal" }, { text: "45 litres", value: 45, unit: "l" }],
    ["30 mpg (7.8 L/100 km)", { text: "30 mpg", value: 30, unit: "mpg" }, { text: "7.8 L/100 km", value: 7.8, unit: "l100km" }],
    // Cut to fewer figures rather than rounded: 70.2 km is 43.6 mi, 12.7 cm is 4.99 in.
    ["70.2 kilometers (43 miles) away", { text: "70.2 kilometers", value: 70.2, unit: "km" }, { text: "43 miles", value: 43, unit: "mi" }],
    ["a 12.7 cm (4 in) gap", { text: "12.7 cm", value: 12.7, unit: "cm" }, { text: "4 in", value: 4, unit: "in" }],
    ["about 1,000 tonnes (1,100 tons)", { text: "about 1,000 tonnes", value: 1000, unit: "t", qualifier: "approx", qualifierText: "about" }, { text: "1,100 tons", value: 1100, unit: "ton" }],
    ["$100 (€90)", { text: "$100", value: 100, unit: "USD" }, { text: "€90", value: 90, unit: "EUR" }],
  ];
  it.each(correct)("%s", (body, x, y) => {
    expect(pair(body, x, y)).toEqual([]);
  });

  it("accepts a ranged conversion end by end: 450 and 500 miles (724 and 806 kilometers)", () => {
    const findings = pair("between 450 and 500 miles (724 and 806 kilometers)",
      { text: "450 and 500 miles", value: 450, low: 450, high: 500, unit: "mi", qualifier: "range" },
      { text: "724 and 806 kilometers", value: 724, low: 724, high: 806, unit: "km", qualifier: "range" });
    expect(findings).toEqual([]);
  });
});

describe("conversion-mismatch: wrong conversions are contradictions that name the slip", () => {
  it("finds the repeated unit in “30-mile (18.6-mile)” and says 30 km = 18.6 mi", () => {
    const [finding, ...rest] = pair("complete the 30-mile (18.6-mile) deep security strip",
      { text: "30-mile", value: 30, unit: "mi" }, { text: "18.6-mile", value: 18.6, unit: "mi" });
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ kind: "conversion-mismatch", severity: "contradiction", rule: "conversion-mismatch" });
    expect(finding?.claims.map((c) => c.text)).toEqual(["30-mile", "18.6-mile"]);
    expect(finding?.explanation).toContain("30 mi is 48.3 km");
    expect(finding?.explanation).toContain("first unit was probably km");
    expect(finding?.explanation).toContain("30 km = 18.6 mi");
  });

  it("finds swapped units: 30 miles (18.6 km)", () => {
    const [finding] = pair("30 miles (18.6 km)", { text: "30 miles", value: 30, unit: "mi" }, { text: "18.6 km", value: 18.6, unit: "km" });
    expect(finding?.explanation).toContain("30 mi is 48.3 km, not 18.6 km");
    expect(finding?.explanation).toContain("swapped (30 km = 18.6 mi)");
  });

  it("finds a wrong second unit: 10 km (6.2 km)", () => {
    const [finding] = pair("10 km (6.2 km)", { text: "10 km", value: 10, unit: "km" }, { text: "6.2 km", value: 6.2, unit: "km" });
    expect(finding?.explanation).toContain("second unit was probably mi (10 km = 6.21 mi)");
  });

  it("names swapped units when the bracket is rounded: a 10-mile (6km) zone", () => {
    const [finding] = pair("a 10-mile (6km) exclusion zone", { text: "10-mile", value: 10, unit: "mi" }, { text: "6km", value: 6, unit: "km" });
    expect(finding?.explanation).toContain("swapped (10 km = 6.21 mi)");
  });

  it("says the conversion was not done when the number is repeated: 200-mile (200-km)", () => {
    const [finding] = pair("the 200-mile (200-km) trip", { text: "200-mile", value: 200, unit: "mi" }, { text: "200-km", value: 200, unit: "km" });
    expect(finding?.explanation).toContain("the conversion was probably not done (200 mi = 321.9 km)");
  });

  it("finds a plain wrong number with no unit slip: 100 km (30 miles)", () => {
    const [finding] = pair("100 km (30 miles)", { text: "100 km", value: 100, unit: "km" }, { text: "30 miles", value: 30, unit: "mi" });
    expect(finding?.severity).toBe("contradiction");
    expect(finding?.explanation).toContain("100 km is 62.1 mi, not 30 mi");
    expect(finding?.explanation).toContain("Check both figures");
  });

  it("uses squared factors for areas: 5 sq km (5 sq mi) is wrong", () => {
    const [finding] = pair("5 sq km (5 sq mi)", { text: "5 sq km", value: 5, unit: "km2" }, { text: "5 sq mi", value: 5, unit: "mi2" });
    expect(finding?.explanation).toContain("5 sq km is 1.93 sq mi");
  });

  it("catches a wrong end of a ranged conversion", () => {
    const findings = pair("450 and 500 miles (724 and 1,000 kilometers)",
      { text: "450 and 500 miles", value: 450, low: 450, high: 500, unit: "mi", qualifier: "range" },
      { text: "724 and 1,000 kilometers", value: 724, low: 724, high: 1000, unit: "km", qualifier: "range" });
    expect(findings).toHaveLength(1);
  });

  it("reports a speed given a fuel-economy 'equivalent' as a dimension mismatch", () => {
    const [finding] = pair("60 mph (25 mpg)", { text: "60 mph", value: 60, unit: "mph" }, { text: "25 mpg", value: 25, unit: "mpg" });
    expect(finding?.kind).toBe("conversion-mismatch");
    expect(finding?.explanation).toContain("is a speed (mph) but 25 mpg is a fuel economy (mpg)");
  });

  it("still flags a fuel economy that fits neither gallon: 50 mpg (9 L/100 km)", () => {
    expect(pair("50 mpg (9 L/100 km)", { text: "50 mpg", value: 50, unit: "mpg" }, { text: "9 L/100 km", value: 9, unit: "l100km" })).toHaveLength(1);
  });

  it("reads a compound measure as a whole: 6ft 4in (1.93m)", () => {
    const doc = article("conv", "He stands 6ft 4in (1.93m) tall.");
    const feet = claimOn(doc, { text: "6ft", value: 6, unit: "ft" });
    const inches = claimOn(doc, { text: "4in", value: 4, unit: "in" });
    const metres = { ...claimOn(doc, { text: "1.93m", value: 1.93, unit: "m" }), conversionOf: inches.id };
    expect(checkClaims({ article: doc, claims: [feet, inches, metres], related: { claims: [], articles: [] } })).toEqual([]);
    const wrong = { ...metres, value: 1.5 };
    expect(checkClaims({ article: doc, claims: [feet, inches, wrong], related: { claims: [], articles: [] } })).toHaveLength(1);
  });

  it("suggests a slip only when it fits closely: 5 metres (5 feet) is not 5 m = 5.47 yd", () => {
    const [finding] = pair("rose 5 metres (5 feet)", { text: "5 metres", value: 5, unit: "m" }, { text: "5 feet", value: 5, unit: "ft" });
    expect(finding?.explanation).toContain("5 m is 16.4 ft, not 5 ft");
    expect(finding?.explanation).not.toContain("yd");
  });

  it("leaves a count followed by a percentage alone: it is not a conversion", () => {
    expect(pair("5,000 people (10%)", { text: "5,000 people", value: 5000, unit: "person" }, { text: "10%", value: 10, unit: "%", kind: "percent" })).toEqual([]);
  });

  it("gives the same id when the article is checked again", () => {
    const body = "the 30-mile (18.6-mile) strip";
    const once = pair(body, { text: "30-mile", value: 30, unit: "mi" }, { text: "18.6-mile", value: 18.6, unit: "mi" });
    const again = pair(body, { text: "30-mile", value: 30, unit: "mi" }, { text: "18.6-mile", value: 18.6, unit: "mi" });
    expect(again.map((f) => f.id)).toEqual(once.map((f) => f.id));
    expect(conversionMismatch.name).toBe(once[0]?.rule);
  });
});

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

describe("conversion-mismatch: tons of either size", () => {
  it("accepts a British long-ton conversion and an American short-ton one, not a wrong one", () => {
    const tonnes = { text: "12 tonnes", value: 12, unit: "t" };
    expect(pair("12 tonnes (11.8 tons)", tonnes, { text: "11.8 tons", value: 11.8, unit: "ton" })).toEqual([]);
    expect(pair("12 tonnes (13.2 tons)", tonnes, { text: "13.2 tons", value: 13.2, unit: "ton" })).toEqual([]);
    expect(pair("12 tonnes (18 tons)", tonnes, { text: "18 tons", value: 18, unit: "ton" })).toHaveLength(1);
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
