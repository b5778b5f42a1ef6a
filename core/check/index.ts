import type { Article, ArticleSummary, Claim, Finding } from "../model.js";

/** What the check rules look at: one article's claims, and related claims from other articles. */
export interface CheckInput {
  article: Article;
  claims: Claim[];
  related: { claims: Claim[]; articles: ArticleSummary[] };
}

/**
 * Findings for one article, inside it and against the related claims. Never throws.
 * Findings come back with status "open"; the store keeps the status of known ones.
 */
export function checkClaims(input: CheckInput): Finding[] {
  void input;
  throw new Error("checkClaims: not implemented yet");
}
