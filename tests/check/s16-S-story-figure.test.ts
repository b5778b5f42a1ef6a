import { describe, expect, it } from "vitest";
import { compareClaims } from "../../core/check/same-thing.js";
import type { Frame, ScopeEntity } from "../../core/model.js";
import { framed } from "./framed.js";

/** Figures framed from their report (the extraction's rule frame.story-figure), and how the matching weighs them. */
const tower: ScopeEntity = { kind: "named", id: "iconic-tower", text: "Iconic Tower" };
const other: ScopeEntity = { kind: "named", id: "burj-khalifa", text: "Burj Khalifa" };
const fromStory = (id: string, scope: ScopeEntity[]): Frame => ({ measure: { id, text: id }, scope, rules: ["subject.generic", "frame.story-figure"] });
const named = (id: string, scope: ScopeEntity[]): Frame => ({ measure: { id, text: id }, scope, rules: ["frame.named-measure"] });
const metres = { unit: "m", dimension: "length" as const };

describe("a figure framed from its report (frame/story-figure.ts)", () => {
  it("is never compared with another figure of its own report", () => {
    const a = framed("one", 400, fromStory("extent", [tower]), "2024-01-01", metres);
    const b = framed("one", 385, named("height", [tower]), "2024-01-01", { ...metres, id: "one-385" });
    expect(compareClaims(a, b).stop).toBe("no-anchor");
  });

  it("is the same thing as another report's figure of the named thing both name, weakly; a bare length may be its height", () => {
    const a = framed("a", 400, fromStory("extent", [tower]), "2024-01-01", metres);
    const b = framed("b", 385, named("height", [tower]), "2024-02-01", metres);
    expect(compareClaims(a, b).match?.strength).toBe("weak");
  });

  it("is not the same thing as a figure of another named thing, nor of nothing it shares", () => {
    const a = framed("a", 400, fromStory("extent", [tower]), "2024-01-01", metres);
    expect(compareClaims(a, framed("b", 828, named("height", [other]), "2024-01-01", metres)).match).toBeNull();
    expect(compareClaims(a, framed("c", 385, fromStory("extent", []), "2024-01-01", metres)).match).toBeNull();
  });
});
