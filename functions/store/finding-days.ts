import type { Claim, Finding } from "../../core/index.js";
import { filingKeys, insideKey, UNDATED } from "../../core/check/claim-index.js";
import { decodeClaim } from "./codec.js";
import { getAll, type Db } from "./db.js";
import { ARTICLE_SK, articlePk, claimSk } from "./keys.js";

/**
 * The day a cross-article finding is filed at under its owning partition (keys.ts
 * `subjectFindingSk`): the latest day, under the partition's key (or as inside it), of the
 * finding's claims its writer has at hand. Any of its claims' days will do for the batch
 * re-check, which reads a partition's findings up to the day its walk has reached: the walk
 * needs a finding from the day of its last claim on, and that is never before one of its claims.
 */

/** The day a claim is filed at under `key`, or as inside it; null when it is filed under neither. */
export function dayUnder(key: string, claim: Claim): string | null {
  const inside = insideKey(key);
  const filings = filingKeys(claim);
  return (filings.find((f) => f.key === key) ?? filings.find((f) => f.key === inside))?.time ?? null;
}

const ref = (articleId: string, claimId: string) => `${articleId}\u0000${claimId}`;

function latestDay(finding: Finding, partition: string, claims: Map<string, Claim>): string {
  const days = finding.claims.map((c) => claims.get(ref(c.articleId, c.claimId))).filter((c): c is Claim => c !== undefined)
    .map((c) => dayUnder(partition, c)).filter((d): d is string => d !== null);
  return days.length === 0 ? UNDATED : days.reduce((a, b) => (b > a ? b : a));
}

/**
 * Days of findings from claims in hand (a save has its article's own claims).
 * @example daysFromClaims(record.findings, record.partitions ?? {}, record.claims)
 */
export function daysFromClaims(findings: Finding[], partitions: Record<string, string>, claims: Claim[]): Record<string, string> {
  const byRef = new Map(claims.map((c) => [ref(c.articleId, c.id), c]));
  const out: Record<string, string> = {};
  for (const f of findings) if (partitions[f.id] !== undefined) out[f.id] = latestDay(f, partitions[f.id]!, byRef);
  return out;
}

/**
 * Days of findings from their stored claims (the batch re-check hands the store findings only):
 * one batch get of the articles' current revisions, one of the claims.
 */
export async function daysFromStore(db: Db, findings: Finding[], partition: string): Promise<Record<string, string>> {
  if (findings.length === 0) return {};
  const articleIds = [...new Set(findings.flatMap((f) => f.claims.map((c) => c.articleId)))];
  const revs = new Map((await getAll(db, articleIds.map((id) => ({ pk: articlePk(id), sk: ARTICLE_SK })), ["pk", "rev"]))
    .map((item) => [String(item["pk"]).slice("ART#".length), String(item["rev"])]));
  const keys = findings.flatMap((f) => f.claims).filter((c) => revs.has(c.articleId))
    .map((c) => ({ pk: articlePk(c.articleId), sk: claimSk(revs.get(c.articleId)!, c.claimId) }));
  const claims = (await getAll(db, keys)).map(decodeClaim);
  const byRef = new Map(claims.map((c) => [ref(c.articleId, c.id), c]));
  return Object.fromEntries(findings.map((f) => [f.id, latestDay(f, partition, byRef)]));
}
