import { describe, expect, it } from "vitest";
import { extractClaims } from "../../../core/index.js";

/**
 * Session 24: "Quake strikes off Surigao City" names one event, not a quake and an air strike;
 * the story's one quake gives its magnitude the story's names; a decimal before a singular noun
 * counts nothing ("Magnitude 7.4 Earthquake Strikes Japan"), and a possessive is no plural.
 * Headlines after real ones (Surigao, February 2017; Fukushima, March 2022).
 */
const claims = (body: string, published = "2017-02-11") => extractClaims({ id: "a", body, published });
const lead = "A magnitude 6.7 earthquake struck near Surigao City late Friday night, according to Phivolcs. The tremor hit at a depth of 10 kilometers, Phivolcs said.";

describe("a headline's event struck by its verb", () => {
  it("is the quake alone: its magnitude is the story's quake's, with the story's names", () => {
    const magnitude = claims(`M6.7 quake strikes off Surigao City\n\n${lead}`).find((c) => c.text === "6.7");
    expect(magnitude?.subject?.frame?.measure.id).toBe("magnitude.earthquake");
    expect(magnitude?.subject?.frame?.scope.map((e) => e.id)).toContain("name:surigao");
  });
  it("is an air strike when no event word stands before 'strikes'", () => {
    const magnitude = claims(`Airstrikes hit Surigao City\n\n${lead}`).find((c) => c.text === "6.7");
    expect(magnitude?.subject?.frame).toBeUndefined();
  });
});

describe("a magnitude in a title-case headline", () => {
  const body = "Magnitude 7.4 Earthquake Strikes Japan\n\nAt least four people were killed after a magnitude 7.4 earthquake struck Japan’s northeast coast off Fukushima on March 16. It was preceded minutes earlier by a 6.1-magnitude temblor.";
  const read = claims(body, "2022-03-17");
  it("counts no strikes and no Japans", () => {
    expect(read.filter((c) => c.text === "7.4").map((c) => c.unit)).toEqual([undefined, undefined]);
  });
  it("keeps apart a quake minutes before the main one", () => {
    expect(read.find((c) => c.text === "6.1-magnitude")?.subject?.frame).toBeUndefined();
    expect(read.filter((c) => c.text === "7.4").every((c) => c.subject?.frame?.measure.id === "magnitude.earthquake")).toBe(true);
  });
  it("still counts points after a decimal", () => {
    expect(claims("The Sensex closed 118.55 points up, at 34,000.", "2022-03-17").find((c) => c.text.startsWith("118.55"))?.unit).toBe("point");
  });
});

describe("a magnitude told with its event word", () => {
  it("is the quake's in a sentence that counts two people, not two quakes", () => {
    const read = claims("Quake hits New Zealand\n\nA 7.8-magnitude earthquake struck New Zealand's South Island on Monday, killing two people. The quake struck at a depth of 15 kilometres.", "2016-11-14");
    expect(read.find((c) => c.text === "7.8-magnitude")?.subject?.frame?.measure.id).toBe("magnitude.earthquake");
  });
  it("is not one of two quakes a sentence counts", () => {
    const read = claims("Two quakes struck Herat on Saturday, one of 6.3 and one of 5.9. The first, a 6.3 temblor, struck at noon.", "2023-10-08");
    expect(read.filter((c) => c.value === 6.3).every((c) => c.subject?.frame === undefined)).toBe(true);
  });
  it("after 'the' is no count referred back to ('The 6.1-magnitude temblor')", () => {
    expect(claims("The 6.1-magnitude temblor struck Herat on Saturday.", "2023-10-08").find((c) => c.text === "6.1-magnitude")?.subject?.frame?.measure.id).toBe("magnitude.earthquake");
  });
});
