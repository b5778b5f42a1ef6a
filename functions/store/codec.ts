import * as v from "valibot";
import { ClaimcheckError, type Claim, type Finding, type PendingAlert, type StoredArticle } from "../../core/index.js";
import { claimSchema, findingSchema, storedSummarySchema } from "../schemas/records.js";
import type { Item } from "./db.js";

/**
 * Items read back are checked before core sees them: a hand-edited or half-migrated item must
 * fail here with its key named, not as a TypeError deep inside a check rule. Claims, findings
 * and article summaries are checked against the API's own record schemas (functions/schemas/
 * records.ts, held to core/model.ts by the compiler), so a field added to the model (a claim's
 * frame, change, vague) is kept on read without a second copy here.
 */

/** An article item: the summary, and the body inline or the number of chunk items holding it. */
const articleItem = v.object({
  pk: v.string(), sk: v.string(), rev: v.string(), seq: v.number(), contentHash: v.string(),
  article: storedSummarySchema, body: v.optional(v.string()), bodyChunks: v.optional(v.number()),
});

const alert = v.object({
  findingId: v.string(), endpoint: v.string(), attempts: v.number(),
  nextAttemptAt: v.string(), lastError: v.optional(v.string()),
});

function decode<S extends v.GenericSchema>(schema: S, value: unknown, item: Item, what: string): v.InferOutput<S> {
  const result = v.safeParse(schema, value);
  if (result.success) return result.output;
  const issue = result.issues[0];
  const path = issue.path?.map((p) => String(p.key)).join(".") || "(item)";
  throw new ClaimcheckError(
    "internal",
    `stored ${what} ${String(item["pk"])} / ${String(item["sk"])} is malformed at ${path}: ${issue.message}`,
  );
}

export type ArticleItem = v.InferOutput<typeof articleItem>;

/** @example const a = decodeArticleItem(item) // throws ClaimcheckError("internal") naming the key */
export const decodeArticleItem = (item: Item): ArticleItem => decode(articleItem, item, item, "article");
export const decodeClaim = (item: Item): Claim => decode(claimSchema, item["claim"], item, "claim") as Claim;
export const decodeFinding = (item: Item): Finding => decode(findingSchema, item["finding"], item, "finding") as Finding;
export const decodeAlert = (item: Item): PendingAlert => decode(alert, item, item, "alert") as PendingAlert;
export const decodeSummary = (item: Item): Omit<StoredArticle, "body"> => decodeArticleItem(item).article;

/** An opaque pagination cursor: base64url JSON. */
export function encodeCursor(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString("base64url");
}

/** @example decodeCursor(encodeCursor({ after: "x" }), v.object({ after: v.string() })) */
export function decodeCursor<S extends v.GenericSchema>(cursor: string, schema: S): v.InferOutput<S> {
  try {
    return v.parse(schema, JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")));
  } catch {
    throw new ClaimcheckError("invalid-input", "the cursor is not one this store gave out", [{ field: "cursor", message: "invalid cursor" }]);
  }
}
