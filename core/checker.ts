import { INDEX_VERSION, lookupsForClaims, partitionOf } from "./check/claim-index.js";
import { checkClaims } from "./check/index.js";
import { EXTRACTOR_VERSION, extractClaims } from "./extract/index.js";
import type { Article, ArticleSummary, Claim, Finding } from "./model.js";
import type { ClaimStore, FindingChanges, RelatedClaims } from "./ports.js";

export interface CheckerDeps {
  store: ClaimStore;
  /** The clock, as an ISO datetime: core never reads it itself. */
  now: () => string;
}

export interface CheckOptions {
  /** Check without storing anything. */
  dryRun?: boolean;
}

export interface CheckOutcome {
  article: ArticleSummary;
  claims: Claim[];
  /** All findings involving this article, each with its current status. */
  findings: Finding[];
  /** What saving changed (empty on a dry run): `opened` are the ones to announce. */
  changes: FindingChanges;
}

const NO_CHANGES: FindingChanges = { opened: [], resolved: [], unchanged: [] };

function summaryOf(article: Article): ArticleSummary {
  const { body: _body, ...summary } = article;
  return summary;
}

/**
 * The stored claims filed under the article's claims' index keys, inside each key's window
 * (core/check/claim-index.ts): what the article is checked against.
 * @example const related = await relatedTo(article, claims, store)
 */
export async function relatedTo(article: Article, claims: Claim[], store: ClaimStore): Promise<RelatedClaims> {
  const lookups = lookupsForClaims(claims);
  return lookups.length === 0 ? { claims: [], articles: [] } : store.claimsAbout(lookups, article.id);
}

/**
 * The index key owning each cross-article finding (finding id -> key), for the batch re-check:
 * the smallest key under which all of its claims meet.
 * @example partitionsOf(findings, [...claims, ...related.claims])
 */
export function partitionsOf(findings: readonly Finding[], claims: readonly Claim[]): Record<string, string> {
  const byRef = new Map(claims.map((c) => [`${c.articleId}\u0000${c.id}`, c]));
  const out: Record<string, string> = {};
  for (const finding of findings) {
    if (new Set(finding.claims.map((c) => c.articleId)).size < 2) continue;
    const members = finding.claims.map((ref) => byRef.get(`${ref.articleId}\u0000${ref.claimId}`));
    if (members.some((m) => m === undefined)) continue;
    const key = partitionOf(members as Claim[]);
    if (key !== null) out[finding.id] = key;
  }
  return out;
}

/** The computed findings as the store now knows them: a dismissed one stays dismissed. */
function withStoredStatus(findings: Finding[], changes: FindingChanges): Finding[] {
  const stored = new Map([...changes.opened, ...changes.unchanged].map((finding) => [finding.id, finding]));
  return findings.map((finding) => stored.get(finding.id) ?? finding);
}

/**
 * The use case: extract -> look up related claims in the claim index -> check -> save.
 * New findings are stamped with the clock's time; the store keeps the first detection of
 * known ones. A dry run checks against the store without writing to it.
 * @example await checkArticle({ id: "a", body: "…", published: "2023-01-11" }, { store, now: clock })
 */
export async function checkArticle(article: Article, deps: CheckerDeps, options: CheckOptions = {}): Promise<CheckOutcome> {
  const claims = extractClaims(article);
  const related = await relatedTo(article, claims, deps.store);
  const now = deps.now();
  const findings = checkClaims({ article, claims, related }).map((finding) => ({ ...finding, detectedAt: finding.detectedAt ?? now }));
  if (options.dryRun) return { article: summaryOf(article), claims, findings, changes: NO_CHANGES };
  const changes = await deps.store.saveArticle({
    article: { ...article, extractorVersion: EXTRACTOR_VERSION, indexVersion: INDEX_VERSION, checkedAt: now },
    claims,
    findings,
    partitions: partitionsOf(findings, [...claims, ...related.claims]),
  });
  return { article: summaryOf(article), claims, findings: withStoredStatus(findings, changes), changes };
}
