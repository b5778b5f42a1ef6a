/**
 * An order of magnitude told in words is a floor (session 17, I; core/check/frame/magnitude-floor.ts).
 * Text: teleSUR English on Cyclone Jude (10 Mar 2025; development set frames-aside13, a13-23).
 */
import { describe, expect, it } from "vitest";
import { extractClaims } from "../../core/index.js";
import { reachesMagnitude, wordedMagnitude } from "../../core/check/frame/magnitude-floor.js";
import type { Article } from "../../core/model.js";
import { internalFindings as internal, claimWithText as claim } from "./support.js";

const jude: Article = {
  id: "jude", published: "2025-03-10",
  body: "Six Dead, Thousands Displaced as Cyclone Jude Strikes Northern Mozambique\n\nAt least six people have died, and tens of thousands have been displaced after Cyclone Jude made landfall in Mozambique's northern Nampula province, local sources confirmed on Monday.",
};

describe("a worded order of magnitude", () => {
  it("is a figure told with no digits as a range", () => {
    const claims = extractClaims(jude);
    expect(wordedMagnitude(claim(claims, "Thousands"))).toBe(true);
    expect(wordedMagnitude(claim(claims, "At least six"))).toBe(false);
  });
  it("agrees with a figure that reaches its low end, not with one below it", () => {
    const claims = extractClaims(jude);
    expect(reachesMagnitude(claim(claims, "Thousands"), claim(claims, "tens of thousands"))).toBe(true);
    const body = "Dozens were killed in the blast.\n\nThe blast killed 14 people, police said.";
    const own = extractClaims({ id: "d", published: "2024-01-01", body });
    expect(reachesMagnitude(claim(own, "Dozens"), claim(own, "14"))).toBe(false);
  });
  it("gives no internal conflict for a headline's 'Thousands Displaced' over 'tens of thousands have been displaced'", () => {
    expect(internal(jude)).toEqual([]);
  });
});
