import type { Article, ArticleSummary, Claim, Finding } from "./model.js";
import type { ClaimStore, FindingChanges } from "./ports.js";

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

/**
 * The use case: extract -> look up related claims by subject -> check -> save.
 * @example await checkArticle({ id: "a", body: "…", published: "2023-01-11" }, { store, now: () => new Date().toISOString() })
 */
export async function checkArticle(article: Article, deps: CheckerDeps, options: CheckOptions = {}): Promise<CheckOutcome> {
  void article; void deps; void options;
  throw new Error("checkArticle: not implemented yet");
}
