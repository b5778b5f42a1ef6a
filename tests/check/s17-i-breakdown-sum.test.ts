/**
 * Two figures of one measure in one sentence that add up to a figure the report gives elsewhere are
 * its parts (session 17, I; core/check/frame/breakdown.ts addsUpElsewhere). Text: Washington DC
 * Despatch (dpa) on the Sidama truck plunge, 31 Dec 2024 (development set frames-aside11, a11-34).
 */
import { describe, expect, it } from "vitest";
import { extractClaims } from "../../core/index.js";
import { inBreakdowns } from "../../core/check/frame/breakdown.js";
import type { Article } from "../../core/model.js";
import { internalFindings as internal, claimWithText as claim } from "./support.js";

const sidama: Article = {
  id: "sidama", published: "2024-12-31",
  body: "Addis Ababa [Ethiopia], December 31: At least 71 members of a wedding party travelling in the Sidama region in southern Ethiopia died when their overloaded truck plunged into a river.\n\n"
    + "In a Facebook post, the Sidama Police Commission said \"68 males and three females are known to have died in the accident so far\".\n\n"
    + "Wosenyeleh Simion, the spokesperson for the Sidama regional government, also confirmed to the Reuters news agency that 71 people had died.",
};

describe("two figures adding up to the report's whole", () => {
  it("are parts of it", () => {
    const claims = extractClaims(sidama);
    const parts = inBreakdowns(claims, sidama.body);
    expect(parts.has(claim(claims, "68"))).toBe(true);
    expect(parts.has(claim(claims, "three"))).toBe(true);
    expect(internal(sidama)).toEqual([]);
  });
  it("are not parts when their sum is no figure the report gives", () => {
    const body = "At least 75 people died when the truck plunged into a river.\n\nPolice said 68 males and three females are known to have died so far.";
    const claims = extractClaims({ id: "s", published: "2024-12-31", body });
    expect(inBreakdowns(claims, body).has(claim(claims, "three"))).toBe(false);
  });
});
