import { describe, expect, it } from "vitest";
import { checkClaims, extractClaims } from "../../core/index.js";
import type { Article } from "../../core/model.js";
import { lookupsForClaims, filingKeys } from "../../core/check/claim-index-keys.js";

/**
 * A group's count larger than the whole count of one event in another report (core/check/part-over-whole.ts),
 * after the Haneda runway collision reports of 3 January 2024 ("17 of the passengers were injured" /
 * "A total of 15 people were injured").
 */
function findingsOf(first: Article, second: Article) {
  const theirs = extractClaims(first);
  return checkClaims({ article: second, claims: extractClaims(second), related: { claims: theirs, articles: [{ id: first.id, published: first.published }] } })
    .filter((f) => f.kind === "cross-article-conflict");
}
const passengers = (id: string, published: string, count: string): Article => ({
  id, published, body: `Plane bursts into flames at Haneda airport\n\nA Japan Airlines plane burst into flames after colliding with a coast guard aircraft at Haneda airport in Tokyo. ${count} of the passengers were injured in the collision at Haneda, the agency said.`,
});
const people = (id: string, published: string, count: string): Article => ({
  id, published, body: `Plane bursts into flames at Haneda airport\n\nA Japan Airlines plane burst into flames after colliding with a coast guard aircraft at Haneda airport in Tokyo. A total of ${count} people were injured in the collision at Haneda, firefighters said.`,
});

describe("a group counted larger than its whole", () => {
  it("is a finding that says a part cannot be more than its whole", () => {
    const found = findingsOf(passengers("a", "2024-01-03", "17"), people("b", "2024-01-03", "15"));
    expect(found).toHaveLength(1);
    expect(found[0]!.explanation).toContain("a part cannot be more than its whole");
    expect(findingsOf(people("b", "2024-01-03", "15"), passengers("a", "2024-01-03", "17"))).toHaveLength(1);
  });
  it("is nothing when the group is smaller, or counted on a later day (the whole may have grown)", () => {
    expect(findingsOf(passengers("a", "2024-01-03", "12"), people("b", "2024-01-03", "15"))).toEqual([]);
    expect(findingsOf(people("b", "2024-01-03", "15"), passengers("a", "2024-01-05", "17"))).toEqual([]);
  });
  it("is filed and read where the whole is, so the store hands the two over", () => {
    const part = extractClaims(passengers("a", "2024-01-03", "17")).find((c) => c.value === 17)!;
    const whole = extractClaims(people("b", "2024-01-03", "15")).find((c) => c.value === 15)!;
    const filedWhole = new Set(filingKeys(whole).map((f) => f.key));
    expect(lookupsForClaims([part]).some((l) => filedWhole.has(l.key))).toBe(true);
    const filedPart = new Set(filingKeys(part).map((f) => f.key));
    expect(lookupsForClaims([whole]).some((l) => filedPart.has(l.key))).toBe(true);
  });
});

describe("a whole that is no whole", () => {
  it("is a list's item: no finding", () => {
    const listed: Article = { id: "c", published: "2024-01-03", body: "Plane bursts into flames at Haneda airport\n\nA Japan Airlines plane burst into flames after colliding with a coast guard aircraft at Haneda airport in Tokyo. Eight people and two crew were injured in the collision at Haneda, firefighters said." };
    expect(findingsOf(passengers("a", "2024-01-03", "17"), listed)).toEqual([]);
  });
  it("is still the whole beside a count of another casualty: a finding (session 28, two reports of a missile strike)", () => {
    const beside: Article = { id: "f", published: "2024-01-03", body: "Plane bursts into flames at Haneda airport\n\nA Japan Airlines plane burst into flames after colliding with a coast guard aircraft at Haneda airport in Tokyo. Two people were killed and 15 others were injured in the collision at Haneda, firefighters said." };
    expect(findingsOf(passengers("a", "2024-01-03", "17"), beside)).toHaveLength(1);
  });
  it("is a floor its report gives: no finding", () => {
    const floor: Article = { id: "d", published: "2024-01-03", body: "At least 15 injured at Haneda airport\n\nA Japan Airlines plane burst into flames after colliding with a coast guard aircraft at Haneda airport in Tokyo. A total of 15 people were injured in the collision at Haneda, firefighters said." };
    expect(findingsOf(passengers("a", "2024-01-03", "17"), floor)).toEqual([]);
  });
});

describe("a whole its report tells as the count so far", () => {
  it("is no finding: the count is not done", () => {
    const initial: Article = { id: "e", published: "2024-01-03", body: "Plane bursts into flames at Haneda airport\n\nA Japan Airlines plane burst into flames after colliding with a coast guard aircraft at Haneda airport in Tokyo. 15 people were injured so far in the collision at Haneda, firefighters said." };
    expect(findingsOf(passengers("a", "2024-01-03", "17"), initial)).toEqual([]);
  });
});
