import type { Context } from "hono";
import * as v from "valibot";
import { ClaimcheckError, htmlToText, readFrontMatter, type Article } from "../../core/index.js";
import { parseArticleInput } from "../schemas/index.js";
import { postArticleQuerySchema } from "../schemas/query.js";
import { parseWith } from "../schemas/issues.js";
import { readTextBody } from "./body.js";
import type { AppEnv } from "./deps.js";
import { parseJsonText } from "./json-body.js";

/** What POST /articles accepts: the Article JSON, or the story itself as text or HTML. */
export const ARTICLE_MEDIA_TYPES = ["application/json", "text/plain", "text/markdown", "text/html"] as const;

export type PostArticleQuery = v.InferOutput<typeof postArticleQuerySchema>;

/**
 * The article a POST carries, validated by the same schema whatever its media type.
 * For text bodies the metadata comes from front matter (text/plain, text/markdown) and from
 * the query (?published=, ?id=, ?title=, ?url=, ?source=), the query winning: it is what
 * the caller chose for this request.
 * @example const { article, dryRun } = await readArticleRequest(c, 1 << 20);
 */
export async function readArticleRequest(c: Context<AppEnv>, maxBytes: number): Promise<{ article: Article; dryRun: boolean }> {
  const query = parseWith(postArticleQuerySchema, c.req.query(), "query");
  const { mediaType, text } = await readTextBody(c.req.raw, maxBytes, ARTICLE_MEDIA_TYPES);
  const { dryRun = false, ...meta } = query;
  return { article: parseArticleInput(articleFields(mediaType, text, meta)), dryRun };
}

function articleFields(mediaType: string, text: string, meta: Omit<PostArticleQuery, "dryRun">): unknown {
  if (mediaType === "application/json") {
    if (Object.keys(meta).length > 0) {
      throw new ClaimcheckError("invalid-input", "A JSON article carries its own fields; query metadata is for text bodies.",
        Object.keys(meta).map((field) => ({ field: `query.${field}`, message: "not allowed with application/json" })));
    }
    return parseJsonText(text);
  }
  if (mediaType === "text/html") return { ...meta, body: htmlToText(text) };
  const { fields, body } = readFrontMatter(text);
  return { ...fields, ...meta, body };
}
