import { hash64 } from "../ids.js";
import type { Article } from "../model.js";

/**
 * The article's id: the one given, else derived from its url (so re-publishing the same
 * story replaces it), else from its text.
 * @example articleIdFor({ url: "https://example.com/a" , body: "…" }) // "u-…"
 */
export function articleIdFor(article: Omit<Article, "id"> & { id?: string }): string {
  if (article.id && article.id.trim()) return article.id.trim();
  if (article.url && article.url.trim()) return `u-${hash64(normalizeUrl(article.url))}`;
  return `t-${hash64(article.body)}`;
}

/** Same story, same id: ignore the fragment, a trailing slash and tracking parameters. */
function normalizeUrl(url: string): string {
  const trimmed = url.trim().replace(/#.*$/, "");
  const [base, query = ""] = trimmed.split("?", 2) as [string, string?];
  const kept = query
    .split("&")
    .filter((p) => p && !/^(utm_[a-z]+|fbclid|gclid)=/i.test(p))
    .sort()
    .join("&");
  return base.replace(/\/+$/, "").toLowerCase() + (kept ? `?${kept}` : "");
}
