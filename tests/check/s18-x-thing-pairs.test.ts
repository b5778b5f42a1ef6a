import { describe, expect, it } from "vitest";
import type { ArticleSummary, Claim, ScopeEntity } from "../../core/model.js";
import { sameThingNamed, thingPairs } from "../../core/check/aligned/thing-pairs.js";
import { slotKeys } from "../../core/check/aligned/slot-keys.js";
import { filingKeys, lookupsFor, windowDays } from "../../core/check/claim-index.js";
import { INDEX_WINDOWS } from "../../core/check/claim-index-windows.js";

// Session 18 (issue 15), X: measures of one named thing in two reports, aligned by the thing
// (core/check/aligned/thing-pairs.ts) and handed over under the thing's words (slot-keys.ts).

const thing = (id: string, text: string): ScopeEntity => ({ kind: "named", id, text });
const PELJESAC = thing("peljesac-bridge", "Peljesac Bridge");

function measure(articleId: string, value: number, unit: string, slot: string, opts: Partial<Claim> & { of?: ScopeEntity } = {}): Claim {
  const { of = PELJESAC, ...rest } = opts;
  return {
    id: `${articleId}-${value}`, articleId, kind: "quantity", text: `${value} ${unit}`, start: 0, end: 2, value, unit, dimension: unit === "USD" ? "money" : "length",
    qualifier: "exact", modality: "asserted", rules: [], asOf: "2022-07-26", slot: { id: slot, said: slot.slice(2), story: [of] }, ...rest,
  };
}

const article = (id: string, published: string): ArticleSummary => ({ id, published });

function pairs(mine: Claim[], theirs: Claim[], days: [string, string] = ["2022-07-26", "2019-03-01"]) {
  const articles = new Map([["a", article("a", days[0])], ["b", article("b", days[1])]]);
  return thingPairs({ article: articles.get("a")!, claims: mine }, theirs, articles);
}

describe("sameThingNamed", () => {
  it("takes one name written shorter inside the other, of one kind", () => {
    expect(sameThingNamed(thing("nile-bridge", "Nile Bridge"), thing("source-of-the-nile-bridge", "Source of the Nile Bridge"))).toBe(true);
    expect(sameThingNamed(thing("torre-rise", "Torre Rise"), thing("rise-tower", "Rise Tower"))).toBe(true);
  });
  it("keeps two kinds and two names apart", () => {
    expect(sameThingNamed(thing("suez-canal", "Suez Canal"), thing("suez-canal-bridge", "Suez Canal Bridge"))).toBe(false);
    expect(sameThingNamed(thing("kigamboni-bridge", "Kigamboni Bridge"), thing("tanzanite-bridge", "Tanzanite Bridge"))).toBe(false);
  });
});

describe("thingPairs", () => {
  it("pairs a standing length of one thing whatever the reports' days", () => {
    const found = pairs([measure("a", 2404, "m", "m:length")], [measure("b", 2.6, "km", "m:length")]);
    expect(found.map((p) => [p.mine.value, p.theirs.value, p.label])).toEqual([[2404, 2.6, "length of Peljesac Bridge"]]);
    expect(found[0]!.match.strength).toBe("weak");
  });
  it("does not pair values that agree, two things, or two dimensions", () => {
    expect(pairs([measure("a", 2404, "m", "m:length")], [measure("b", 2.4, "km", "m:length")])).toEqual([]);
    expect(pairs([measure("a", 2404, "m", "m:length")], [measure("b", 1200, "m", "m:length", { of: thing("kisumu-bridge", "Kisumu Bridge") })])).toEqual([]);
    expect(pairs([measure("a", 2404, "m", "m:length")], [measure("b", 55, "m", "m:height")])).toEqual([]);
  });
  it("pairs a bare size with the length of a bridge and the height of a tower only", () => {
    expect(pairs([measure("a", 2404, "m", "m:extent")], [measure("b", 2.6, "km", "m:length")])).toHaveLength(1);
    expect(pairs([measure("a", 2404, "m", "m:extent")], [measure("b", 55, "m", "m:height")])).toEqual([]);
    const tower = thing("mohammed-vi-tower", "Mohammed VI Tower");
    expect(pairs([measure("a", 250, "m", "m:height", { of: tower })], [measure("b", 820, "ft", "m:extent", { of: tower })])).toEqual([]);
    expect(pairs([measure("a", 250, "m", "m:height", { of: tower })], [measure("b", 984, "ft", "m:extent", { of: tower })])).toHaveLength(1);
  });
  it("quotes a conversion in the other figure's unit, and marks the pair as paired by the thing", () => {
    const mile = measure("b", 2.1, "mi", "m:length");
    const km = { ...measure("b", 3.39, "km", "m:length"), id: "b-km", slot: undefined, conversionOf: mile.id };
    const [pair] = pairs([measure("a", 3.8, "km", "m:length")], [mile, km]);
    expect([pair!.quoted!.mine.text, pair!.quoted!.theirs.text, pair!.byThing]).toEqual(["3.8 km", "3.39 km", true]);
  });
  it("compares a cost only within some years, and a plan never with the thing built", () => {
    expect(pairs([measure("a", 420e6, "USD", "m:cost")], [measure("b", 380e6, "USD", "m:cost")], ["2022-07-26", "2021-07-26"])).toHaveLength(1);
    expect(pairs([measure("a", 420e6, "USD", "m:cost")], [measure("b", 380e6, "USD", "m:cost")], ["2022-07-26", "2012-07-26"])).toEqual([]);
    expect(pairs([measure("a", 634, "m", "m:height")], [measure("b", 610, "m", "m:height.planned")])).toEqual([]);
  });
});

describe("measure slot keys", () => {
  it("files and reads a measure under each distinctive word of the thing's name, at any distance in time", () => {
    const claim = measure("a", 2404, "m", "m:length", { of: thing("source-of-the-nile-bridge", "Source of the Nile Bridge") });
    expect(slotKeys(claim, "filed")).toEqual(["slot-m.length/thing:source", "slot-m.length/thing:nile"]);
    const nile = measure("a", 525, "m", "m:length", { of: thing("nile-bridge", "Nile Bridge") });
    expect(slotKeys(nile, "read")).toEqual(["slot-m.length/thing:nile"]);
    expect(filingKeys(nile).map((f) => f.key)).toContain("slot-m.length/thing:nile");
    expect(windowDays("slot-m.length/thing:nile")).toBe(INDEX_WINDOWS.onceOnlyDays);
    expect(lookupsFor(nile).find((l) => l.key === "slot-m.length/thing:nile")?.limit).toBe(INDEX_WINDOWS.nearest);
  });
  it("files a name of common words only under its whole name, never under a kind noun", () => {
    const claim = measure("a", 60000, "m", "m:capacity", { of: thing("national-stadium", "National Stadium") });
    expect(slotKeys(claim, "filed")).toEqual(["slot-m.capacity/thing:national-stadium"]);
  });
});
