import * as v from "valibot";
import { articleIdFor, type Article } from "../../core/index.js";
import { publishedSchema } from "./dates.js";
import { idSchema } from "./id.js";
import { parseWith } from "./issues.js";

/**
 * An article as it arrives (POST /articles JSON, webhook `data`, CLI .json files).
 * Strict: an unknown field is a client mistake worth naming, not something to drop silently.
 */
export const articleInputSchema = v.strictObject({
  id: v.optional(idSchema),
  title: v.optional(v.pipe(v.string(), v.maxLength(1000, "must be at most 1000 characters"))),
  url: v.optional(v.pipe(v.string(), v.url("must be an absolute URL"), v.maxLength(2048, "must be at most 2048 characters"))),
  source: v.optional(v.pipe(v.string(), v.maxLength(200, "must be at most 200 characters"), v.description("The outlet."))),
  published: v.optional(publishedSchema),
  body: v.pipe(
    v.string(),
    v.check((text) => text.trim().length > 0, "must not be empty"),
    v.description("The article text, plain (HTML goes in as text/html)."),
  ),
});

export type ArticleInput = v.InferOutput<typeof articleInputSchema>;

/**
 * Validates an article payload and gives it its id (the one given, else from url or text).
 * Throws ClaimcheckError "invalid-input" with one field error per problem.
 * @example parseArticleInput({ body: "A 30-km strip.", published: "2019-10-22" }).id // "t-…"
 */
export function parseArticleInput(value: unknown): Article {
  const input = parseWith(articleInputSchema, value, "article");
  return { ...input, id: articleIdFor(input) };
}
