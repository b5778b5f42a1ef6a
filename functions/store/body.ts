import { ClaimcheckError } from "../../core/index.js";
import type { Item } from "./db.js";
import { articlePk, bodySk } from "./keys.js";

/**
 * Where an article's text lives, within DynamoDB's 400 KB item limit.
 *
 * Up to INLINE_MAX_BYTES of UTF-8 the body sits on the article item itself (one read for the
 * re-check; the summary fields beside it are small). Longer bodies (the HTTP API accepts up to
 * 1 MiB) are split into chunk items `BODY#<rev>#<n>` in the article's collection, each at most
 * CHUNK_UNITS UTF-16 code units: at most 3 bytes of UTF-8 per unit (a surrogate pair is 4 bytes
 * for 2 units), so a chunk stays under 300 KB whatever the script. A split never falls between
 * the two halves of a surrogate pair (a lone half cannot be stored as UTF-8). Chunks carry the
 * revision like claims do, so they are written before the article item points at them and
 * cleaned up after, by the same rules (see articles.ts). Bodies over MAX_CHUNKS chunks are
 * refused with "payload-too-large" rather than stored in part.
 */
export const INLINE_MAX_BYTES = 300_000;
export const CHUNK_UNITS = 100_000;
export const MAX_CHUNKS = 100;

/**
 * The body split at chunk boundaries that never cut a surrogate pair.
 * @example splitBody("a".repeat(250_000)).length // 3
 */
export function splitBody(body: string, units = CHUNK_UNITS): string[] {
  const parts: string[] = [];
  for (let start = 0; start < body.length;) {
    let end = Math.min(body.length, start + units);
    const last = body.charCodeAt(end - 1);
    if (end < body.length && last >= 0xd800 && last <= 0xdbff) end -= 1;
    parts.push(body.slice(start, end));
    start = end;
  }
  return parts;
}

/** The body's placement: inline on the article item, or chunk items to write first. */
export function placeBody(articleId: string, rev: string, seq: number, body: string): { inline?: string; chunks: Item[] } {
  if (Buffer.byteLength(body, "utf8") <= INLINE_MAX_BYTES) return { inline: body, chunks: [] };
  const parts = splitBody(body);
  if (parts.length > MAX_CHUNKS) {
    throw new ClaimcheckError("payload-too-large", `article ${articleId} is longer than ${MAX_CHUNKS * CHUNK_UNITS} characters`);
  }
  return {
    chunks: parts.map((text, index) => ({ pk: articlePk(articleId), sk: bodySk(rev, index), type: "body", rev, seq, text })),
  };
}
