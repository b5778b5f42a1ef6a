import { hash64, type ArticleRecord, type Claim } from "../../core/index.js";
import type { Item } from "./db.js";
import { HEAD_SK, articlePk, claimSk, headOf, headPk, subjectClaimSk } from "./keys.js";

/** A claim item of one revision; claims with a subject join their head's group in `bySubject`. */
export function claimItem(claim: Claim, rev: string, seq: number): Item {
  return {
    pk: articlePk(claim.articleId), sk: claimSk(rev, claim.id), type: "claim",
    articleId: claim.articleId, rev, seq, claim,
    ...(claim.subject
      ? { subjectPk: headPk(headOf(claim.subject.key)), subjectSk: subjectClaimSk(claim.subject.key, claim.articleId, rev, claim.id) }
      : {}),
  };
}

/** One marker per subject head, so the batch can list the groups without reading claims. */
export function headItems(claims: Claim[]): Item[] {
  const heads = new Set(claims.flatMap((c) => (c.subject ? [headOf(c.subject.key)] : [])));
  return [...heads].map((head) => ({ pk: headPk(head), sk: HEAD_SK, type: "head", head, batchPk: headPk(head) }));
}

/**
 * What makes two saves the same: the article (text and metadata, not when it was checked) and
 * its claims. An identical re-post keeps its revision and rewrites nothing visible.
 */
export function contentHash(record: ArticleRecord): string {
  const { checkedAt: _checked, ...article } = record.article;
  return hash64(JSON.stringify([article, record.claims]));
}
