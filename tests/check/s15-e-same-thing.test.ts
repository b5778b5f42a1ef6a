import { describe, expect, it } from "vitest";
import { extractClaims } from "../../core/index.js";
import { compareClaims } from "../../core/check/same-thing.js";

// Session 15 (issue 15), E: two outlets' distances of one city from the capital (retired aside11
// a11-36, the Örebro shooting: CNN "Örebro, a city about 160 kilometers (100 miles) west of the
// capital, Stockholm", AP "the city of Orebro, which is located about 200 kilometers (125 miles)
// west of Stockholm"). One writes the name with its accent, the other without; one reader frames
// the distance as the city's (a named thing's measure), the other as said of the event's place.

const claimOf = (id: string, body: string, published: string, text: string) => {
  const claim = extractClaims({ id, body, published }).find((c) => c.text.startsWith(text));
  expect(claim?.subject?.frame, `a framed claim "${text}"`).toBeDefined();
  return claim!;
};

const cnn = claimOf("cnn", "Sweden school shooting\nAt 12:33 p.m. local time on February 4, police received reports of a shooting in Örebro, a city about 160 kilometers (100 miles) west of the capital, Stockholm.\nMore.", "2025-02-06", "about 160");
const ap = (city: string, km: number) => claimOf("ap", `Sweden school shooting\nThe shooting happened on the outskirts of the city of ${city}, which is located about ${km} kilometers west of Stockholm.\nMore.`, "2025-02-05", `about ${km}`);

describe("a named city's distance told by two outlets (same-thing.ts)", () => {
  it("is one measure of one city, the accent aside", () => {
    const result = compareClaims(ap("Orebro", 200), cnn);
    expect(result.stop).toBeUndefined();
    expect(result.match?.why).toContain("Stockholm");
  });
  it("not another city's distance from the capital", () => {
    expect(compareClaims(ap("Uppsala", 70), cnn).match).toBeNull();
  });
});
