import { describe, expect, it } from "vitest";
import { extractClaims, checkClaims } from "../../core/index.js";
import type { Article } from "../../core/model.js";

/**
 * A named peak's height and its altitude are one measure (core/check/frame/named-measure.ts
 * heightAgrees; after the Kilimanjaro guides of 2016 and 2023, which give 5898m and 5,895 metres).
 */
function crossFindings(first: Article, second: Article) {
  return checkClaims({ article: second, claims: extractClaims(second), related: { claims: extractClaims(first), articles: [{ id: first.id, published: first.published }] } })
    .filter((f) => f.kind === "cross-article-conflict");
}

describe("a named peak's height and altitude", () => {
  const height = { id: "a", published: "2016-01-01", body: "Climbing Kilimanjaro\n\nThe summit, Uhuru Peak, stands at 5,898 metres above the plains." };
  it("are compared as one measure", () => {
    const altitude = { id: "b", published: "2023-01-01", body: "Uhuru Peak guide\n\nUhuru Peak sits at an altitude of 5,895 metres." };
    expect(crossFindings(height, altitude).map((f) => f.claims.map((c) => c.text).sort())).toEqual([["5,895 metres", "5,898 metres"]]);
  });
  it("never meet another thing's altitude", () => {
    const town = { id: "b", published: "2023-01-01", body: "Visiting La Paz\n\nLa Paz sits at an altitude of 3,640 metres." };
    expect(crossFindings(height, town)).toEqual([]);
  });
});
