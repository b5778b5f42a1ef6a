import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractClaims } from "../../../core/index.js";
import type { Claim } from "../../../core/index.js";

/** What every claim list must satisfy, whatever the input. */
function expectWellFormed(body: string, claims: Claim[]): void {
  const ids = new Set<string>();
  let previousStart = -1;
  for (const claim of claims) {
    expect(claim.text).toBe(body.slice(claim.start, claim.end));
    expect(claim.start).toBeLessThan(claim.end);
    expect(claim.start).toBeGreaterThanOrEqual(previousStart);
    previousStart = claim.start;
    expect(ids.has(claim.id)).toBe(false);
    ids.add(claim.id);
    if (claim.sentence) {
      expect(claim.sentence.start).toBeLessThanOrEqual(claim.start);
      expect(claim.sentence.end).toBeGreaterThanOrEqual(claim.end);
    }
  }
  for (const claim of claims) if (claim.conversionOf) expect(ids.has(claim.conversionOf)).toBe(true);
}

const NEWS_PIECES = [
  "<p>", "</p>", "<div class=\"x\">", "&amp;", "&mdash;", "“", "”", "‘", "’", "\"", "\n", "\n\n", " ", ". ", ", ",
  "3.6 million Syrian refugees", "in Turkey", "30-mile (18.6-mile) deep", "Nov. 13 attack", "killed six people",
  "If two million", "more than 300,000", "since December 1, 2019", "70%", "© 2026", "News Code 47296", "1.", "0:00",
  "it's already hosting", "the conflict in Syria, which has killed", "not", "would", "said", "In 2019,", "13 years of war",
];

describe("extractClaims", () => {
  it("never throws and keeps spans exact on any string", () => {
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 400 }), (body) => {
      expectWellFormed(body, extractClaims({ id: "p", body, published: "2024-08-06" }));
    }), { numRuns: 300 });
  });

  it("never throws and keeps spans exact on news-shaped soup", () => {
    const soup = fc.array(fc.constantFrom(...NEWS_PIECES), { maxLength: 60 }).map((parts) => parts.join(""));
    fc.assert(fc.property(soup, fc.option(fc.constantFrom("2020-01-14", "2024-08-06T10:00:00Z", "not a date")), (body, published) => {
      expectWellFormed(body, extractClaims({ id: "s", body, published: published ?? undefined }));
    }), { numRuns: 300 });
  });

  it("is deterministic", () => {
    const soup = fc.array(fc.constantFrom(...NEWS_PIECES), { maxLength: 40 }).map((parts) => parts.join(""));
    fc.assert(fc.property(soup, (body) => {
      const article = { id: "d", body, published: "2020-01-14" };
      expect(extractClaims(article)).toEqual(extractClaims(article));
    }), { numRuns: 100 });
  });

  it("survives a megabyte of digits and a 100 kB sentence of numbers", () => {
    const digits = "7".repeat(1_000_000);
    expectWellFormed(digits, extractClaims({ id: "m", body: digits }));
    const sentence = "about 30 km of road and 12 people in Turkey ".repeat(2_300);
    const claims = extractClaims({ id: "n", body: sentence, published: "2024-08-06" });
    expectWellFormed(sentence, claims);
    expect(claims.length).toBeGreaterThan(1000);
  });

  it("gives the same words in the same article the same ids, and another article other ids", () => {
    const body = "Turkey hosts 3.6 million Syrian refugees.";
    const [first] = extractClaims({ id: "a", body });
    const [again] = extractClaims({ id: "a", body });
    const [other] = extractClaims({ id: "b", body });
    expect(first?.id).toBe(again?.id);
    expect(first?.id).not.toBe(other?.id);
  });

  it("reads a body that is not a string as empty", () => {
    expect(extractClaims({ id: "x", body: undefined as unknown as string })).toEqual([]);
  });
});
