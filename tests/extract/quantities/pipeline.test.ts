import { describe, expect, it } from "vitest";
import { explainQuantities, findQuantities } from "../../../core/extract/quantities.js";

function texts(text: string): string[] {
  return findQuantities(text).map((m) => text.slice(m.start, m.end));
}

function dropReason(text: string, written: string): string | undefined {
  const at = text.indexOf(written);
  return explainQuantities(text).find((c) => c.reading.start === at)?.dropped;
}

describe("findQuantities: what is left to the dates extractor", () => {
  it.each([
    ["After 13 years of conflict in Syria", "13", "duration"],
    ["over the past 18 months", "18", "duration"],
    ["the Syrian war began in 2011 and", "2011", "year"],
    ["Operation Peace Spring (2019), and", "2019", "year"],
    ["On 25 July, Italy acted", "25", "calendar-date"],
    ["on Jan. 18 Blinken", "18", "calendar-date"],
    ["since December 1, 2019, and", "2019", "calendar-date"],
    ["at 21:01 GMT", "21", "clock-time"],
    ["published: 2026-01-20", "20", "calendar-date"],
    ["in the 1990s", "1990", "duration"],
  ])("%s: %s is not a quantity (%s)", (text, written, reason) => {
    expect(dropReason(text, written)).toBe(reason);
  });

  it("reads an age, not a duration: a 12-year-old boy", () => {
    const [age] = findQuantities("a 12-year-old boy");
    expect(age).toMatchObject({ value: 12, unit: "year", dimension: "time", start: 2, end: 13 });
  });

  it("keeps a four-digit count when it counts something", () => {
    expect(findQuantities("2000 troops crossed").map((m) => m.unit)).toEqual(["person"]);
    expect(texts("a bill of 2,011 pages")).toEqual(["2,011"]);
  });
});

describe("findQuantities: junk by rule, not by fixture", () => {
  it.each([
    ["Call 202-555-0143 now", "202", "phone-number"],
    ["Ticket code 88231 was issued", "88231", "label-code"],
    ["Exit 436 lies 500 metres east", "436", "label-code"],
    ["  3. Amelia Martinez on", "3", "list-numbering"],
    ["(c) 2024 Example Media", "2024", "copyright"],
    ["a B-52 bomber", "52", "alphanumeric-code"],
    ["a 4x4 vehicle", "4", "alphanumeric-code"],
    ["a two-time champion", "two", "compound-modifier"],
    ["a 2024-style campaign", "2024", "compound-modifier"],
    ["Boston, MA 02134", "02134", "postal-code"],
    ["at 77 Sunset Boulevard today", "77", "street-address"],
  ])("%s: %s dropped as %s", (text, written, reason) => {
    expect(dropReason(text, written)).toBe(reason);
  });

  it("counts the noun a number is joined to: 'a five-member delegation', 'the 20-country euro zone' (issue 16)", () => {
    expect(findQuantities("a five-member delegation")[0]).toMatchObject({ value: 5, unit: "member", dimension: "count" });
    expect(findQuantities("in the 20-country euro zone")[0]).toMatchObject({ value: 20, unit: "country" });
    expect(texts("a one-off payment and a three-fold rise")).toEqual([]);
  });

  it("does not count a number word that means 'a single'", () => {
    expect(texts("one state, one army; one of the reasons")).toEqual([]);
    expect(findQuantities("one person was killed")[0]?.unit).toBe("person");
  });
});

describe("findQuantities: offsets and rules", () => {
  it("gives spans that slice back to the mention text, in text order", () => {
    const text = "Around 1.5 million displaced Syrians and a 30-km strip; 70% of land.";
    const found = findQuantities(text);
    expect(found.map((m) => text.slice(m.start, m.end))).toEqual(["Around 1.5 million", "30-km", "70%"]);
    expect(found.map((m) => m.start)).toEqual([...found.map((m) => m.start)].sort((a, b) => a - b));
    expect(found[0]?.noun).toEqual({ start: text.indexOf("Syrians"), end: text.indexOf("Syrians") + 7, text: "Syrians" });
  });

  it("names the rules that made each mention", () => {
    const [first, second] = findQuantities("the 30-mile (18.6-mile) deep security strip");
    expect(first?.rules).toEqual(["number", "unit", "noun"]);
    expect(second?.rules).toEqual(["number", "unit", "conversion", "noun"]);
    expect(second?.conversionOf).toEqual({ start: 4, end: 11 });
    expect(second?.noun?.text).toBe("strip");
  });

  it.each([
    ["a 30-km strip along the border", "strip"],
    ["the 30-mile (18.6-mile) deep security strip objective", "strip"],
    ["some 2,000 km of border wall", "wall"],
    ["a 30-foot-tall statue of him", "statue"],
    ["3.6 million Syrian refugees residing in Turkey", "refugees"],
    ["eight EU foreign ministers wrote", "ministers"],
    ["900 or so troops that are stationed", "troops"],
    ["hundreds of thousands of people", "people"],
    ["1,200 hectares burned", undefined],
    ["more than 300,000 have fled", undefined],
  ])("reads the noun of %s", (text, noun) => {
    expect(findQuantities(text)[0]?.noun?.text).toBe(noun);
  });

  it("links a temperature conversion written with a bare scale letter", () => {
    const text = "49.5 degrees Celsius (121 F)";
    const [c, f] = findQuantities(text);
    expect(f?.unit).toBe("F");
    expect(f?.conversionOf).toEqual({ start: c!.start, end: c!.end });
  });

  it("links a money conversion but not a different measure in brackets", () => {
    const money = findQuantities("a fine of TL 500 ($27) was paid");
    expect(money[1]?.conversionOf).toEqual({ start: money[0]!.start, end: money[0]!.end });
    const mixed = findQuantities("a 30-km (200 people) zone");
    expect(mixed.every((m) => m.conversionOf === undefined)).toBe(true);
  });

  it.each([
    ["lowers 30-foot-tall (48-kilometer-tall) sections", "30-foot", "48-kilometer"],
    ["a 2-mile-long (3.2-km-long) stretch", "2-mile", "3.2-km"],
    ["a 30-kilometer-deep (18.6-mile) strip", "30-kilometer", "18.6-mile"],
  ])("links a conversion between compound adjectives: %s", (text, original, restated) => {
    const [a, b] = findQuantities(text);
    expect([text.slice(a!.start, a!.end), text.slice(b!.start, b!.end)]).toEqual([original, restated]);
    expect(b?.conversionOf).toEqual({ start: a!.start, end: a!.end });
  });
});
