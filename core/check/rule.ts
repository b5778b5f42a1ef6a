import type { Article, ArticleSummary, Claim, Finding } from "../model.js";

/**
 * What every check rule sees: the article being checked, its claims, and the related claims
 * from other articles with those articles' summaries (by id).
 */
export interface CheckContext {
  article: Article;
  claims: Claim[];
  related: Claim[];
  articles: Map<string, ArticleSummary>;
}

/** A named rule: claims in, findings out. Finding nothing is []; a rule never throws. */
export interface CheckRule {
  name: string;
  check(context: CheckContext): Finding[];
}
