import { Hono } from "hono";
import { ClaimcheckError } from "../../../core/index.js";
import { isValidId } from "../../schemas/index.js";
import type { AppDeps, AppEnv } from "../deps.js";
import { articleView } from "./article-view.js";
import type { PageContext } from "./page-context.js";
import { pageHandler } from "./page-errors.js";
import { sourcesFor, type Source } from "./passages.js";

/**
 * GET /review/articles/:id: a stored article with its claims marked and all its findings,
 * whatever their status (the API's GET /articles/:id keeps answering JSON).
 * @example routes.route("/review/articles", articlePageRoutes(deps, ctx))
 */
export function articlePageRoutes(deps: AppDeps, ctx: PageContext): Hono<AppEnv> {
  return new Hono<AppEnv>().get("/:id", pageHandler(async (c) => {
    const id = c.req.param("id") ?? "";
    if (!isValidId(id)) throw new ClaimcheckError("not-found", `No stored article with id '${id}'.`);
    const [found, findings] = await Promise.all([deps.store.getArticle(id), deps.store.findingsForArticle(id)]);
    if (!found) throw new ClaimcheckError("not-found", `No stored article with id '${id}'.`);
    const { body, extractorVersion: _v, checkedAt: _c, ...article } = found.article;
    const current: Source = { article, body, claims: found.claims };
    const sources = await sourcesFor(deps.store, findings, [current]);
    return c.html(articleView({ current, findings, sources, session: await ctx.session(c), newsroom: ctx.newsroom, path: c.req.path }));
  }));
}
