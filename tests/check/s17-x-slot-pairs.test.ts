import { describe, expect, it } from "vitest";
import type { Claim, ScopeEntity } from "../../core/model.js";
import { slotPairs, slotValuesConflict } from "../../core/check/aligned/slot-pairs.js";
import { slotKeys } from "../../core/check/aligned/slot-keys.js";
import { filingKeys, lookupsFor } from "../../core/check/claim-index.js";

// Session 17 (issue 15), X: figures of two aligned reports paired by what each counts
// (core/check/aligned/slot-pairs.ts) and handed over under their story's keys (slot-keys.ts).

function name(slug: string, opts: { lead?: boolean; known?: boolean; cls?: string } = {}): ScopeEntity {
  const { lead = true, known = false, cls } = opts;
  return { kind: "named", id: `name:${slug}`, text: slug, within: [...(lead ? ["lead"] : []), ...(known ? ["known"] : []), ...(cls ? [`class:${cls}`] : [])] };
}

const OLEMBE = [name("olembe", { cls: "stampede" }), name("yaounde", { known: true, cls: "stampede" })];

function figure(articleId: string, value: number, slot: string, opts: Partial<Claim> & { counting?: boolean; story?: ScopeEntity[] } = {}): Claim {
  const { counting, story = OLEMBE, ...rest } = opts;
  return {
    id: `${articleId}-${value}`, articleId, kind: "quantity", text: String(value), start: 0, end: 2, value, unit: "person", dimension: "count",
    qualifier: "exact", modality: "asserted", rules: [], asOf: "2022-01-25",
    slot: { id: slot, said: slot, story, ...(counting ? { counting } : {}) }, ...rest,
  };
}

describe("slotValuesConflict", () => {
  const [d1, d3] = [19017, 19019];
  it("finds a growing count given lower by the later report", () => {
    expect(slotValuesConflict("injured", figure("a", 40, "injured", { qualifier: "atLeast" }), d1, figure("b", 38, "injured"), d3)).toBe(true);
  });
  it("takes a later higher count for the count going on", () => {
    expect(slotValuesConflict("dead", figure("a", 8, "dead"), d1, figure("b", 12, "dead"), d3)).toBe(false);
  });
  it("compares two exact counts of one day, not a count told as still moving nor an 'at least'", () => {
    expect(slotValuesConflict("injured", figure("a", 26, "injured"), d1, figure("b", 14, "injured"), d1)).toBe(true);
    expect(slotValuesConflict("dead", figure("a", 33, "dead", { counting: true }), d1, figure("b", 36, "dead"), d1)).toBe(false);
    // A count told "so far" that is the higher: the other, lower count is not an earlier hour's of it.
    expect(slotValuesConflict("injured", figure("a", 22, "injured", { counting: true }), d1, figure("b", 19, "injured"), d1)).toBe(true);
    expect(slotValuesConflict("dead", figure("a", 2, "dead"), d1, figure("b", 8, "dead", { qualifier: "atLeast" }), d1)).toBe(false);
  });
  it("does not compare the rescued or the bodies found on one day, nor counts that fall (the missing) on any", () => {
    expect(slotValuesConflict("rescued", figure("a", 20, "rescued"), d1, figure("b", 18, "rescued"), d1)).toBe(false);
    expect(slotValuesConflict("bodies", figure("a", 13, "bodies"), d1, figure("b", 8, "bodies"), d1)).toBe(false);
    expect(slotValuesConflict("bodies", figure("a", 46, "bodies"), d1, figure("b", 45, "bodies"), d3)).toBe(true);
    expect(slotValuesConflict("missing", figure("a", 37, "missing"), d1, figure("b", 35, "missing"), d3)).toBe(false);
  });
  it("compares things counted once for the event on any day, and values that agree never", () => {
    expect(slotValuesConflict("n:vehicle", figure("a", 80, "n:vehicle"), d1, figure("b", 22, "n:vehicle"), d3)).toBe(true);
    expect(slotValuesConflict("injured", figure("a", 40, "injured", { qualifier: "atLeast" }), d1, figure("b", 41, "injured"), d3)).toBe(false);
  });
});

describe("slotPairs", () => {
  const earlier = { id: "a", published: "2022-01-25" };
  const later = { id: "b", published: "2022-01-27" };
  const articles = new Map([["a", earlier]]);
  it("pairs one slot's figures of two aligned reports, weakly, saying why", () => {
    const pairs = slotPairs({ article: later, claims: [figure("b", 38, "injured")] }, [figure("a", 40, "injured", { qualifier: "atLeast" })], articles);
    expect(pairs).toHaveLength(1);
    expect(pairs[0]!.match.strength).toBe("weak");
    expect(pairs[0]!.match.why).toContain("both name olembe");
  });
  it("pairs nothing across slots, nor across reports the alignment keeps apart", () => {
    expect(slotPairs({ article: later, claims: [figure("b", 38, "injured")] }, [figure("a", 40, "injured.serious")], articles)).toHaveLength(0);
    // A busy city alone, the same class of event, five days apart: two events, not one story.
    const other = [name("bamenda", { known: true, cls: "stampede" })];
    expect(slotPairs({ article: { id: "b", published: "2022-01-30" }, claims: [figure("b", 38, "injured", { story: other })] }, [figure("a", 40, "injured", { qualifier: "atLeast", story: other })], articles)).toHaveLength(0);
  });
});

describe("slotKeys", () => {
  it("files a slot under its story's names and reads the same keys", () => {
    const claim = figure("a", 40, "injured");
    expect(slotKeys(claim, "filed")).toEqual(["slot-injured/story:@olembe", "slot-injured/story:stampede@yaounde"]);
    expect(slotKeys(claim, "read")).toContain("slot-injured/story:@olembe");
    expect(filingKeys(claim).map((f) => f.key)).toContain("slot-injured/story:@olembe");
  });
  it("reads a known city's key a week either way, a rare name's three weeks", () => {
    const lookups = lookupsFor(figure("a", 40, "injured"));
    const rare = lookups.find((l) => l.key === "slot-injured/story:@olembe")!;
    const known = lookups.find((l) => l.key === "slot-injured/story:stampede@yaounde")!;
    expect([rare.from, rare.to]).toEqual(["2022-01-04", "2022-02-15"]);
    expect([known.from, known.to]).toEqual(["2022-01-18", "2022-02-01"]);
  });
  it("files nothing for a figure with no slot, nor for a story with no names", () => {
    expect(slotKeys({ ...figure("a", 40, "injured"), slot: undefined }, "filed")).toEqual([]);
    expect(slotKeys(figure("a", 40, "injured", { story: [] }), "filed")).toEqual([]);
  });
});
