import { checkClaims } from "./check/index.js";
import { EXTRACTOR_VERSION, extractClaims } from "./extract/index.js";
import type { Article, ArticleSummary, Claim, Finding } from "./model.js";
import type { ClaimStore, FindingChanges, RelatedClaims } from "./ports.js";
import { subjectHead } from "./subject-match.js";

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

/** The subject heads the article's claims are about: what to ask the store for. */
function headsOf(claims: readonly Claim[]): string[] {
  const heads = claims.map((claim) => (claim.subject ? subjectHead(claim.subject.key) : "")).filter((head) => head !== "");
  return [...new Set(heads)];
}

async function relatedTo(article: Article, claims: Claim[], store: ClaimStore): Promise<RelatedClaims> {
  const heads = headsOf(claims);
  return heads.length === 0 ? { claims: [], articles: [] } : store.claimsAbout(heads, article.id);
}

/** The computed findings as the store now knows them: a dismissed one stays dismissed. */
function withStoredStatus(findings: Finding[], changes: FindingChanges): Finding[] {
  const stored = new Map([...changes.opened, ...changes.unchanged].map((finding) => [finding.id, finding]));
  return findings.map((finding) => stored.get(finding.id) ?? finding);
}

/**
 * The use case: extract -> look up related claims by subject -> check -> save.
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
    article: { ...article, extractorVersion: EXTRACTOR_VERSION, checkedAt: now },
    claims,
    findings,
  });
  return { article: summaryOf(article), claims, findings: withStoredStatus(findings, changes), changes };
}
