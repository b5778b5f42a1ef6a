import { describe, expect, it } from "vitest";
import { extractClaims } from "../../core/index.js";

// Session 18, X (asked by I): the dead told as killed on the spot are a part of the toll, whether
// the words come after the verb ("were killed instantly") or before it ("instantly killed 10 passengers").

const measureOf = (body: string, text: string) =>
  extractClaims({ id: "t", body, published: "2017-02-21" }).find((c) => c.kind === "quantity" && c.text.split(" ")[0] === text)?.subject?.frame?.measure.id;

describe("died where", () => {
  it("reads 'instantly killed 10 passengers' as the dead at the scene", () => {
    expect(measureOf("The official said the strong impact wrecked the bus and instantly killed 10 passengers.", "10")).toBe("killed.at-scene");
  });
  it("reads 'were killed on impact' after the count as the dead at the scene", () => {
    expect(measureOf("Ten passengers were killed on impact, police said.", "Ten")).toBe("killed.at-scene");
  });
  it("keeps a toll with no word of where as the toll", () => {
    expect(measureOf("The crash killed 14 people, police said.", "14")).toBe("killed");
  });
});
