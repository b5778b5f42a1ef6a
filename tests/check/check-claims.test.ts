import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CHECK_RULES, checkClaims } from "../../core/check/index.js";
import { MAX_GROUP } from "../../core/check/pairs.js";
import { internalConflict } from "../../core/check/rules/internal-conflict.js";
import type { Claim, Subject } from "../../core/model.js";
import { article, claimOn, subject } from "./support.js";

const text = fc.string({ maxLength: 12 });
const anyNumber = fc.oneof(fc.double(), fc.integer(), fc.constantFrom(0, -1, NaN, Infinity, -Infinity, 1e300, 3.6e6));
const anySubject: fc.Arbitrary<Subject | undefined> = fc.option(fc.record({
  key: fc.constantFrom("refugee|turkey", "refugee", "strip|depth", "|", "", "war|syria"),
  text, head: fc.constantFrom("refugee", "strip", "", "war"),
  place: fc.option(fc.constantFrom("turkey", "lebanon"), { nil: undefined }),
  event: fc.option(fc.constantFrom("raid", "attack", ""), { nil: undefined }),
}), { nil: undefined });

const anyClaim: fc.Arbitrary<Claim> = fc.record({
  id: fc.constantFrom("c1", "c2", "c3", "c4", "c5"),
  articleId: fc.constantFrom("a", "b", "c"),
  kind: fc.constantFrom("quantity", "percent", "date", "duration"),
  text, start: fc.integer({ min: -5, max: 400 }), end: fc.integer({ min: -5, max: 400 }),
  value: fc.oneof(anyNumber, fc.constantFrom("2019", "2019-10-26", "2019-13-40", "garbage", "")),
  unit: fc.option(fc.constantFrom("mi", "km", "km2", "mpg", "mph", "C", "F", "USD", "person", "%", "year", "rocket", "l100km"), { nil: undefined }),
  qualifier: fc.constantFrom("exact", "approx", "atLeast", "atMost", "range"),
  qualifierText: fc.option(fc.constantFrom("almost", "about", "just over", ""), { nil: undefined }),
  low: fc.option(anyNumber, { nil: undefined }), high: fc.option(anyNumber, { nil: undefined }),
  step: fc.option(anyNumber, { nil: undefined }),
  subject: anySubject,
  asOf: fc.option(fc.constantFrom("2020-01-14", "2024", "not a date", "2024-08-06T10:00:00Z"), { nil: undefined }),
  modality: fc.constantFrom("asserted", "hypothetical", "quoted", "negated"),
  conversionOf: fc.option(fc.constantFrom("c1", "c2", "c3"), { nil: undefined }),
  sentence: fc.option(fc.record({ start: fc.integer({ min: -5, max: 400 }), end: fc.integer({ min: -5, max: 400 }) }), { nil: undefined }),
  rules: fc.constant(["random"]),
}, { requiredKeys: ["id", "articleId", "kind", "text", "start", "end", "value", "qualifier", "modality", "rules"] });

describe("checkClaims", () => {
  it("never throws, whatever the claims look like, and returns well-formed findings", () => {
    fc.assert(fc.property(fc.array(anyClaim, { maxLength: 12 }), fc.array(anyClaim, { maxLength: 12 }), fc.string({ maxLength: 200 }), (own, related, body) => {
      const findings = checkClaims({ article: { id: "a", body, published: "2024-08-06" }, claims: own, related: { claims: related, articles: [] } });
      for (const finding of findings) {
        expect(finding.id).toMatch(/^f-[0-9a-f]{16}$/);
        expect(finding.status).toBe("open");
        expect(finding.explanation.length).toBeGreaterThan(10);
        expect(CHECK_RULES.map((rule) => rule.name)).toContain(finding.rule);
      }
      expect(new Set(findings.map((f) => f.id)).size).toBe(findings.length);
    }), { numRuns: 400 });
  });

  it("finds nothing in an article without claims", () => {
    expect(checkClaims({ article: article("a", ""), claims: [], related: { claims: [], articles: [] } })).toEqual([]);
  });

  it("ignores related claims that come from the article itself (a stale copy in the store)", () => {
    const doc = article("a", "3.6 million refugees");
    const s = subject("refugee|turkey", { place: "turkey" });
    const own = claimOn(doc, { text: "3.6 million", value: 3.6e6, unit: "person", subject: s });
    const stale = { ...own, id: "old", value: 3.5e6 };
    expect(checkClaims({ article: doc, claims: [own], related: { claims: [stale], articles: [] } })).toEqual([]);
  });

  it("lists a finding reached twice once, with an id that does not depend on claim order", () => {
    const doc = article("a", "The raid on 26 October 2019 and the 27 October 2019 raid", "2019-11-01");
    const raid = subject("raid", { event: "raid" });
    const claims = [
      claimOn(doc, { text: "26 October 2019", value: "2019-10-26", subject: raid }),
      claimOn(doc, { text: "27 October 2019", value: "2019-10-27", subject: raid }),
    ];
    // The same two claims twice (a store that returned duplicates) pair up four times.
    const forward = checkClaims({ article: doc, claims: [...claims, ...claims], related: { claims: [], articles: [] } });
    const backward = checkClaims({ article: doc, claims: [...claims].reverse(), related: { claims: [], articles: [] } });
    expect(forward).toHaveLength(1);
    expect(backward.map((f) => f.id)).toEqual(forward.map((f) => f.id));
  });

  it("compares a repeated reading once: one finding, on its first occurrence", () => {
    const killed = subject("killed|istiklal-attack", { event: "istiklal-attack" });
    const repeated = article("rep", "The attack killed six people. ".repeat(50), "2022-11-14");
    const other = article("other", "The attack killed nine people.", "2022-11-14");
    const claims = Array.from({ length: 50 }, (_, nth) => claimOn(repeated, { text: "six people", value: 6, unit: "person", subject: killed, nth }));
    const theirs = claimOn(other, { text: "nine people", value: 9, unit: "person", subject: killed });
    const findings = checkClaims({ article: repeated, claims, related: { claims: [theirs], articles: [] } });
    expect(findings).toHaveLength(1);
    expect(findings[0]?.claims.map((c) => c.start)).toContain(claims[0]?.start);
  });

  it("compares at most MAX_GROUP different readings of one subject per article", () => {
    const killed = subject("killed|flood", { event: "flood" });
    const body = Array.from({ length: MAX_GROUP + 50 }, (_, i) => `killed ${1000 + i * 10} people.`).join(" ");
    const doc = article("table", body);
    const claims = Array.from({ length: MAX_GROUP + 50 }, (_, i) => claimOn(doc, { text: `${1000 + i * 10} people`, value: 1000 + i * 10, unit: "person", subject: killed }));
    // The rule itself, not checkClaims: the article's list is cut to MAX_FINDINGS_PER_ARTICLE.
    const findings = internalConflict.check({ article: doc, claims, related: [], articles: new Map() });
    const compared = new Set(findings.flatMap((f) => f.claims.map((c) => c.claimId)));
    expect(compared.size).toBe(MAX_GROUP);
    expect(compared.has(claims[MAX_GROUP]!.id)).toBe(false);
  });

  it("gives every rule a distinct name", () => {
    const names = CHECK_RULES.map((rule) => rule.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual(["conversion-mismatch", "internal-conflict", "weekday-mismatch", "elapsed-time", "cross-article-conflict", "date-conflict"]);
  });
});
