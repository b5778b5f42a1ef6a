import { describe, expect, it } from "vitest";
import { extractClaims } from "../../../core/index.js";

// Session 15 (issue 15), X: reports name the dead "the deceased" (dev13-G3 g3-5, New Indian
// Express on the Sikkim flood: "Of the 22 deceased"); "the number of deceased" is the toll, one
// class with "the number of dead" (data/tolls.ts 'counted'). "Of the 22 deceased" itself needs
// data/measures.ts (M's; asked in /work/notes/s15/to-M.md).

const measure = (body: string, text: string) => extractClaims({ id: "a", body, published: "2023-10-06" }).find((c) => c.text === text)?.subject?.frame?.measure.id;

describe("'the number of deceased' counts the dead (data/tolls.ts counted)", () => {
  it("reads the deceased as the dead, like 'the number of dead'", () => {
    expect(measure("Floods in Sikkim\nThe number of deceased has risen to 22, officials said.\nMore.", "22")).toBe("killed");
    expect(measure("Floods in Sikkim\nThe number of dead has risen to 22, officials said.\nMore.", "22")).toBe("killed");
  });
  it("not a number of anything else", () => {
    expect(measure("Floods in Sikkim\nThe number of relief camps has risen to 22, officials said.\nMore.", "22")).not.toBe("killed");
  });
});
