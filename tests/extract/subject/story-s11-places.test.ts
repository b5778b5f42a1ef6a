import { describe, expect, it } from "vitest";
import { extractClaims } from "../../../core/index.js";

/** The frame of the claim written `text` in `body`. */
function frameOf(body: string, text: string, published = "2023-04-24") {
  const claim = extractClaims({ id: "t", body, published }).find((c) => c.text === text);
  return claim?.subject?.frame;
}

const scopeIds = (body: string, text: string, published?: string) => frameOf(body, text, published)?.scope.map((e) => e.id) ?? [];

// Sentences from anews.com.tr (2023-04-24), smh.com.au (2003-03-23), and shaped after them.
describe("where a count is, after the noun (place.ts placeAfter)", () => {
  it("reads the place people reached, past words that describe its area", () => {
    const body = "More than 1,200 migrants have reached the Italian Mediterranean island of Lampedusa in just 24 hours, the coastguard reported on Monday.";
    expect(scopeIds(body, "More than 1,200")).toEqual(["lampedusa"]);
    expect(scopeIds("About 3,000 refugees live in the Kenyan city of Nairobi.", "About 3,000")).toEqual(["nairobi"]);
  });
  it("reads no place from what people reached that the gazetteer does not know, nor from words with no area word after them", () => {
    expect(scopeIds("Some 500 protesters reached Parliament Square on Monday.", "Some 500")).toEqual([]);
    expect(scopeIds("The 40 delegates reached an agreement in Geneva.", "40")).toEqual([]);
    expect(scopeIds("About 3,000 refugees live in the Kenyan Nairobi.", "About 3,000")).not.toContain("nairobi");
  });
});

describe("story names of a city written without its 'City' (sentence-names.ts)", () => {
  const body = "Tens of thousands of anti-war demonstrators, spanning 30 blocks, have marched down Broadway in New York as part of a fresh round of cross-country protests against war on Iraq. Unofficial police estimates put the crowd at 120,000 or more, while organisers estimate the crowd at more than 200,000.";
  it("names 'New York' as the known city, not as a rare 'York'", () => {
    const names = frameOf(body, "120,000 or more", "2003-03-23")?.scope.filter((e) => e.id.startsWith("name:")) ?? [];
    expect(names.map((e) => e.id)).toEqual(["name:new-york-city"]);
    expect(names[0]!.within).toContain("known");
  });
  it("keeps a state written as one and a place known by its own name", () => {
    const state = "Floods kill 12 in New York State\nFlash floods in New York State killed 12 people on Sunday, officials said.";
    expect(scopeIds(state, "12", "2023-07-10")).toContain("name:new-york-state");
    const city = "Floods kill 12 in New Jersey\nFlash floods in New Jersey killed 12 people on Sunday, officials said.";
    expect(scopeIds(city, "12", "2023-07-10")).toContain("name:new-jersey");
  });
});

describe("unrest as an uprising (data/events.ts)", () => {
  it("gives a toll of unrest the uprising's class", () => {
    const frame = frameOf("At least 23 people were killed in the unrest in Nairobi on Tuesday, police said.", "At least 23", "2024-06-28");
    expect(frame?.event?.id).toBe("uprising");
    expect(frame?.event?.place).toBe("nairobi");
  });
});

describe("provinces written in two languages, inside their island (data/gazetteer.ts)", () => {
  it("reads the English and the Indonesian name as one province, within its island and country", async () => {
    const { gazetteerPlace } = await import("../../../core/extract/subject/gazetteer.js");
    expect(gazetteerPlace("Jawa Tengah")).toBe("central-java");
    expect(gazetteerPlace("Central Java")).toBe("central-java");
    expect(gazetteerPlace("Sulawesi Selatan")).toBe(gazetteerPlace("South Sulawesi"));
    const within = frameOf("At least 56 people were killed in a landslide in Central Java, officials said.", "At least 56", "2014-12-16")?.scope.find((e) => e.kind === "place")?.within;
    expect(within).toEqual(["java", "indonesia"]);
  });
  it("keeps two provinces of one island apart", async () => {
    const { gazetteerPlace } = await import("../../../core/extract/subject/gazetteer.js");
    expect(gazetteerPlace("West Java")).not.toBe(gazetteerPlace("Central Java"));
    expect(gazetteerPlace("Java")).toBe("java");
  });
});
