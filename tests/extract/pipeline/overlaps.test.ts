import { describe, expect, it } from "vitest";
import { resolveOverlaps } from "../../../core/extract/overlaps.js";
import { mention } from "./mentions.js";

const text = "their Nov. 13 attack after 13 years, a 1500 km wall and more than 300,000 people";

describe("resolveOverlaps", () => {
  it("lets a date win over the bare number inside it", () => {
    const date = mention(text, "Nov. 13", { kind: "date", value: "2022-11-13" });
    const bare = mention(text, "13", { value: 13 });
    expect(resolveOverlaps([bare, date])).toEqual([date]);
  });
  it("lets a duration win over a quantity in years", () => {
    const duration = mention(text, "13 years", { kind: "duration", value: 13, unit: "year", dimension: "time" });
    const quantity = mention(text, "13 years", { value: 13, unit: "year", dimension: "time" });
    expect(resolveOverlaps([quantity, duration])).toEqual([duration]);
  });
  it("lets a length win over a bare year reading of the same digits", () => {
    const year = mention(text, "1500", { kind: "date", value: "1500" });
    const length = mention(text, "1500 km", { value: 1500, unit: "km", dimension: "length" });
    expect(resolveOverlaps([year, length])).toEqual([length]);
  });
  it("prefers the longer reading at equal rank", () => {
    const long = mention(text, "more than 300,000", { value: 300000, qualifier: "atLeast" });
    const short = mention(text, "300,000", { value: 300000 });
    expect(resolveOverlaps([short, long])).toEqual([long]);
  });
  it("keeps readings that do not overlap, sorted by start", () => {
    const a = mention(text, "1500 km", { unit: "km", dimension: "length" });
    const b = mention(text, "Nov. 13", { kind: "date", value: "2022-11-13" });
    expect(resolveOverlaps([a, b])).toEqual([b, a]);
  });
  it("drops empty spans", () => {
    expect(resolveOverlaps([{ ...mention(text, "13"), end: 6, start: 6 }])).toEqual([]);
  });
});
