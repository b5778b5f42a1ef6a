import { checkClaims, extractClaims, relatedByIndex } from "../../core/index.js";
import type { Article, Claim } from "../../core/model.js";

/**
 * Date conflicts of the articles as the corpus runner checks them: each against those before it.
 * Its own file, not support.ts, so the hand-made claim tests do not load the extractor.
 */
export function dateConflicts(...docs: Article[]): string[] {
  const seen: { summary: Omit<Article, "body">; claims: Claim[] }[] = [];
  const found: string[] = [];
  for (const doc of docs) {
    const claims = extractClaims(doc);
    const related = seen.flatMap((s) => relatedByIndex(claims, s.claims));
    for (const f of checkClaims({ article: doc, claims, related: { claims: related, articles: seen.map((s) => s.summary) } })) {
      if (f.kind === "date-conflict") found.push(f.claims.map((c) => c.text).sort().join(" | "));
    }
    const { body: _body, ...summary } = doc;
    seen.push({ summary, claims });
  }
  return found;
}
