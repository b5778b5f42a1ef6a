import type { Context, MiddlewareHandler } from "hono";
import { ClaimcheckError } from "../../core/index.js";
import type { AppEnv } from "./deps.js";

/** Methods that change something; every other method is answered whatever the origin. */
const UNSAFE = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/**
 * Whether a browser says this request was made by a page of another origin. Browsers send
 * Sec-Fetch-Site on every request and Origin on every POST, including a `<form
 * enctype="text/plain">` and a `fetch(..., { mode: "no-cors" })`, which need no CORS
 * preflight and so reach any server. Only "same-origin" and "none" (typed, bookmarked) are
 * ours: "same-site" is refused too, because every port of localhost is the same site, so a
 * local dev server on another port must not write to `claimcheck serve`. "Origin: null"
 * (sandboxed frames, file: pages) is foreign. CMSs, curl and SDKs send neither header.
 * @example isCrossSite(c, ["https://claims.example"]) // true for Origin: https://evil.example
 */
export function isCrossSite(c: Context<AppEnv>, ownOrigins: readonly string[]): boolean {
  const site = c.req.header("Sec-Fetch-Site");
  if (site !== undefined && site !== "same-origin" && site !== "none") return true;
  const origin = c.req.header("Origin");
  if (origin === undefined) return false;
  return origin !== new URL(c.req.url).origin && !ownOrigins.includes(origin);
}

/**
 * Refuses every write a page of another site made a browser send, on every route and
 * whatever the auth mode: a key-less local server has no key to stop it, a signed-in review
 * page has a cookie, and a bearer key is only ever sent by scripts, never by foreign pages.
 * `ownOrigins` adds the configured public URL's origin, for a server behind a proxy that
 * rewrites Host. Answered 403 before the body is read or anything is written.
 * @example app.use("*", refuseCrossSiteWrites(["https://claims.example"]))
 */
export function refuseCrossSiteWrites(ownOrigins: readonly string[] = []): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (UNSAFE.has(c.req.method) && isCrossSite(c, ownOrigins)) {
      c.var.log?.info("cross-site write refused", { method: c.req.method, site: c.req.header("Sec-Fetch-Site") ?? "" });
      throw new ClaimcheckError("forbidden", "Changes are only accepted from this site's own pages or from clients that are not browsers.");
    }
    return next();
  };
}
