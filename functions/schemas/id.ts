import * as v from "valibot";
import { ClaimcheckError } from "../../core/index.js";

/**
 * THE id rule, for article ids, finding ids in paths, webhook delivery ids and the ids CMS
 * payloads carry: every entrance (POST /articles, the review form, webhooks, the CLI's files)
 * applies it before anything is written, so no stored id can be one a later request cannot
 * address. Ids become DynamoDB key parts (a sort key holds at most 1,024 bytes; 200 UTF-16
 * units are at most 600 bytes of UTF-8, leaving room for key prefixes) and URL path segments.
 */
export const MAX_ID_LENGTH = 200;

/** A high surrogate not followed by a low one, or a low one not preceded by a high one (no u flag: code units). */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:^|[^\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Characters that break paths or hide in them. */
const FORBIDDEN = /[\s/\\?#\p{Cc}\p{Cf}]/u;

/**
 * Why `id` is not a valid id, or undefined when it is.
 * - a lone UTF-16 surrogate cannot be encoded as UTF-8: DynamoDB, JSON and URLs all fail on it;
 * - "." and ".." are path segments a URL resolves away, so /articles/.. never reaches the id;
 * - whitespace, controls, format characters, '/', '\', '?' and '#' break paths or hide in them.
 * @example idProblem("a1") // undefined
 * @example idProblem("..") // 'must not be "." or ".."'
 */
export function idProblem(id: string): string | undefined {
  if (id.length === 0) return "must not be empty";
  if (id.length > MAX_ID_LENGTH) return `must be at most ${MAX_ID_LENGTH} characters`;
  if (LONE_SURROGATE.test(id)) return "must not contain a lone UTF-16 surrogate (it is not valid Unicode)";
  if (id === "." || id === "..") return 'must not be "." or ".."';
  if (FORBIDDEN.test(id)) return "must not contain whitespace, control or format characters, '/', '\\', '?' or '#'";
  return undefined;
}

/** @example isValidId("ghost-5c7e") // true; isValidId("\ud800") // false */
export function isValidId(id: string): boolean {
  return idProblem(id) === undefined;
}

/**
 * Throws ClaimcheckError "invalid-input" naming `field` when `id` breaks the rule.
 * @example assertValidId(event.deliveryId, "webhook-id")
 */
export function assertValidId(id: string, field: string): void {
  const problem = idProblem(id);
  if (problem) throw new ClaimcheckError("invalid-input", `Invalid ${field}: ${problem}`, [{ field, message: problem }]);
}

/** The rule as a valibot schema (trimmed first, as given ids are). @example v.parse(idSchema, " a1 ") // "a1" */
export const idSchema = v.pipe(
  v.string(),
  v.trim(),
  v.rawCheck(({ dataset, addIssue }) => {
    const problem = dataset.typed ? idProblem(dataset.value) : undefined;
    if (problem) addIssue({ message: problem });
  }),
  v.description(`Article id, at most ${MAX_ID_LENGTH} characters of valid Unicode; no whitespace, '/', '\\', '?', '#', not "." or "..". Derived from url or content when absent. Re-posting the same id replaces the article.`),
);
