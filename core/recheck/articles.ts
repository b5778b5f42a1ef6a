import type { CheckInput } from "../check/index.js";
import type { Article, Claim, Finding } from "../model.js";
import type { BatchStore, FindingChanges, RelatedClaims, StoredArticle } from "../ports.js";
import { subjectHead } from "../subject-match.js";

/** What phase 1 needs to read one stored article again. */
export interface ReextractContext {
  store: BatchStore;
  extract: (article: Article) => Claim[];
  check: (input: CheckInput) => Finding[];
  extractorVersion: number;
  now: () => string;
}

function headsOf(claims: Claim[]): string[] {
  return [...new Set(claims.flatMap((c) => (c.subject ? [subjectHead(c.subject.key)] : [])))].filter((h) => h !== "");
}

/**
 * Phase 1 for one article: when its claims came from an older extractor, extract them again
 * from the stored text, check them against the store as at ingest, and save the article anew
 * (the save resolves its findings that no longer hold). Current articles are left alone: null.
 * @example const changes = await reextractArticle(stored, { store, extract, check, extractorVersion: 2, now })
 */
export async function reextractArticle(stored: StoredArticle, ctx: ReextractContext): Promise<FindingChanges | null> {
  if (stored.extractorVersion >= ctx.extractorVersion) return null;
  const { extractorVersion: _version, checkedAt: _checked, ...article } = stored;
  const claims = ctx.extract(article);
  const heads = headsOf(claims);
  const related: RelatedClaims = heads.length > 0 ? await ctx.store.claimsAbout(heads, article.id) : { claims: [], articles: [] };
  const at = ctx.now();
  const findings = ctx.check({ article, claims, related }).map((f) => ({ ...f, detectedAt: f.detectedAt ?? at }));
  return ctx.store.saveArticle({ article: { ...article, extractorVersion: ctx.extractorVersion, checkedAt: at }, claims, findings });
}
