import { describe, expect, it } from "vitest";
import { checkClaims, extractClaims } from "../../core/index.js";
import type { Article } from "../../core/model.js";

/**
 * A story that sets its own count against what "initial radio reports" said tells a revision, not a
 * contradiction (after AP on the Angash bus plunge in Peru, November 2001).
 */
const internal = (body: string) => {
  const article: Article = { id: "a", published: "2001-11-19", body };
  return checkClaims({ article, claims: extractClaims(article), related: { claims: [], articles: [] } })
    .filter((f) => f.kind === "internal-conflict" && f.claims.some((c) => c.text === "20"));
};
const story = (earlier: string) => `Bus plunges into ravine, killing 24 people in Peru

LIMA, Peru (AP) -- A bus plunged from a mountain highway into a ravine, killing 24 people and injuring 17 others, police said. The accident occurred Sunday in the rural area of Angash in Peru's central Andes. ${earlier} said 25 died and 20 were injured.`;

describe("an earlier report the story names as such", () => {
  it("is no contradiction when a word stands between 'initial' and 'reports'", () => {
    expect(internal(story("Initial radio reports"))).toEqual([]);
    expect(internal(story("Initial reports"))).toEqual([]);
  });
  it("is still one when nothing marks it as earlier", () => {
    expect(internal(story("Local radio"))).not.toEqual([]);
  });
});
