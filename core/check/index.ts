import type { Article, ArticleSummary, Claim, Finding } from "../model.js";
import { capFindings } from "./cap.js";
import type { CheckContext, CheckRule } from "./rule.js";
import { conversionMismatch } from "./rules/conversion-mismatch.js";
import { crossArticleConflict } from "./rules/cross-article-conflict.js";
import { dateConflict } from "./rules/date-conflict.js";
import { elapsedTime } from "./rules/elapsed-time.js";
import { internalConflict } from "./rules/internal-conflict.js";
import { weekdayMismatch } from "./rules/weekday.js";

/** What the check rules look at: one article's claims, and related claims from other articles. */
export interface CheckInput {
  article: Article;
  claims: Claim[];
  related: { claims: Claim[]; articles: ArticleSummary[] };
}

/**
 * The rules, in the order their findings are listed: the article against itself first (a
 * broken conversion is the surest error), then against other articles.
 */
export const CHECK_RULES: readonly CheckRule[] = [
  conversionMismatch,
  internalConflict,
  weekdayMismatch,
  elapsedTime,
  crossArticleConflict,
  dateConflict,
];

function contextOf(input: CheckInput): CheckContext {
  const related = (input.related?.claims ?? []).filter((claim) => claim.articleId !== input.article.id);
  const articles = new Map((input.related?.articles ?? []).map((summary) => [summary.id, summary] as const));
  const { body: _body, ...own } = input.article;
  articles.set(input.article.id, own);
  return { article: { ...input.article, body: input.article.body ?? "" }, claims: input.claims ?? [], related, articles };
}

/**
 * Findings for one article, inside it and against the related claims. Never throws.
 * Findings come back with status "open"; the store keeps the status of known ones. The same
 * finding reached twice (one rule, one set of claims) is listed once. At most
 * MAX_FINDINGS_PER_ARTICLE are listed, most severe first; one note counts the rest (cap.ts).
 * @example checkClaims({ article, claims: extractClaims(article), related: await store.claimsAbout(heads, article.id) })
 */
export function checkClaims(input: CheckInput): Finding[] {
  const context = contextOf(input);
  const seen = new Set<string>();
  const findings: Finding[] = [];
  for (const rule of CHECK_RULES) {
    for (const finding of rule.check(context)) {
      if (seen.has(finding.id)) continue;
      seen.add(finding.id);
      findings.push(finding);
    }
  }
  return capFindings(findings, context.article.id);
}
