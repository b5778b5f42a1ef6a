import { describe, expect, it } from "vitest";
import { doublyUnsure, partOfWhole } from "../../core/check/scope.js";
import type { Frame } from "../../core/model.js";
import { framed } from "./framed.js";

/**
 * Kariakoo market building collapse, Dar es Salaam (16 Nov 2024): one report's "four-storey
 * building", another's "12-storey building" (session 14's kept-aside a12-2, retired to development
 * text). Floors are a standing property of one thing, never a part of another report's count.
 */
const kariakoo = { kind: "named" as const, id: "kariakoo", text: "Kariakoo" };
const frame = (id: string): Frame => ({ measure: { id, text: id }, scope: [kariakoo], rules: ["frame.measure"] });
const weak = { strength: "weak" as const, why: "both reports: one event" };

describe("a standing count of one thing is no part of another's (scope.ts isCount)", () => {
  it("reads two floor counts far apart as two figures for one building, worth a discrepancy", () => {
    const [four, twelve] = [framed("a", 4, frame("floors.building"), "2024-11-16", { unit: "storey" }), framed("b", 12, frame("floors.building"), "2024-11-17", { unit: "storey" })];
    expect(partOfWhole(four, twelve)).toBe(false);
    expect(doublyUnsure(four, twelve, weak)).toBe(false);
  });

  it("still reads two tolls far apart under a weak match as perhaps a part and its whole", () => {
    const [four, twelve] = [framed("a", 4, frame("injured"), "2024-11-16"), framed("b", 12, frame("injured"), "2024-11-16")];
    expect(partOfWhole(four, twelve)).toBe(true);
    expect(doublyUnsure(four, twelve, weak)).toBe(true);
  });
});
