import { describe, expect, it } from "vitest";
import { frameOf } from "./frame-of.js";

/**
 * Session 27: a part of a thing measured in the thing's story is the part's measure, not the
 * thing's (after a page on the Statue of Liberty that gives its height, its pedestal's and its
 * foundation's, which were compared as one height).
 */
const measure = (body: string, words: string) => frameOf(body, words)?.measure.id;
const story = "The Statue of Liberty has stood on Liberty Island in New York Harbor since 1886.\n\n";

describe("a part measured with 'of the' before the whole", () => {
  it("measures the part", () => {
    expect(measure(`${story}The stone pedestal of the statue has a height of 89 feet.`, "89 feet")).not.toBe("height.statue");
    expect(measure("The roof of the stadium has a height of 50 metres.", "50 metres")).toBe("height.roof");
  });
  it("still measures the thing when nothing comes before it", () => {
    expect(measure("The statue has a height of 151 feet.", "151 feet")).toBe("height.statue");
  });
});

describe("a relative clause about a common noun", () => {
  it("measures that noun, not the thing the sentence opens with", () => {
    expect(measure(`${story}The statue is sitting majestically on the top of a foundation that is 65 feet in height.`, "65 feet")).toBe("height.foundation");
    expect(measure("The crew found a wall that is 9 metres tall near the tower.", "9 metres")).toBe("height.wall");
  });
  it("leaves a copula's complement to what the subject stands for", () => {
    expect(measure("The 6th October Bridge is located in Cairo, Egypt. It is a highway that is 20.5km long.", "20.5km")).not.toBe("length.highway");
  });
  it("leaves a named thing's apposition as it was", () => {
    expect(frameOf("The Dali, which is 984 feet long, struck the bridge.", "984 feet")?.scope.map((e) => e.id)).toContain("dali");
  });
});
