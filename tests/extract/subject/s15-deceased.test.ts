import { describe, expect, it } from "vitest";
import { extractClaims } from "../../../core/index.js";

// Session 15 (issue 15), X's ask: dev13-G3 g3-5a (New Indian Express): "Of the 22 deceased, 15 have
// been identified as men" read the measure 'deceased', never the dead's class.

const claims = (body: string) => extractClaims({ id: "a", body, published: "2023-05-08" });

describe("the deceased after a count are the dead (data/measures.ts casualty.killed, statusAfterOnly)", () => {
  it("reads 'the 22 deceased' as a count of the dead", () => {
    const c = claims("Boat tragedy\nOf the 22 deceased, 15 have been identified as men, the police said.\nMore.").find((x) => x.text.includes("22"));
    expect(c?.subject?.frame?.measure.id).toBe("killed");
  });
  it("does not make a toll of a figure after 'the deceased' (an age)", () => {
    const found = claims("Crash\nThe deceased, 45, was a teacher from the town.\nMore.").filter((x) => x.subject?.frame?.measure.id === "killed");
    expect(found).toEqual([]);
  });
});
