import { Hono } from "hono";
import type { AppDeps, AppEnv } from "../deps.js";
import { articlePageRoutes } from "./article-routes.js";
import { checkRoutes } from "./check-routes.js";
import { STYLESHEET, STYLESHEET_PATH } from "./css.js";
import { findingPageRoutes } from "./findings-routes.js";
import { pageContext, type PageOptions } from "./page-context.js";
import { signInRoutes } from "./sign-in-routes.js";

export { PAGE } from "./layout.js";
export type { PageOptions } from "./page-context.js";

/**
 * The review pages, server-rendered HTML that needs no JavaScript. They live beside the JSON
 * API without shadowing it: GET / (paste an article), POST /review/check,
 * /review/articles/:id, /review/findings (list, filters), /review/findings/:id (with its
 * ClaimReview), /review/findings/:id/claimreview.json, /review/sign-in, /review/sign-out,
 * and the stylesheet at /assets/claimcheck.css.
 * @example app.route("/", pageRoutes(deps))
 */
export function pageRoutes(deps: AppDeps, options: PageOptions = {}): Hono<AppEnv> {
  const ctx = pageContext(deps, options);
  return new Hono<AppEnv>()
    .get(STYLESHEET_PATH, (c) => {
      c.header("Cache-Control", "public, max-age=3600");
      return c.body(STYLESHEET, 200, { "Content-Type": "text/css; charset=utf-8" });
    })
    .route("/", checkRoutes(deps, ctx))
    .route("/", signInRoutes(deps, ctx))
    .route("/review/articles", articlePageRoutes(deps, ctx))
    .route("/review/findings", findingPageRoutes(deps, ctx));
}
