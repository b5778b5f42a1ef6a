import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "./deps.js";

/**
 * What every response may do in a browser. The review pages need no script (their only
 * `<script>` is JSON-LD data, which CSP does not execute), one same-origin stylesheet,
 * same-origin forms, and no framing: a framed review page could be clicked into dismissing
 * findings. JSON answers get the same strict policy, which is the usual one for APIs.
 */
const HEADERS: Readonly<Record<string, string>> = {
  "Content-Security-Policy": "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
  "X-Frame-Options": "DENY",
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "same-origin",
  "Cross-Origin-Resource-Policy": "same-origin",
};

/**
 * Sets the headers on every response (pages, JSON, problems and redirects alike), unless a
 * route set its own value.
 * @example app.use("*", securityHeaders())
 */
export function securityHeaders(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next();
    for (const [name, value] of Object.entries(HEADERS)) {
      if (!c.res.headers.has(name)) c.res.headers.set(name, value);
    }
  };
}
