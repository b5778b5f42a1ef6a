import { describe, expect, it } from "vitest";
import { extractClaims } from "../../../core/index.js";
import { isStoryGroup } from "../../../core/extract/subject/story-names-step.js";

// Session 15 (issue 15), E: every count of a group of people or things one event of one moment
// fixed ("including eight minors", "230 passengers and 12 crew", "almost 30 homes") carries its
// report's story names, as its tolls do, so another outlet's count of that group meets it
// (retired aside10 Uyuni, aside11 Air India AI171, aside9 Banaran landslide).

const names = (body: string, text: string, published = "2025-03-02") => {
  const claim = extractClaims({ id: "a", body, published }).find((c) => c.text === text);
  expect(claim?.subject?.frame, `a claim "${text}" with a frame`).toBeDefined();
  return claim!.subject!.frame!.scope.filter((e) => e.id.startsWith("name:")).map((e) => e.id);
};

describe("a group of the story told by its own noun takes the story's names", () => {
  const crash = (sentence: string) => `Bus collision near Tamokwe kills 37\nTwo buses collided near Tamokwe on Saturday, killing 37 people, police said. ${sentence}\nRescuers worked through the night in Tamokwe.`;
  it("a group its noun names, even told as a part ('including eight minors', 'including 230 passengers')", () => {
    // AFP's wording of the Uyuni collision: "leaving at least 37 people dead including eight minors".
    const uyuni = "Bus collision near Tamokwe\nTwo buses collided near Tamokwe on Saturday, leaving 37 people dead including eight minors, police said.\nRescuers worked through the night in Tamokwe.";
    expect(names(uyuni, "eight")).toContain("name:tamokwe");
    expect(names(crash("The buses were carrying 62 people, including 30 passengers from Ruvenza."), "30")).toContain("name:tamokwe");
  });
  it("a count of things the event struck ('almost 30 homes')", () => {
    expect(names(crash("The fire spread to almost 30 homes by the road."), "almost 30")).toContain("name:tamokwe");
  });
  it("not a count of another event in the same report", () => {
    expect(names(crash("In another crash last year, 12 pilgrims died."), "12")).toEqual([]);
  });
  it("not in a story of an event that lasts days (a flood's families stranded change by the bulletin)", () => {
    const story = (what: string, verb: string) => `${what} in Tamokwe kill 23\n${what} swept through Tamokwe on Saturday, killing 23 people, officials said. About 12,000 families ${verb} in Tamokwe.\nRescuers worked through the night in Tamokwe.`;
    expect(names(story("Floods", "remain stranded"), "About 12,000")).toEqual([]);
    expect(names(story("A fire", "remain stranded"), "About 12,000")).toContain("name:tamokwe");
  });
});

describe("isStoryGroup", () => {
  it("a group of people or things by its root; not a toll's own class nor a part of the dead", () => {
    expect(["minor", "pilgrim", "passenger", "floors.building", "house", "vehicle", "foreigner"].map(isStoryGroup)).toEqual([true, true, true, true, true, true, true]);
    expect(["killed", "injured", "missing", "killed.child", "distance", "cost"].map(isStoryGroup)).toEqual([false, false, false, false, false, false]);
  });
});

describe("everyone aboard told by where they were (aboard.ts)", () => {
  const measure = (body: string, text: string) => extractClaims({ id: "a", body, published: "2021-05-27" }).find((c) => c.text === text)?.subject?.frame?.measure.id;
  it("'about 160 people were on the vessel' (Daily Sun, the Warrah boat, retired aside9 a9-5) counts those aboard", () => {
    expect(measure("Boat sinks in Kebbi\nDaily Sun gathered that about 160 people were on the vessel and about 22 had been rescued.\nMore here.", "about 160")).toBe("aboard");
    expect(measure("Bus plunges into gorge\nPolice said 43 people were in the bus when it left the road.\nMore here.", "43")).toBe("aboard");
  });
  it("not people on a beach or at a market", () => {
    expect(measure("Storm hits coast\nAbout 160 people were on the beach when the wave came.\nMore here.", "About 160")).not.toBe("aboard");
    expect(measure("Fire at market\nAbout 160 people were on the market square.\nMore here.", "About 160")).not.toBe("aboard");
  });
});
