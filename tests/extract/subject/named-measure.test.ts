/**
 * Measures of named things (core/extract/subject/named-measure.ts) on shapes the corpus entries
 * do not hold: a name placed by another ("The Shard in London"), a common noun placed by a name
 * ("the dam at Zug"), a distance, a height above sea level, and a count of seats that is no
 * capacity. Checked through the whole extractor, as an article is.
 */
import { describe, expect, it } from "vitest";
import { extractClaims } from "../../../core/index.js";

function frameOf(body: string, text: string) {
  const claim = extractClaims({ id: "t", published: "2024-01-01", body } as Parameters<typeof extractClaims>[0]).find((c) => c.text === text);
  return claim?.subject?.frame;
}

describe("measures of named things", () => {
  it("takes the thing a place name places, not the place", () => {
    const frame = frameOf("The Shard in London stands 310 meters tall.", "310 meters");
    expect(frame?.measure.id).toBe("height");
    expect(frame?.scope.map((e) => e.id)).toContain("shard");
    expect(frame?.scope.map((e) => e.id)).not.toContain("london");
  });
  it("gives a common noun placed by a name no named measure", () => {
    expect(frameOf("The dam at Zug was 80 feet high and made of concrete.", "80 feet")?.rules).not.toContain("frame.named-measure");
  });
  it("reads a distance from a named thing as no measure of it", () => {
    expect(frameOf("Officials said the Dali was 300 metres from the pier.", "300 metres")?.rules ?? []).not.toContain("frame.named-measure");
  });
  it("reads a height above sea level as a height", () => {
    const frame = frameOf("Mount Everest stands 8,849 metres above sea level.", "8,849 metres");
    expect(frame?.measure.id).toBe("height");
    expect(frame?.scope.map((e) => e.id)).toEqual(["mount-everest"]);
  });
  it("reads a difference between two things as no measure of either", () => {
    const body = "The Shanghai Tower stands 632 metres tall. The Shanghai Tower is about 80 metres (262 feet) taller than the Ping An Finance Centre.";
    expect(frameOf(body, "632 metres")?.measure.id).toBe("height");
    expect(frameOf(body, "about 80 metres")?.rules ?? []).not.toContain("frame.named-measure");
    expect(frameOf("The Queen Mary 2 measures 345 metres, some 40 metres longer than the Titanic.", "345 metres")?.measure.id).toBe("extent");
    expect(frameOf("The Queen Mary 2 measures 345 metres, some 40 metres longer than the Titanic.", "some 40 metres")?.rules ?? []).not.toContain("frame.named-measure");
  });
  it("does not read a party's seats as a capacity", () => {
    expect(frameOf("Labour holds 411 seats in the Commons.", "411")?.rules ?? []).not.toContain("frame.named-measure");
  });
  it("reads a stadium's capacity of spectators as its capacity", () => {
    const frame = frameOf("Wembley Stadium has a capacity of 90,000 spectators.", "90,000");
    expect(frame?.measure.id).toBe("capacity");
    expect(frame?.scope.map((e) => e.id)).toEqual(["wembley-stadium"]);
  });
  it("reads an apposition after the name as the thing's measure (', 954 feet long,')", () => {
    const frame = frameOf("The Dali, 954 feet long, hit the bridge.", "954 feet");
    expect(frame?.measure.id).toBe("length");
    expect(frame?.scope.map((e) => e.id)).toEqual(["dali"]);
  });
  it("reads 'the city of X has a population of' and 'X, with N inhabitants' as X's population", () => {
    expect(frameOf("The city of Kharkiv has a population of about 1.5 million.", "about 1.5 million")?.measure.id).toBe("population");
    expect(frameOf("Kharkiv, with more than 1.7 million inhabitants, was shelled.", "more than 1.7 million")?.measure.id).toBe("population");
  });
  it("keeps a bare count of people after 'with' no population", () => {
    expect(frameOf("Kharkiv, with 40 people in shelters, was shelled.", "40")?.measure.id).not.toBe("population");
  });
});
