import { describe, expect, it } from "vitest";
import type { Claim, Frame, ScopeEntity } from "../../core/model.js";
import { reportStoryMatch, withReportNames } from "../../core/check/frame/story-names.js";
import { compareClaims } from "../../core/check/same-thing.js";
import { doublyUnsure } from "../../core/check/scope.js";

// Session 14 (issue 15), S3: counts of one story whose frames carry no story names, tied by the
// names their head words carry (retired aside10's Kartalkaya hotel fire: "12-story hotel" /
// "eleven-story hotel"), and two orders of magnitude of one crowd (aside10's Belgrade protest).

function name(slug: string, opts: { lead?: boolean; known?: boolean; cls?: string; day?: string } = {}): ScopeEntity {
  const { lead = true, known = false, cls, day } = opts;
  const within = [...(lead ? ["lead"] : []), ...(known ? ["known"] : []), ...(cls ? [`class:${cls}`] : []), ...(day ? [`day:${day}`] : [])];
  return { kind: "named", id: `name:${slug}`, text: slug, within };
}
const count = (scope: ScopeEntity[], measure = "rescued"): Frame => ({ measure: { id: measure, text: measure }, scope });

describe("a figure's report names read from its head word when its frame carries none", () => {
  const names = [name("kartalkaya", { cls: "fire" }), name("bolu", { cls: "fire" })];
  const floors = (text: string, value: number, articleId: string, story: ScopeEntity[], scope: ScopeEntity[] = []): Claim => ({
    id: `${articleId}-${value}`, articleId, kind: "count", text, value, qualifier: "exact", modality: "asserted", asOf: "2025-01-21", start: 0, end: text.length, rules: [],
    subject: { text: "hotel", frame: count(scope, "floors.hotel") },
    headWord: { word: "hotel", story },
  }) as unknown as Claim;
  it("lends the head word's names to a frame without story names, and leaves a frame with its own", () => {
    const bare = floors("12-story", 12, "a", names);
    expect(withReportNames(bare, bare.subject!.frame!).scope.map((e) => e.id)).toEqual(["name:kartalkaya", "name:bolu"]);
    const own = floors("12-story", 12, "a", names, [name("ankara", { known: true })]);
    expect(withReportNames(own, own.subject!.frame!).scope.map((e) => e.id)).toEqual(["name:ankara"]);
  });
  it("so two reports' counts of one measure with the story's rare name in both leads are one story", () => {
    const comparison = compareClaims(floors("12-story", 12, "a", names), floors("eleven-story", 11, "b", names));
    expect(comparison.match?.strength).toBe("weak");
    expect(comparison.match?.why).toMatch(/kartalkaya/);
  });
  it("not when the reports' names differ, nor without head words", () => {
    const other = [name("uludag", { cls: "fire" })];
    expect(compareClaims(floors("12-story", 12, "a", names), floors("eleven-story", 11, "b", other)).stop).toBe("no-story-match");
    expect(compareClaims(floors("12-story", 12, "a", []), floors("eleven-story", 11, "b", [])).stop).toBe("no-story-match");
  });
});

describe("a figure tied by its head word's names on reports of different days", () => {
  const names = [name("feni", { cls: "flood" }), name("cumilla", { cls: "flood" })];
  const at = (measure: string, value: number, articleId: string, asOf: string): Claim => ({
    id: `${articleId}-${value}`, articleId, kind: "count", text: String(value), value, qualifier: "exact", modality: "asserted", asOf, start: 0, end: 3, rules: [],
    subject: { text: measure, frame: count([], measure) }, headWord: { word: measure, story: names },
  }) as unknown as Claim;
  it("counts of a flood's daily bulletin (families stranded) tie only on one day", () => {
    expect(reportStoryMatch(at("family", 645, "a", "2024-08-27"), count([], "family"), at("family", 619, "b", "2024-08-27"), count([], "family"))).not.toBeNull();
    expect(reportStoryMatch(at("family", 645, "a", "2024-08-27"), count([], "family"), at("family", 619, "b", "2024-08-28"), count([], "family"))).toBeNull();
  });
  it("what one incident fixes (those aboard) or a standing measure (floors) ties across days", () => {
    expect(reportStoryMatch(at("aboard", 55, "a", "2024-08-27"), count([], "aboard"), at("aboard", 56, "b", "2024-08-28"), count([], "aboard"))).not.toBeNull();
    expect(reportStoryMatch(at("floors.hotel", 12, "a", "2024-08-27"), count([], "floors.hotel"), at("floors.hotel", 11, "b", "2024-08-28"), count([], "floors.hotel"))).not.toBeNull();
  });
});

describe("two reports' orders of magnitude of one crowd", () => {
  // aside10 a10-21: "Hundreds of thousands of citizens protested today in downtown Belgrade" / "Tens of thousands of citizens gathered in Belgrade".
  const vague = (value: number, low: number, high: number, articleId: string, measure: string): Claim => ({
    id: `${articleId}-${value}`, articleId, kind: "count", text: String(value), value, low, high, vague: true, qualifier: "range", dimension: "count",
    modality: "asserted", asOf: "2025-03-15", start: 0, end: 3, rules: [], subject: { text: "citizens", frame: count([], measure) },
  }) as unknown as Claim;
  const weak = { strength: "weak" as const, why: "story" };
  it("are two estimates of the whole, not a part and its whole", () => {
    expect(doublyUnsure(vague(200000, 200000, 1000000, "a", "crowd"), vague(20000, 20000, 100000, "b", "crowd"), weak)).toBe(false);
  });
  it("other measures' orders of magnitude far apart stay a possible part and whole, and so does one report's pair", () => {
    expect(doublyUnsure(vague(200000, 200000, 1000000, "a", "displaced"), vague(20000, 20000, 100000, "b", "displaced"), weak)).toBe(true);
    expect(doublyUnsure(vague(200000, 200000, 1000000, "a", "crowd"), vague(20000, 20000, 100000, "a", "crowd"), weak)).toBe(true);
  });
});
