import { createHash } from "node:crypto";
import * as v from "valibot";
import { ClaimcheckError, htmlToText, looksLikeHtml, type Article } from "../../core/index.js";

/** What every CMS payload is reduced to before it becomes an Article. */
export interface StoryParts {
  id: string;
  title?: string | null;
  url?: string | null;
  published?: string | null;
  /** The story text as HTML (most CMSs) or plain text. */
  content: string;
}

/**
 * An Article from the parts of a CMS story: HTML turned into text, entities in the title
 * decoded, the outlet taken from the url's host. A story with no text is not a story.
 * @example storyToArticle({ id: "ghost-5c7e", title: "Quake", url: "https://n.example/q/", content: "<p>6 killed</p>" })
 */
export function storyToArticle(parts: StoryParts): Article {
  const body = looksLikeHtml(parts.content) ? htmlToText(parts.content) : parts.content.trim();
  if (!body) throw new ClaimcheckError("invalid-input", "payload is not a story: it has no text", [{ field: "body", message: "empty" }]);
  const article: Article = { id: parts.id, body };
  const title = parts.title ? htmlToText(parts.title) : "";
  if (title) article.title = title;
  if (parts.url) {
    article.url = parts.url;
    const host = hostOf(parts.url);
    if (host) article.source = host;
  }
  const published = publicationDate(parts.published);
  if (published) article.published = published;
  return article;
}

/**
 * An ISO date or datetime from what CMSs send: "2024-08-06T10:00:00" (WordPress's *_gmt
 * fields, which are UTC but carry no zone), "...Z", "...+02:00". Anything else, or a day no
 * calendar has, is dropped rather than guessed: the checker then has no reference date.
 * @example publicationDate("2024-08-06T10:00:00") // "2024-08-06T10:00:00Z"
 */
export function publicationDate(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  const m = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?)(Z|[+-]\d{2}:?\d{2})?)?$/.exec(value.trim());
  if (!m) return undefined;
  const day = m[1]!;
  // WordPress writes "0000-00-00 00:00:00" for "never"; Date would roll "02-30" over to March.
  const real = Date.parse(`${day}T00:00:00Z`);
  if (Number.isNaN(real) || new Date(real).toISOString().slice(0, 10) !== day) return undefined;
  return m[2] ? `${day}T${m[2]}${m[3] ?? "Z"}` : day;
}

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname || undefined;
  } catch {
    return undefined;
  }
}

/**
 * A delivery id for CMSs that send none: the same bytes delivered again are the same delivery
 * (their retries resend the identical request), and any edit changes the bytes.
 * @example bodyDeliveryId("ghost", body) // "ghost-body-9f0c…"
 */
export function bodyDeliveryId(source: string, body: Buffer): string {
  return `${source}-body-${createHash("sha256").update(body).digest("hex").slice(0, 32)}`;
}

/**
 * Parses `payload` with a valibot schema or throws invalid-input naming the fields at fault.
 * @example const post = parsePayload(PostSchema, json, "payload is not a WordPress post")
 */
export function parsePayload<S extends v.GenericSchema>(schema: S, payload: unknown, message: string): v.InferOutput<S> {
  const result = v.safeParse(schema, payload);
  if (result.success) return result.output;
  const fields = result.issues.slice(0, 10).map((issue) => ({ field: v.getDotPath(issue) ?? "", message: issue.message }));
  throw new ClaimcheckError("invalid-input", message, fields);
}
