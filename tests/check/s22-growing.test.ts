import { describe, expect, it } from "vitest";
import { extractClaims, checkClaims } from "../../core/index.js";
import type { Article } from "../../core/model.js";

/**
 * The area a fire burned grows while it burns (core/check/growing.ts): a later report's larger
 * figure is the fire spreading, a later report's smaller one, or two of one day, still a finding
 * (after the Fort McMurray fire reports of May 2016).
 */
function findingsOf(first: Article, second: Article) {
  const theirs = extractClaims(first);
  return checkClaims({ article: second, claims: extractClaims(second), related: { claims: theirs, articles: [{ id: first.id, published: first.published }] } })
    .filter((f) => f.kind === "cross-article-conflict");
}
const report = (id: string, published: string, area: string): Article => ({
  id, published, body: `Wildfire rages near Fort McMurray\n\nThe wildfire near Fort McMurray in Alberta has burned ${area}, officials said.`,
});

describe("the area a fire burned, told by two reports", () => {
  it("is no finding when the later report gives more", () => {
    expect(findingsOf(report("a", "2016-05-05", "85,000 hectares"), report("b", "2016-05-07", "101,000 hectares"))).toEqual([]);
  });
  it("is a finding when the later report gives less, or two of one day differ", () => {
    expect(findingsOf(report("a", "2016-05-05", "101,000 hectares"), report("b", "2016-05-07", "85,000 hectares"))).toHaveLength(1);
    expect(findingsOf(report("a", "2016-05-05", "85,000 hectares"), report("b", "2016-05-05", "101,000 hectares"))).toHaveLength(1);
  });
});
