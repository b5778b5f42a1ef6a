/**
 * Bodies recovered below another report's toll are the dead found so far (session 14, P;
 * core/check/bodies-found.ts). Real text: PTV News (VOA) of 24 Jun 2017 and The Herald (AP) of 25
 * Jun 2017 on the Xinmo landslide, as in tests/corpus/check/s14-p-bodies-found.json.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { bodiesBelowToll } from "../../core/check/bodies-found.js";
import type { Article, Claim } from "../../core/model.js";
import { article, checkInOrder, claimOn, subject } from "./support.js";

function dead(doc: Article, text: string, value: number, bodies: boolean): Claim {
  const rules = bodies ? ["subject.casualty", "subject.bodies"] : ["subject.casualty"];
  return claimOn(doc, { text, value, unit: "person", dimension: "count", subject: subject("killed", { text: "dead", frame: { measure: { id: "killed", text: "dead" }, scope: [], rules } }) });
}


describe("bodies recovered and another report's toll (bodies-found.ts)", () => {
  const toll = article("t", "At least 15 people were found dead.", "2017-06-24");
  const found = article("f", "Rescuers recovered 10 bodies.", "2017-06-25");
  const more = article("m", "Rescuers recovered 19 bodies.", "2017-06-25");
  it("reads bodies below the toll as the part found so far", () => {
    expect(bodiesBelowToll(dead(found, "10", 10, true), dead(toll, "15", 15, false))).toBe(true);
    expect(bodiesBelowToll(dead(toll, "15", 15, false), dead(found, "10", 10, true))).toBe(true);
  });
  it("not more bodies than the toll, two counts of bodies, or two tolls", () => {
    expect(bodiesBelowToll(dead(more, "19", 19, true), dead(toll, "15", 15, false))).toBe(false);
    expect(bodiesBelowToll(dead(found, "10", 10, true), dead(more, "19", 19, true))).toBe(false);
    expect(bodiesBelowToll(dead(found, "10", 10, false), dead(toll, "15", 15, false))).toBe(false);
  });
  it("raises nothing between VOA's 'at least 15 ... found dead' and AP's '10 bodies found' the next day", () => {
    const entries = JSON.parse(readFileSync(join(import.meta.dirname, "..", "corpus", "check", "s14-p-bodies-found.json"), "utf8")) as { articles: Article[] }[];
    expect(checkInOrder(...entries[0]!.articles).filter((f) => f.kind === "cross-article-conflict")).toEqual([]);
  });
});
