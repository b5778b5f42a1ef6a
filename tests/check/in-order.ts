import { checkClaims, extractClaims, relatedByIndex } from "../../core/index.js";
import type { Article, Claim, Finding } from "../../core/model.js";

/**
 * Every finding of the articles as the corpus runner checks them: each against the claims of
 * those before it that the claim index hands over. Its own file, not support.ts, so the hand-made
 * claim tests do not load the extractor.
 */
export function checkInOrder(...docs: Article[]): Finding[] {
  const seen: { summary: Omit<Article, "body">; claims: Claim[] }[] = [];
  const found: Finding[] = [];
  for (const doc of docs) {
    const claims = extractClaims(doc);
    const related = seen.flatMap((s) => relatedByIndex(claims, s.claims));
    found.push(...checkClaims({ article: doc, claims, related: { claims: related, articles: seen.map((s) => s.summary) } }));
    const { body: _body, ...summary } = doc;
    seen.push({ summary, claims });
  }
  return found;
}
