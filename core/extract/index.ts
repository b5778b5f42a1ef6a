import type { Article, Claim } from "../model.js";

/**
 * Bumped whenever extraction changes what it finds, so the batch re-check knows which stored
 * articles to read again.
 */
export const EXTRACTOR_VERSION = 1;

/**
 * Every numeric and dated claim in an article, in text order. Pure, deterministic, never throws.
 * @example extractClaims({ id: "a", body: "a 30-km strip", published: "2024-08-06" })
 */
export function extractClaims(article: Article): Claim[] {
  void article;
  throw new Error("extractClaims: not implemented yet");
}
