import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkClaims, extractClaims, type Article, type Claim, type Finding } from "../../core/index.js";
import { adversarialText, publishedValue } from "../support/reliability-text.js";

/**
 * Properties of the pure core on any text: it never throws, every span is exact, and the same
 * input gives the same output. fast-check shrinks a failure to the smallest text that shows it.
 * RUNS is per property; the seed is printed on failure so a run can be replayed.
 */
const RUNS = 200;

function article(id: string, body: string, published: string | undefined): Article {
  return published === undefined ? { id, body } : { id, body, published };
}

/** The span contract of DESIGN.md: half-open UTF-16 offsets, text is exactly the slice. */
function spanProblems(body: string, claims: Claim[], articleId: string): string[] {
  return claims.flatMap((c) => {
    const problems: string[] = [];
    if (!(Number.isInteger(c.start) && Number.isInteger(c.end) && c.start >= 0 && c.start < c.end && c.end <= body.length)) {
      problems.push(`bad offsets [${c.start}, ${c.end}) in a body of ${body.length}`);
    } else if (body.slice(c.start, c.end) !== c.text) {
      problems.push(`text ${JSON.stringify(c.text)} is not body[${c.start}, ${c.end}) = ${JSON.stringify(body.slice(c.start, c.end))}`);
    }
    if (c.articleId !== articleId) problems.push(`claim ${c.id} names article ${c.articleId}`);
    return problems;
  });
}

/** Every ClaimRef of a finding points at a claim it was given, with that claim's span and words. */
function refProblems(findings: Finding[], known: Claim[]): string[] {
  const byId = new Map(known.map((c) => [`${c.articleId}\u0000${c.id}`, c]));
  return findings.flatMap((f) => f.claims.flatMap((ref) => {
    const claim = byId.get(`${ref.articleId}\u0000${ref.claimId}`);
    if (!claim) return [`finding ${f.id} points at unknown claim ${ref.claimId}`];
    return claim.start === ref.start && claim.end === ref.end && claim.text === ref.text ? [] : [`finding ${f.id} misquotes ${ref.claimId}`];
  }));
}

describe("extractClaims on any text", () => {
  it("never throws; spans are exact; ids unique; the same input gives the same claims", () => {
    fc.assert(fc.property(adversarialText(), publishedValue(), (body, published) => {
      const input = article("a1", body, published);
      const first = extractClaims(input);
      expect(spanProblems(body, first, "a1")).toEqual([]);
      expect(new Set(first.map((c) => c.id)).size).toBe(first.length);
      expect(extractClaims(article("a1", body, published))).toEqual(first);
    }), { numRuns: RUNS });
  });

  // BUG (core/extract/numbers/digits.ts readDigits, lines ~70-77): "1e400 km" becomes a claim
  // with value and step Infinity (null in JSON); "1e-400 km" one with value 0 and step 0. A
  // number that does not fit a double is not a number the checker can compare: no claim.
  it("every number on a claim is finite, and its step positive", () => {
    fc.assert(fc.property(adversarialText(), (body) => {
      for (const c of extractClaims({ id: "a1", body })) {
        const numbers = [c.value, c.low, c.high, c.step].filter((x): x is number => typeof x === "number");
        expect(numbers.every(Number.isFinite), `${c.text}: ${JSON.stringify([c.value, c.low, c.high, c.step])}`).toBe(true);
        if (c.step !== undefined) expect(c.step, c.text).toBeGreaterThan(0);
      }
    }), { numRuns: RUNS, examples: [["1e400 km"], ["about 1e-400 km"]] });
  });

  it("claims come in text order", () => {
    fc.assert(fc.property(adversarialText(), (body) => {
      const starts = extractClaims({ id: "a1", body }).map((c) => c.start);
      expect(starts).toEqual([...starts].sort((x, y) => x - y));
    }), { numRuns: RUNS });
  });
});

describe("checkClaims on any two texts", () => {
  it("never throws; findings quote real claims; ids unique; deterministic", () => {
    fc.assert(fc.property(adversarialText(40), adversarialText(40), publishedValue(), (own, other, published) => {
      const mine = article("a1", own, published);
      const theirs = article("a2", other, "2020-01-01");
      const claims = extractClaims(mine);
      const related = { claims: extractClaims(theirs), articles: [{ id: "a2", published: "2020-01-01" }] };
      const findings = checkClaims({ article: mine, claims, related });
      expect(refProblems(findings, [...claims, ...related.claims])).toEqual([]);
      expect(new Set(findings.map((f) => f.id)).size).toBe(findings.length);
      expect(checkClaims({ article: mine, claims, related })).toEqual(findings);
    }), { numRuns: RUNS });
  });

  it("a copy of an article never conflicts with itself at the same words", () => {
    // The same text under two ids: the claims at one span say the same thing in both, so no
    // cross-article finding may pair a claim with its own copy.
    fc.assert(fc.property(adversarialText(40), (body) => {
      const a = { id: "a1", body, published: "2024-01-01" };
      const b = { id: "a2", body, published: "2024-01-01" };
      const findings = checkClaims({ article: a, claims: extractClaims(a), related: { claims: extractClaims(b), articles: [{ id: "a2", published: "2024-01-01" }] } });
      const selfPairs = findings.filter((f) => f.kind === "cross-article-conflict" && f.claims.length === 2 && f.claims[0]!.start === f.claims[1]!.start && f.claims[0]!.end === f.claims[1]!.end);
      expect(selfPairs).toEqual([]);
    }), { numRuns: RUNS });
  });
});
