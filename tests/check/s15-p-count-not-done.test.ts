/**
 * Tolls of one day, one given by its report as the count so far (count-not-done.ts, session 15, P).
 * Real text: Samaa English and The Indian Awaaz (AMN) on the Lasbela bus fire of 29 January 2023;
 * AFP's two takes of 20 October 2019 on the Mbanza-Ngungu bus fire; the corpus entries are in
 * tests/corpus/check/s15-p-count-not-done.json.
 */
import { describe, expect, it } from "vitest";
import { countNotDone } from "../../core/check/count-not-done.js";
import type { Article, Claim, Finding } from "../../core/model.js";
import { article, claimOn, subject } from "./support.js";
import { loadEntries, runEntry } from "./corpus-runner.js";

function dead(doc: Article, text: string, value: number, extra: Partial<Claim> & { nth?: number } = {}): Claim {
  return claimOn(doc, { text, value, unit: "person", dimension: "count", subject: subject("killed", { text: "people were killed", frame: { measure: { id: "killed", text: "were killed" }, scope: [] } }), ...extra });
}

const atLeast = { qualifier: "atLeast", qualifierText: "At least" } as const;

describe("a toll its report gives as the count so far (count-not-done.ts countNotDone)", () => {
  const samaa = article("samaa", "At least 39 people were killed when a passenger bus plunged into a ravine. 39 people died.", "2023-01-29");
  const amn = article("amn", "At least 44 people were killed after a passenger bus fell into a ravine. Police said 44 bodies had been recovered.", "2023-01-29");
  const nextDay = article("next", "At least 44 people were killed after a passenger bus fell into a ravine.", "2023-01-30");
  const plain = article("plain", "The blaze killed 27 persons including children.", "2023-01-29");
  it("reads a floor ('at least 44') or its same number elsewhere in the report as a count not done, the same day", () => {
    expect(countNotDone(dead(plain, "27", 27), dead(amn, "At least 44", 44, atLeast))).toBe(true);
    const bare44 = dead(amn, "44", 44, { nth: 1 });
    expect(countNotDone(dead(plain, "27", 27), bare44)).toBe(false);
    expect(countNotDone(dead(plain, "27", 27), bare44, [dead(amn, "At least 44", 44, atLeast)])).toBe(true);
  });
  it("reads a toll its words call provisional or current", () => {
    const afp = article("afp", "\"The provisional toll is 20 dead,\" the deputy administrator told AFP.", "2019-10-20");
    const provisional = dead(afp, "20", 20, { subject: subject("killed", { text: "provisional toll is 20 dead", frame: { measure: { id: "killed", text: "toll" }, scope: [] } }) });
    expect(countNotDone(provisional, dead(plain, "27", 27, { asOf: "2019-10-20" }))).toBe(true);
  });
  it("does not across days, for the injured, inside one report, or where neither report leaves its count open", () => {
    expect(countNotDone(dead(plain, "27", 27), dead(nextDay, "At least 44", 44, atLeast))).toBe(false);
    const injured = (doc: Article, text: string, value: number, extra: Partial<Claim> = {}) => dead(doc, text, value, { subject: subject("injured", { text: "injured", frame: { measure: { id: "injured", text: "injured" }, scope: [] } }), ...extra });
    expect(countNotDone(injured(plain, "27", 27), injured(amn, "At least 44", 44, atLeast))).toBe(false);
    expect(countNotDone(dead(samaa, "39", 39, { nth: 1 }), dead(samaa, "At least 39", 39, atLeast))).toBe(false);
    expect(countNotDone(dead(plain, "27", 27), dead(samaa, "39", 39, { nth: 1 }))).toBe(false);
    // "More than" is a round floor, not the dead confirmed so far.
    expect(countNotDone(dead(plain, "27", 27), dead(amn, "44", 44, { qualifier: "atLeast", qualifierText: "more than" }))).toBe(false);
  });
});

describe("the cross-article check leaves another hour's count of the day (rules/cross-article-conflict.ts)", () => {
  const lasbela = loadEntries("s15-p-count-not-done.json").find((e) => e.name.includes("Lasbela"));
  const between = (findings: Finding[], x: string, y: string) =>
    findings.filter((f) => f.kind === "cross-article-conflict" && [x, y].every((t) => f.claims.some((c) => c.text.includes(t))));
  it("gives no finding where one report gives its toll as 'at least' (Lasbela, 29 January 2023)", () => {
    expect(lasbela?.articles.length).toBe(3);
    expect(between(runEntry(lasbela!), "39", "44")).toEqual([]);
  });
  it("still gives one where neither report leaves its count open (AMN's floor taken out)", () => {
    const floorless = lasbela!.articles.map((a) => ({ ...a, body: a.body.replaceAll("At least 44", "Some 44").replaceAll("At least 39", "Some 39").replaceAll("As many as 39", "Some 39").replaceAll(" so far", "") }));
    expect(between(runEntry({ ...lasbela!, articles: floorless }), "39", "44")).not.toEqual([]);
  });
});
