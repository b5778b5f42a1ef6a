import * as v from "valibot";
import { publishedSchema } from "./dates.js";
import { findingKindSchema, findingStatusSchema, severitySchema } from "./vocabulary.js";

/** Query values arrive as strings; "1"/"true" and "0"/"false" are the flags people type. */
const flagSchema = v.pipe(
  v.picklist(["1", "0", "true", "false", ""]),
  v.transform((flag) => flag === "1" || flag === "true" || flag === ""),
);

const limitSchema = v.pipe(
  v.string(),
  v.regex(/^\d{1,3}$/, "must be a whole number from 1 to 100"),
  v.transform(Number),
  v.minValue(1, "must be at least 1"),
  v.maxValue(100, "must be at most 100"),
);

const cursorSchema = v.pipe(v.string(), v.minLength(1), v.maxLength(2000), v.description("From the previous page's `cursor`."));

/** POST /articles query: the dry-run flag, and metadata for text/plain and text/html bodies. */
export const postArticleQuerySchema = v.strictObject({
  dryRun: v.optional(flagSchema),
  published: v.optional(publishedSchema),
  id: v.optional(v.string()),
  title: v.optional(v.string()),
  url: v.optional(v.string()),
  source: v.optional(v.string()),
});

/** GET /findings query. */
export const findingsQuerySchema = v.strictObject({
  status: v.optional(findingStatusSchema),
  severity: v.optional(severitySchema),
  kind: v.optional(findingKindSchema),
  articleId: v.optional(v.string()),
  limit: v.optional(limitSchema),
  cursor: v.optional(cursorSchema),
});

/** GET /claims query: a full subject key ("refugee|syrian|turkey") or just its head ("refugee"). */
export const claimsQuerySchema = v.strictObject({
  subject: v.pipe(v.string(), v.trim(), v.minLength(1, "must not be empty"), v.maxLength(500)),
  limit: v.optional(limitSchema),
  cursor: v.optional(cursorSchema),
});
