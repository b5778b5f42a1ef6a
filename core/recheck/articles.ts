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

/**
 * Phase 1 for one article: when its claims came from an older extractor or are filed under an
 * older index layout, extract them again from the stored text, check them against the store as
 * at ingest, and save the article anew (the save files the claims under the current keys,
 * removes the old revision's items and resolves its findings that no longer hold). Current
 * articles are left alone: null.
 * @example const changes = await reextractArticle(stored, { store, extract, check, extractorVersion: 2, now })
 */
export async function reextractArticle(stored: StoredArticle, ctx: ReextractContext): Promise<FindingChanges | null> {
  if (!isOutdated(stored, ctx.extractorVersion)) return null;
  const { extractorVersion: _version, checkedAt: _checked, indexVersion: _index, ...article } = stored;
  const claims = ctx.extract(article);
  const related = await relatedTo(article, claims, ctx.store);
  const at = ctx.now();
  const findings = ctx.check({ article, claims, related }).map((f) => ({ ...f, detectedAt: f.detectedAt ?? at }));
  return ctx.store.saveArticle({
    article: { ...article, extractorVersion: ctx.extractorVersion, indexVersion: INDEX_VERSION, checkedAt: at },
    claims, findings, partitions: partitionsOf(findings, [...claims, ...related.claims]),
  });
}
