import { INDEX_VERSION } from "../check/claim-index.js";
import type { CheckInput } from "../check/index.js";
import { partitionsOf, relatedTo } from "../checker.js";
import type { Article, Claim, Finding } from "../model.js";
import type { BatchStore, FindingChanges, StoredArticle } from "../ports.js";

/** What phase 1 needs to read one stored article again. */
export interface ReextractContext {
  store: BatchStore;
  extract: (article: Article) => Claim[];
  check: (input: CheckInput) => Finding[];
  extractorVersion: number;
  now: () => string;
}

/**
 * Whether a stored article's claims must be read again: an older extractor made them, or they
 * are filed under an older layout of the claim index (INDEX_VERSION), whose items a save of the
 * new revision replaces.
 */
export function isOutdated(stored: StoredArticle, extractorVersion: number): boolean {
  return stored.extractorVersion < extractorVersion || (stored.indexVersion ?? 1) !== INDEX_VERSION;
}

const crossArticle = (f: Finding) => new Set(f.claims.map((c) => c.articleId)).size > 1;

/**
 * Phase 1 for one article: when its claims came from an older extractor or are filed under an
 * older index layout, extract them again from the stored text, check them against the store as
 * at ingest, and save the article anew (the save files the claims under the current keys,
 * removes the old revision's items and resolves its findings that no longer hold). Current
 * articles are left alone: null.
 *
 * A cross-article finding new to the store is not opened here but by phase 2, in its owner's
 * partition (subjects.ts): what a check reads under a key of the nearest claims depends on which
 * articles were re-extracted before it, so a pair found here could be found in one order of the
 * segments and not in another (a run cut off and resumed would end elsewhere than an uninterrupted
 * one). The partitions' walk finds every pair from the re-extracted claims alone. A stored finding
 * checked again here is kept as at ingest.
 * @example const changes = await reextractArticle(stored, { store, extract, check, extractorVersion: 2, now })
 */
export async function reextractArticle(stored: StoredArticle, ctx: ReextractContext): Promise<FindingChanges | null> {
  if (!isOutdated(stored, ctx.extractorVersion)) return null;
  const { extractorVersion: _version, checkedAt: _checked, indexVersion: _index, ...article } = stored;
  const claims = ctx.extract(article);
  const related = await relatedTo(article, claims, ctx.store);
  const at = ctx.now();
  const computed = ctx.check({ article, claims, related });
  const known = computed.some(crossArticle) ? new Set((await ctx.store.findingsForArticle(article.id)).map((f) => f.id)) : new Set<string>();
  const findings = computed.filter((f) => !crossArticle(f) || known.has(f.id)).map((f) => ({ ...f, detectedAt: f.detectedAt ?? at }));
  return ctx.store.saveArticle({
    article: { ...article, extractorVersion: ctx.extractorVersion, indexVersion: INDEX_VERSION, checkedAt: at },
    claims, findings, partitions: partitionsOf(findings, [...claims, ...related.claims]),
  });
}
