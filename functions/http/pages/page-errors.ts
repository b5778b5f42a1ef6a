import type { Context, Handler } from "hono";
import { html } from "hono/html";
import { isClaimcheckError, type ErrorCode } from "../../../core/index.js";
import type { AppEnv } from "../deps.js";
import { PAGE, page } from "./layout.js";
import type { Session } from "./session.js";

const STATUS: Partial<Record<ErrorCode, 400 | 401 | 403 | 404 | 413 | 415 | 503>> = {
  "invalid-input": 400, "unauthorized": 401, "forbidden": 403, "not-found": 404,
  "payload-too-large": 413, "unsupported-media-type": 415, "store-unavailable": 503,
};

const ANON: Session = { keysRequired: true, signedIn: false, canWrite: false, csrf: "" };

/**
 * A page handler whose errors become an HTML page with the right status, not problem+json:
 * a person is reading. Unknown errors are logged with their stack and shown as a plain 500.
 * @example routes.get("/review/articles/:id", pageHandler(async (c) => c.html(…)))
 */
export function pageHandler(handler: (c: Context<AppEnv>) => Promise<Response>): Handler<AppEnv> {
  return async (c) => {
    try {
      return await handler(c);
    } catch (error) {
      return errorPage(c, error);
    }
  };
}

function errorPage(c: Context<AppEnv>, error: unknown): Response | Promise<Response> {
  const status = isClaimcheckError(error) ? STATUS[error.code] ?? 500 : 500;
  if (status === 500) c.var.log?.error("page failed", { error });
  else c.var.log?.info("page refused", { code: isClaimcheckError(error) ? error.code : "internal", status });
  const detail = status === 500 ? "Something went wrong on our side; the request id in the logs identifies it." : (error as Error).message;
  const signIn = status === 401 ? html` <a href="${PAGE.signIn}">Sign in</a>.` : "";
  return c.html(page({
    title: status === 404 ? "Not found" : "Could not do that",
    session: ANON,
    body: html`<h1>${status === 404 ? "Not found" : "Could not do that"}</h1><p class="error" role="alert">${detail}${signIn}</p>
<p><a href="${PAGE.home}">Check an article</a> · <a href="${PAGE.findings}">Open findings</a></p>`,
  }), status);
}
