import { raw } from "hono/html";
import type { ClaimRef, Finding, Severity } from "../../../core/index.js";
import { PAGE, type Markup } from "./layout.js";
import { passageOf, type Source } from "./passages.js";

/** schema.org Rating for each severity: 1 is worst, as fact-check ratings count. */
const RATING: Record<Severity, { value: number; name: string }> = {
  contradiction: { value: 1, name: "Contradiction" },
  discrepancy: { value: 2, name: "Discrepancy" },
  note: { value: 3, name: "Worth a look" },
};

/** Who publishes the reviews; `url` is the configured public base URL, absent when none is configured. */
export interface Newsroom {
  name: string;
  url?: string;
}

/**
 * `url` when it is an absolute http(s) URL, else undefined: an export must never carry a
 * `javascript:` or `data:` URL a reader of the JSON-LD might follow.
 * @example httpUrl("javascript:alert(1)") // undefined
 */
export function httpUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? url : undefined;
  } catch {
    return undefined;
  }
}

/** A page of this site as an absolute URL under the public base URL, or undefined without one. */
function ownUrl(path: string, newsroom: Newsroom): string | undefined {
  return newsroom.url ? httpUrl(newsroom.url.replace(/\/+$/, "") + path) : undefined;
}

/**
 * A finding as schema.org ClaimReview, for desks that publish corrections: the words reviewed
 * (the sentence of the finding's first claim in article `about`, else its first claim), the
 * article they appeared in, the rating (severity as alternateName) and the explanation.
 * @example claimReview(finding, sources, { name: "Standards desk", url: "https://news.example" })
 */
export function claimReview(finding: Finding, sources: ReadonlyMap<string, Source | null>, newsroom: Newsroom, about?: string): Record<string, unknown> {
  const first = finding.claims.find((c) => c.articleId === about) ?? finding.claims[0];
  const source = first ? sources.get(first.articleId) ?? null : null;
  const rating = RATING[finding.severity];
  return {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    ...optional("url", ownUrl(PAGE.finding(finding.id), newsroom)),
    claimReviewed: claimReviewed(finding, first, source),
    itemReviewed: itemReviewed(source, first?.articleId, newsroom),
    reviewRating: {
      "@type": "Rating", ratingValue: rating.value, bestRating: 3, worstRating: 1,
      alternateName: rating.name, ratingExplanation: finding.explanation,
    },
    reviewBody: finding.explanation,
    author: { "@type": "Organization", name: newsroom.name, ...optional("url", httpUrl(newsroom.url)) },
    ...(finding.detectedAt ? { datePublished: finding.detectedAt.slice(0, 10) } : {}),
  };
}

function claimReviewed(finding: Finding, first: ClaimRef | undefined, source: Source | null): string {
  if (source && first) {
    const passage = passageOf(source, first);
    return source.body.slice(passage.start, passage.end).trim();
  }
  return finding.claims.map((c) => `“${c.text}”`).join(" / ");
}

function itemReviewed(source: Source | null, articleId: string | undefined, newsroom: Newsroom): Record<string, unknown> {
  const article = source?.article;
  const url = httpUrl(article?.url) ?? (articleId ? ownUrl(PAGE.article(articleId), newsroom) : undefined);
  return {
    "@type": "CreativeWork",
    ...(url ? { url } : {}),
    ...(article?.title ? { name: article.title } : {}),
    ...(article?.source ? { author: { "@type": "Organization", name: article.source } } : {}),
    ...(article?.published ? { datePublished: article.published } : {}),
  };
}

function optional(name: string, value: string | undefined): Record<string, string> {
  return value === undefined ? {} : { [name]: value };
}

/**
 * JSON for a <script type="application/ld+json"> element: "<", ">" and "&" become \u escapes
 * (still the same JSON), so no text inside can close the element or open a comment, and the
 * line separators JavaScript parsers once choked on are escaped too.
 * @example html`<script type="application/ld+json">${jsonLdScriptBody(review)}</script>`
 */
export function jsonLdScriptBody(value: unknown): Markup {
  const json = JSON.stringify(value)
    .replace(/</g, "\\u003c").replace(/>/g, "\\u003e").replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
  return raw(json);
}
