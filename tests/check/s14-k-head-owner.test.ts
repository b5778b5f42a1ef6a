/**
 * Which partition of the claim index owns a pair (core/check/claim-index-partitions.ts partitionOf)
 * when the figures are marked by head word and story too (core/check/frame/head-keys.ts): a frame
 * key under which the two meet owns it, whatever the head keys' names; a head key owns only a pair
 * that no frame key brings together. Decided from the two claims alone, the same from both sides.
 */
import { describe, expect, it } from "vitest";
import { filingKeys, partitionOf } from "../../core/check/claim-index.js";
import type { Claim, ScopeEntity } from "../../core/index.js";
import { framed } from "./framed.js";

const idlib: ScopeEntity = { kind: "place", id: "idlib", text: "Idlib", within: ["syria"] };
const afrin: ScopeEntity = { kind: "named", id: "name:afrin", text: "Afrin", within: ["known"] };
const story = [afrin];

/** Troops in Idlib: framed (troop/place:idlib, a level read for years), and marked by head and story. */
const troops = (articleId: string, value: number, asOf: string): Claim =>
  framed(articleId, value, { measure: { id: "troop", text: "troops" }, scope: [idlib] }, asOf, { headWord: { word: "troop", story, said: "troops" } });

/** A cost no reader framed: marked by head and story alone. */
const cost = (articleId: string, value: number, asOf: string): Claim => ({
  ...framed(articleId, value, { measure: { id: "", text: "" }, scope: [] }, asOf, { unit: "USD", dimension: "money", headWord: { word: "cost", story, said: "cost" } }),
  subject: undefined,
});

describe("the owner of a pair of marked figures", () => {
  it("is the frame key the two meet under, though a head key sorts first and holds them too", () => {
    const [a, b] = [troops("s0", 4000, "2024-08-01"), troops("s8", 7000, "2024-08-17")];
    const keys = filingKeys(a).map((f) => f.key);
    expect(keys).toContain("head:count:troop/story:name:afrin");
    expect(keys).toContain("troop/place:idlib");
    expect(partitionOf([a, b])).toBe("troop/place:idlib");
    expect(partitionOf([b, a])).toBe("troop/place:idlib");
  });

  it("is the head key for figures no frame key brings together", () => {
    const [a, b] = [cost("s0", 120_000_000, "2024-08-01"), cost("s8", 150_000_000, "2024-08-17")];
    expect(filingKeys(a).map((f) => f.key)).toEqual(["head:money:cost/story:name:afrin"]);
    expect(partitionOf([a, b])).toBe("head:money:cost/story:name:afrin");
    expect(partitionOf([b, a])).toBe("head:money:cost/story:name:afrin");
  });

  it("is none when even the head key's window (three weeks) does not reach", () => {
    expect(partitionOf([cost("s0", 120_000_000, "2024-08-01"), cost("s9", 150_000_000, "2024-09-15")])).toBeNull();
  });
});
