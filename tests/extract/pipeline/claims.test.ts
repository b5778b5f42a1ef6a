import { describe, expect, it } from "vitest";
import { toClaims } from "../../../core/extract/claims.js";
import type { Draft } from "../../../core/extract/draft.js";
import { claimId } from "../../../core/ids.js";
import { mention } from "./mentions.js";

const text = "the 30-mile (18.6-mile) deep strip";

function draft(words: string, fields: Parameters<typeof mention>[2] = {}): Draft {
  const m = mention(text, words, fields);
  return { mention: m, sentence: { start: 0, end: text.length }, window: { start: 0, end: text.length }, modality: "asserted", rules: ["subject.noun-phrase"] };
}

describe("toClaims", () => {
  const miles = draft("30-mile", { value: 30, unit: "mi", dimension: "length", step: 10 });
  const restated = draft("18.6-mile", { value: 18.6, unit: "mi", conversionOf: { start: miles.mention.start, end: miles.mention.end } });

  it("gives each claim an id from its article and span, its exact text and its rules", () => {
    const [first] = toClaims("a1", text, [miles]);
    expect(first).toMatchObject({
      id: claimId("a1", 4, 11), articleId: "a1", text: "30-mile", start: 4, end: 11, value: 30, unit: "mi",
      dimension: "length", step: 10, modality: "asserted", rules: ["test.hand-made", "subject.noun-phrase"],
    });
  });
  it("links a conversion to its original's claim id", () => {
    const claims = toClaims("a1", text, [restated, miles]);
    expect(claims.map((c) => c.text)).toEqual(["30-mile", "18.6-mile"]);
    expect(claims[1]!.conversionOf).toBe(claims[0]!.id);
  });
  it("links a conversion to nothing when its original was dropped", () => {
    expect(toClaims("a1", text, [restated])[0]!.conversionOf).toBeUndefined();
  });
  it("leaves out fields the mention does not have", () => {
    const claim = toClaims("a1", text, [draft("deep")])[0]!;
    expect(Object.keys(claim)).not.toContain("unit");
    expect(Object.keys(claim)).not.toContain("subject");
    expect(Object.keys(claim)).not.toContain("asOf");
  });
});
