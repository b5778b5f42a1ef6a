import { describe, expect, it } from "vitest";
import { checkClaims } from "../../core/check/index.js";
import { conversionMismatch } from "../../core/check/rules/conversion-mismatch.js";
import { article, claimOn, type ClaimSpec, conversionPair as pair } from "./support.js";

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

describe("conversion-mismatch: tons of either size", () => {
  it("accepts a British long-ton conversion and an American short-ton one, not a wrong one", () => {
    const tonnes = { text: "12 tonnes", value: 12, unit: "t" };
    expect(pair("12 tonnes (11.8 tons)", tonnes, { text: "11.8 tons", value: 11.8, unit: "ton" })).toEqual([]);
    expect(pair("12 tonnes (13.2 tons)", tonnes, { text: "13.2 tons", value: 13.2, unit: "ton" })).toEqual([]);
    expect(pair("12 tonnes (18 tons)", tonnes, { text: "18 tons", value: 18, unit: "ton" })).toHaveLength(1);
  });
});
