import * as v from "valibot";
import { ClaimcheckError, type Claim, type Finding, type PendingAlert, type StoredArticle } from "../../core/index.js";
import type { Item } from "./db.js";

/**
 * Items read back are checked before core sees them: a hand-edited or half-migrated item must
 * fail here with its key named, not as a TypeError deep inside a check rule.
 */

const span = v.object({ start: v.number(), end: v.number() });

const framePart = { id: v.string(), text: v.string() };

/** The claim frame (issue 15): kept whole, since the index and the matching read every part. */
const frame = v.object({
  measure: v.object(framePart),
  scope: v.array(v.object({
    ...framePart, kind: v.picklist(["place", "organisation", "group", "named"]), within: v.optional(v.array(v.string())),
  })),
  event: v.optional(v.object({ ...framePart, place: v.optional(v.string()), date: v.optional(v.string()) })),
  rules: v.optional(v.array(v.string())),
});

const subject = v.object({
  key: v.string(), text: v.string(), head: v.string(),
  measure: v.optional(v.string()), group: v.optional(v.string()),
  place: v.optional(v.string()), event: v.optional(v.string()),
  frame: v.optional(frame),
});

const change = v.object({
  direction: v.picklist(["up", "down"]), role: v.picklist(["to", "from", "by"]), text: v.string(), pairedWith: v.optional(v.string()),
});

const claim = v.object({
  id: v.string(), articleId: v.string(),
  kind: v.picklist(["quantity", "percent", "date", "duration"]),
  text: v.string(), start: v.number(), end: v.number(),
  value: v.union([v.number(), v.string()]),
  unit: v.optional(v.string()),
  dimension: v.optional(v.picklist(["length", "area", "volume", "mass", "speed", "fuelEconomy", "temperature", "money", "time", "count", "ratio", "date"])),
  qualifier: v.picklist(["exact", "approx", "atLeast", "atMost", "range"]),
  qualifierText: v.optional(v.string()),
  low: v.optional(v.number()), high: v.optional(v.number()), step: v.optional(v.number()),
  subject: v.optional(subject),
  asOf: v.optional(v.string()),
  modality: v.picklist(["asserted", "hypothetical", "quoted", "negated"]),
  change: v.optional(change),
  vague: v.optional(v.boolean()),
  conversionOf: v.optional(v.string()),
  sentence: v.optional(span),
  rules: v.array(v.string()),
});

const finding = v.object({
  id: v.string(),
  kind: v.picklist(["conversion-mismatch", "internal-conflict", "cross-article-conflict", "date-conflict", "arithmetic"]),
  severity: v.picklist(["contradiction", "discrepancy", "note"]),
  claims: v.array(v.object({ articleId: v.string(), claimId: v.string(), start: v.number(), end: v.number(), text: v.string() })),
  explanation: v.string(),
  status: v.picklist(["open", "dismissed", "resolved"]),
  rule: v.string(),
  subject: v.optional(v.string()),
  detectedAt: v.optional(v.string()),
  statusChangedAt: v.optional(v.string()),
  note: v.optional(v.string()),
});

const article = v.object({
  id: v.string(), title: v.optional(v.string()), url: v.optional(v.string()),
  source: v.optional(v.string()), published: v.optional(v.string()),
  extractorVersion: v.number(), checkedAt: v.string(), indexVersion: v.optional(v.number()),
});

/** An article item: the summary, and the body inline or the number of chunk items holding it. */
const articleItem = v.object({
  pk: v.string(), sk: v.string(), rev: v.string(), seq: v.number(), contentHash: v.string(),
  article, body: v.optional(v.string()), bodyChunks: v.optional(v.number()),
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
export const decodeClaim = (item: Item): Claim => decode(claim, item["claim"], item, "claim") as Claim;
export const decodeFinding = (item: Item): Finding => decode(finding, item["finding"], item, "finding") as Finding;
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
