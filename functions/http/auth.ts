import { createHash, timingSafeEqual } from "node:crypto";
import type { MiddlewareHandler } from "hono";
import { ClaimcheckError } from "../../core/index.js";
import type { AppEnv } from "./deps.js";

function digest(text: string): Buffer {
  return createHash("sha256").update(text, "utf8").digest();
}

/**
 * Middleware for write routes: `Authorization: Bearer <key>` must name one of `apiKeys`.
 * Keys and the presented token are compared as SHA-256 digests with timingSafeEqual: equal
 * lengths always, so neither a key's length nor its prefix leaks through timing, and every
 * key is compared (no early exit on a match). No keys configured means open writes (a local
 * server on loopback; serve and config refuse it anywhere else).
 * @example app.post("/articles", requireApiKey(["k1"]), handler)
 */
export function requireApiKey(apiKeys: readonly string[]): MiddlewareHandler<AppEnv> {
  const find = keyMatcher(apiKeys);
  return async (c, next) => {
    if (apiKeys.length === 0) return next();
    const token = bearerToken(c.req.header("Authorization"));
    if (token === null) throw new ClaimcheckError("unauthorized", "This route needs an API key: Authorization: Bearer <key>.");
    if (find(token) === null) throw new ClaimcheckError("unauthorized", "The API key is not valid.");
    return next();
  };
}

/**
 * The configured key a presented one equals, or null, compared as SHA-256 digests in constant
 * time against every key (no early exit). The review sign-in uses it too, so the pages and the
 * API accept exactly the same keys.
 * @example keyMatcher(["k1", "k2"])("k2") // "k2"
 */
export function keyMatcher(apiKeys: readonly string[]): (presented: string) => string | null {
  const known = apiKeys.map((key) => ({ key, digest: digest(key) }));
  return (presented) => {
    const given = digest(presented);
    let found: string | null = null;
    for (const k of known) if (timingSafeEqual(given, k.digest) && found === null) found = k.key;
    return found;
  };
}

/** The token of a Bearer header (scheme case-insensitive, RFC 9110), or null. */
function bearerToken(header: string | undefined): string | null {
  const match = /^Bearer[ ]{1,10}(\S{1,4096})[ ]{0,10}$/i.exec(header ?? "");
  return match ? match[1]! : null;
}
