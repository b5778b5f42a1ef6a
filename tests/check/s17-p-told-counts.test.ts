/**
 * Cross-article false alarms (issue 15, session 17, P): a report's earlier count of the dead told
 * beside its own toll (below-own-toll.ts), and a group among the dead counted as the toll is
 * (counting-toll.ts countGoingOn). Real text in tests/corpus/check/s17-p-told-counts.json.
 */
import { describe, expect, it } from "vitest";
import { belowOwnToll } from "../../core/check/below-own-toll.js";
import { countGoingOn } from "../../core/check/counting-toll.js";
import { otherStructure } from "../../core/check/frame/companion.js";
import { extractClaims } from "../../core/index.js";
import type { Frame } from "../../core/index.js";
import { loadEntries, runEntry } from "./corpus-runner.js";
import { framed } from "./framed.js";

const entries = loadEntries("s17-p-told-counts.json");
const entry = (words: string) => entries.find((e) => e.name.includes(words))!;
const across = (name: string) => runEntry(entry(name)).filter((f) => f.kind === "cross-article-conflict");

describe("a report's bare lower count of the dead beside its own toll (below-own-toll.ts)", () => {
  const afp = entry("Molina").articles[1]!;
  const claims = extractClaims(afp);
  const dead = (text: string) => claims.find((c) => c.text === text && c.subject?.frame?.measure.id === "killed")!;
  it("reads AFP's 'The first reports indicated 20 deaths' as below its own 25", () => {
    expect(belowOwnToll(dead("20"), claims)).toBe(true);
  });
  it("does not read the report's own toll, nor the figure without its report's other claims", () => {
    expect(belowOwnToll(dead("25"), claims)).toBe(false);
    expect(belowOwnToll(dead("20"), [dead("20")])).toBe(false);
  });
  it("gives no finding between EFE's 24 and AFP's retold 20", () => {
    expect(across("Molina")).toEqual([]);
  });
  const toll = (place: string): Frame => ({ measure: { id: "killed", text: "killed" }, scope: [{ kind: "named", id: `name:${place}`, text: place }] });
  it("keeps two bare counts apart when a name tells them apart (another place's dead)", () => {
    const whole = framed("r", 25, toll("huancavelica"), "2023-09-19");
    const other = framed("r", 20, toll("ayacucho"), "2023-09-19", { id: "r-20b" });
    expect(belowOwnToll(other, [whole, other])).toBe(false);
    const same = framed("r", 20, toll("huancavelica"), "2023-09-19", { id: "r-20c" });
    expect(belowOwnToll(same, [whole, same])).toBe(true);
  });
});

describe("a group among the dead counted as the toll is (counting-toll.ts countGoingOn)", () => {
  const indians = (text: string): Frame => ({ measure: { id: "killed.indian", text }, scope: [{ kind: "named", id: "indian", text: "Indian" }], rules: ["frame.among-casualties"] });
  const ten = framed("news9", 10, indians("Indian nationals"), "2024-06-12");
  const forty = framed("bbc", 40, indians("Indians"), "2024-06-13", { qualifier: "atLeast" });
  it("reads 10 Indians among the dead one day and at least 40 the next as the count going on", () => {
    expect(countGoingOn(ten, forty)).toBe(true);
    expect(countGoingOn(forty, ten)).toBe(true);
  });
  it("does not when the later count is lower, the day is the same, or the groups differ", () => {
    expect(countGoingOn(framed("news9", 40, indians("Indians"), "2024-06-12"), framed("bbc", 10, indians("Indians"), "2024-06-13"))).toBe(false);
    expect(countGoingOn(ten, framed("bbc", 40, indians("Indians"), "2024-06-12"))).toBe(false);
    const filipinos: Frame = { measure: { id: "killed.filipino", text: "Filipinos" }, scope: [] };
    expect(countGoingOn(ten, framed("bbc", 40, filipinos, "2024-06-13"))).toBe(false);
    // A plain count of people (no toll class) is not a group among the dead.
    const residents: Frame = { measure: { id: "resident.indian", text: "Indian residents" }, scope: [] };
    expect(countGoingOn(framed("a", 10, residents, "2024-06-12"), framed("b", 40, residents, "2024-06-13"))).toBe(false);
  });
  it("gives no finding between News9's 10 Indians and the BBC copy's at least 40", () => {
    expect(across("Indian nationals").filter((f) => f.claims.some((c) => c.text === "10"))).toEqual([]);
  });
});

describe("the gathered look-alikes give nothing (s17-p-told-counts.json)", () => {
  it.each(entries.filter((e) => e.name.includes("look-alike: ")).map((e) => [e.name, e] as const))("%s", (_name, e) => {
    expect(runEntry(e).filter((f) => f.kind === "cross-article-conflict")).toEqual([]);
  });
});

describe("a companion structure's measure is its own (frame/companion.ts)", () => {
  const length = (text: string): Frame => ({ measure: { id: "length.tunnel", text }, scope: [] });
  it("tells an egress, escape or access tunnel from the main one, and two companions apart", () => {
    expect(otherStructure(length("long egress tunnel"), length("Zojila tunnel"))).toBe(true);
    expect(otherStructure(length("escape tunnel"), length("main tunnel"))).toBe(true);
    expect(otherStructure(length("escape tunnel"), length("access tunnel"))).toBe(true);
  });
  it("does not tell apart two names of the main structure, or two mentions of one companion", () => {
    expect(otherStructure(length("14.15 km"), length("Zojila tunnel"))).toBe(false);
    expect(otherStructure(length("single tube tunnel"), length("tunnel"))).toBe(false);
    expect(otherStructure(length("egress tunnel"), length("long egress tunnel"))).toBe(false);
    // A word of the list that is not before the measured thing's noun names nothing.
    expect(otherStructure(length("tunnel on the access road"), length("tunnel"))).toBe(false);
  });
  it("finds the main tube's 14.15 km against Forbes India's 14.5 km, not the egress tunnel's 14.2 km", () => {
    const found = across("Zojila");
    expect(found.some((f) => ["14.15 km", "14.5 km"].every((t) => f.claims.some((c) => c.text === t)))).toBe(true);
    expect(found.filter((f) => f.claims.some((c) => c.text === "14.2 km"))).toEqual([]);
  });
});
