import { describe, expect, it } from "vitest";
import { extractClaims } from "../../../core/index.js";
import { readNounPhrase } from "../../../core/extract/subject/noun-phrase.js";
import { oneCountedNoun } from "../../../core/check/counted-alike.js";
import type { Claim } from "../../../core/model.js";

/**
 * Session 20: a building's storeys as outlets write them (the Rana Plaza collapse of 24 April 2013,
 * "eight-storied" in one report and "nine-storey" in another; the Ikoyi tower, "the 21-storey
 * high-rise fell down"). An irregular past form ends a noun phrase as an -ed word does, and two
 * words for one standing property ("storied", "storey", "floor") are one unit.
 */
describe("a noun phrase stops at an irregular past form", () => {
  it("reads 'building', not 'fell', as what '21-storey' is of", () => {
    const text = "The 21-storey building fell down on Monday.";
    expect(readNounPhrase(text, 13, text.length)?.head.text).toBe("building");
    expect(readNounPhrase("Some 40 people fled the town.", 7, 28)?.head.text).toBe("people");
  });
  it("keeps a past form that opens the phrase, and a noun that only looks like one", () => {
    expect(readNounPhrase("It had 3 fell walkers aboard.", 9, 29)?.head.text).toBe("walkers");
    expect(readNounPhrase("12 rose bushes", 2, 14)?.head.text).toBe("bushes");
  });
});

describe("storeys of one building in two words", () => {
  const storeys = (body: string) => extractClaims({ id: "a", body, published: "2013-04-25" }).find((c) => c.kind === "quantity")!;
  it("reads 'eight-storied' as a count of floors", () => {
    const claim = storeys("The eight-storied Rana Plaza building collapsed on Wednesday.");
    expect([claim.unit, claim.subject?.frame?.measure.id]).toEqual(["storied", "floors"]);
  });
  it("compares 'storied' with 'storey' under the measure of floors, never a count of other things", () => {
    const [a, b] = [storeys("The eight-storied Rana Plaza building collapsed."), storeys("The nine-storey Rana Plaza building collapsed.")];
    expect(oneCountedNoun(a, a.unit, b, b.unit)).toBe(true);
    const rooms: Claim = { ...b, unit: "room" };
    expect(oneCountedNoun(a, a.unit, rooms, rooms.unit)).toBe(false);
  });
});
