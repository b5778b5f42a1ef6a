import { describe, expect, it } from "vitest";
import { frameOf } from "./frame-of.js";

/**
 * Session 28: an aside that breaks a count down between the count and its verb ("7 civilians,
 * 3 of them women, were killed") is no clause break: the count is of the dead (after an official
 * statement on a missile strike whose counts of the dead and the wounded got no casualty class).
 */
const measure = (body: string, words: string) => frameOf(body, words)?.measure.id;

describe("a count, a breakdown set off by commas, then its verb", () => {
  it("reads the verb past 'N of them'", () => {
    expect(measure("As a result, 7 civilians, 3 of them women, were killed in the city.", "7")).toBe("killed.civilian");
    expect(measure("Another 34 civilians, 16 of them women and 6 minors, were severely wounded.", "34")).toBe("injured.civilian");
  });
  it("reads it past a number word's 'of them'", () => {
    expect(measure("Twelve people, five of them children, were injured in the fire.", "Twelve")).toBe("injured");
  });
  it("still reads no casualty where no status word follows the aside", () => {
    expect(measure("Some 40 residents, 12 of them elderly, gathered at the hall.", "Some 40")).not.toMatch(/^(?:killed|injured)/);
  });
});
