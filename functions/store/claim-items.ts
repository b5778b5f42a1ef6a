import { hash64, type ArticleRecord, type Claim } from "../../core/index.js";
import { placeBody } from "./body.js";
import { daysFromClaims } from "./finding-days.js";
import { findingItem, linkItems, mergeFinding } from "./finding-items.js";
import { filingKeys, isAnchorKey } from "../../core/check/claim-index.js";
import type { Item } from "./db.js";
import { ARTICLE_SK, KEY_SK, articlePk, revision, claimSk, headOf, headPk, indexSk, partitionPk, partitionSk, subjectClaimSk } from "./keys.js";

/**
 * The claim item of one revision. It also joins its subject head in `bySubject` under
 * `HEAD#<head>`: that listing serves GET /claims?subject= (paged, an editor's browsing), never a
 * check, which reads the index items below. `savedAt` tells the batch's cleanup how old a
 * revision that never became current is.
 */
export function claimItem(claim: Claim, rev: string, seq: number, savedAt: string): Item {
  return {
    pk: articlePk(claim.articleId), sk: claimSk(rev, claim.id), type: "claim",
    articleId: claim.articleId, rev, seq, savedAt, claim,
    ...(claim.subject
      ? { subjectPk: headPk(headOf(claim.subject.key)), subjectSk: subjectClaimSk(claim.subject.key, claim.articleId, rev, claim.id) }
      : {}),
  };
}

/**
 * One index item per filing key of the claim (core/check/claim-index.ts), in the article's own
 * collection (so replacing or deleting the article finds and removes them with its claims), and
 * in `bySubject` under `KEY#<key>` with the day in the sort key: a check reads a key and a range
 * of days. Each carries the claim, so a lookup needs no second read. Keys are deterministic from
 * the revision and the claim, so writing them twice writes the same items.
 */
export function indexItems(claim: Claim, rev: string, seq: number, savedAt: string): Item[] {
  return filingKeys(claim).map((filing, n) => ({
    pk: articlePk(claim.articleId), sk: indexSk(rev, claim.id, n), type: "index",
    articleId: claim.articleId, rev, seq, savedAt, claim,
    subjectPk: partitionPk(filing.key), subjectSk: partitionSk(filing.time, claim.articleId, rev, claim.id),
  }));
}

/**
 * One marker per anchor key, so the batch can list the partitions without reading claims. Keys
 * of claims filed as inside a place are walked with that place's own key: no marker of their own.
 */
export function partitionMarkers(claims: Claim[]): Item[] {
  const keys = new Set(claims.flatMap((c) => filingKeys(c).map((f) => f.key).filter(isAnchorKey)));
  return [...keys].map((key) => ({ pk: partitionPk(key), sk: KEY_SK, type: "key", key, batchPk: partitionPk(key) }));
}

/**
 * What makes two saves the same: the article (text and metadata, not when it was checked) and
 * its claims. An identical re-post keeps its revision and rewrites nothing visible.
 */
export function contentHash(record: ArticleRecord): string {
  const { checkedAt: _checked, ...article } = record.article;
  return hash64(JSON.stringify([article, record.claims]));
}

/**
 * What a save writes for revision `rev` (sequence `seq`) of an article: the items of the revision
 * (claims, their index items, body chunks, partition markers) and the article item that commits
 * it, pointing at them.
 */
export function revisionItems(record: ArticleRecord, rev: string, seq: number, hash: string): { items: Item[]; article: Item } {
  const { body, ...summary } = record.article;
  const at = summary.checkedAt;
  const placed = placeBody(summary.id, rev, seq, body);
  return {
    items: [
      ...record.claims.flatMap((c) => [claimItem(c, rev, seq, at), ...indexItems(c, rev, seq, at)]),
      ...placed.chunks.map((chunk) => ({ ...chunk, savedAt: at })),
      ...partitionMarkers(record.claims),
    ],
    article: {
      pk: articlePk(summary.id), sk: ARTICLE_SK, type: "article", batchPk: articlePk(summary.id),
      rev, seq, contentHash: hash, article: summary,
      ...(placed.inline === undefined ? { bodyChunks: placed.chunks.length } : { body: placed.inline }),
    },
  };
}

/**
 * Every item a save of an article new to the store writes, when its findings are new too: what
 * a bulk load (the benchmarks' archives) writes straight to the table, in batches, with no read.
 * @example await writeAll(db, newArticleItems(record))
 */
export function newArticleItems(record: ArticleRecord): Item[] {
  const hash = contentHash(record);
  const { items, article } = revisionItems(record, revision(1, hash), 1, hash);
  const findings = [...new Map(record.findings.map((f) => [f.id, f])).values()].map((f) => mergeFinding(f, undefined, record.article.checkedAt).finding);
  const days = daysFromClaims(findings, record.partitions ?? {}, record.claims);
  return [...items, ...findings.flatMap(linkItems), ...findings.map((f) => findingItem(f, record.partitions?.[f.id], days[f.id])), article];
}
