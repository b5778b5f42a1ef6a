import { checkClaims } from "../../core/check/index.js";
import { extractClaims } from "../../core/extract/index.js";
import { relatedByIndex } from "../../core/check/claim-index.js";
import { claimId } from "../../core/ids.js";
import type { Article, Claim, Finding, Subject } from "../../core/model.js";

/**
 * Hand-made claims for rule tests: each is placed on its words in the article body, so spans,
 * sentences and the text around a claim are real, as the extractor would give them.
 */

export function article(id: string, body: string, published = "2024-08-06", source?: string): Article {
  return source === undefined ? { id, body, published } : { id, body, published, source };
}

export function subject(key: string, facets: Partial<Omit<Subject, "key">> = {}): Subject {
  const [head = key] = key.split("|");
  return { key, text: facets.text ?? key.replace(/\|/g, " "), head, ...facets };
}

/** Fields a test sets; text is the words to find in the body (the `nth` occurrence, from 0). */
export type ClaimSpec = Partial<Claim> & { text: string; value: number | string; nth?: number };

function sentenceAround(body: string, start: number, end: number): { start: number; end: number } {
  const before = body.lastIndexOf(". ", start);
  const after = body.indexOf(". ", end);
  return { start: before < 0 ? 0 : before + 2, end: after < 0 ? body.length : after + 1 };
}

/** A claim on the words `spec.text` of the article, asserted and exact unless told otherwise. */
export function claimOn(source: Article, spec: ClaimSpec): Claim {
  let start = -1;
  for (let i = 0; i <= (spec.nth ?? 0); i++) start = source.body.indexOf(spec.text, start + 1);
  if (start < 0) throw new Error(`test setup: "${spec.text}" is not in the body of ${source.id}`);
  const end = start + spec.text.length;
  const { nth: _nth, ...fields } = spec;
  return {
    id: claimId(source.id, start, end),
    articleId: source.id,
    kind: typeof spec.value === "string" ? "date" : "quantity",
    start, end,
    qualifier: "exact",
    modality: "asserted",
    asOf: source.published,
    sentence: sentenceAround(source.body, start, end),
    rules: ["test"],
    ...fields,
  };
}

/** "X (Y)" in one sentence: Y restates X. The findings of checking the pair alone. */
export function conversionPair(body: string, x: ClaimSpec, y: ClaimSpec): Finding[] {
  const doc = article("conv", body);
  const first = claimOn(doc, x);
  const second: Claim = { ...claimOn(doc, y), conversionOf: first.id };
  return checkClaims({ article: doc, claims: [first, second], related: { claims: [], articles: [] } });
}

/** Every finding of checking real articles in order, each against all the claims before it (no index between them). */
export function checkInOrder(...articles: Article[]): Finding[] {
  const seen: Claim[] = [];
  const findings: Finding[] = [];
  for (const doc of articles) {
    const claims = extractClaims(doc);
    findings.push(...checkClaims({ article: doc, claims, related: { claims: seen, articles: articles.filter((a) => seen.some((c) => c.articleId === a.id)) } }));
    seen.push(...claims);
  }
  return findings;
}

/** The findings of `later` checked against `earlier`'s claims, handed over by the claim index. */
export function checkThroughIndex(earlier: Article, later: Article): Finding[] {
  const theirs = extractClaims(earlier);
  const claims = extractClaims(later);
  const { body: _body, ...summary } = earlier;
  return checkClaims({ article: later, claims, related: { claims: relatedByIndex(claims, theirs), articles: [summary] } });
}

/** The internal conflicts of one article checked alone. */
export function internalFindings(article: Article): Finding[] {
  return checkClaims({ article, claims: extractClaims(article), related: { claims: [], articles: [] } }).filter((f) => f.kind === "internal-conflict");
}

/** Each internal conflict of one article as its claims' words, sorted and joined: "79 | 100". */
export function internalTexts(article: Article): string[] {
  return internalFindings(article).map((f) => f.claims.map((c) => c.text).sort().join(" | "));
}

/** The claim whose words are exactly `text`. */
export function claimWithText(claims: Claim[], text: string): Claim {
  return claims.find((c) => c.text === text)!;
}
