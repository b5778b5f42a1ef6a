import { Hono } from "hono";
import { html } from "hono/html";
import { ClaimcheckError, type Finding } from "../../../core/index.js";
import { isValidId, parseFindingPatch } from "../../schemas/index.js";
import { limitsOf, type AppDeps, type AppEnv } from "../deps.js";
import { claimReview, jsonLdScriptBody } from "./claim-review.js";
import { findingCard } from "./finding-card.js";
import { filtersFrom, findingQuery, findingsPage } from "./findings-view.js";
import { field, localPath, readForm } from "./form-body.js";
import { PAGE, page } from "./layout.js";
import type { PageContext } from "./page-context.js";
import { pageHandler } from "./page-errors.js";
import { sourcesFor } from "./passages.js";
import { requirePageWrite } from "./session.js";

/**
 * Under /review/findings: the list (GET /, filtered by a GET form), one finding's page with
 * its ClaimReview embedded, the ClaimReview JSON-LD export, and the dismiss/resolve/reopen form.
 * @example routes.route("/review/findings", findingPageRoutes(deps, ctx))
 */
export function findingPageRoutes(deps: AppDeps, ctx: PageContext): Hono<AppEnv> {
  const { maxBodyBytes } = limitsOf(deps);
  const mustFind = async (id: string): Promise<Finding> => {
    const finding = isValidId(id) ? await deps.store.getFinding(id) : null;
    if (!finding) throw new ClaimcheckError("not-found", `No finding with id '${id}'.`);
    return finding;
  };
  return new Hono<AppEnv>()
    .get("/", pageHandler(async (c) => {
      const filters = filtersFrom(c.req.query());
      const listed = await deps.store.listFindings(findingQuery(filters));
      const sources = await sourcesFor(deps.store, listed.items);
      const back = c.req.url.slice(new URL(c.req.url).origin.length);
      return c.html(findingsPage({ findings: listed.items, cursor: listed.cursor, filters, sources, session: await ctx.session(c), back }));
    }))
    .get("/:id", pageHandler(async (c) => {
      const finding = await mustFind(c.req.param("id") ?? "");
      const sources = await sourcesFor(deps.store, [finding]);
      const session = await ctx.session(c);
      const review = claimReview(finding, sources, ctx.newsroom);
      return c.html(page({
        title: `Finding: ${finding.kind}`, session,
        head: html`<script type="application/ld+json">${jsonLdScriptBody(review)}</script>`,
        body: html`<h1>Finding</h1><ol class="findings">${findingCard(finding, { sources, session, back: c.req.path })}</ol>`,
      }));
    }))
    .get("/:id/claimreview.json", pageHandler(async (c) => {
      const finding = await mustFind(c.req.param("id") ?? "");
      const sources = await sourcesFor(deps.store, [finding]);
      c.header("Content-Type", "application/ld+json; charset=utf-8");
      return c.body(JSON.stringify(claimReview(finding, sources, ctx.newsroom), null, 2));
    }))
    .post("/:id/status", pageHandler(async (c) => {
      const form = await readForm(c.req.raw, maxBodyBytes);
      requirePageWrite(c, await ctx.session(c), form.get("csrf"));
      const id = c.req.param("id") ?? "";
      if (!isValidId(id)) throw new ClaimcheckError("not-found", `No finding with id '${id}'.`);
      const note = field(form, "note");
      const patch = parseFindingPatch({ status: form.get("status") ?? "", ...(note ? { note } : {}) });
      const updated = await deps.store.setFindingStatus(id, patch.status, deps.now(), patch.note);
      if (!updated) throw new ClaimcheckError("not-found", `No finding with id '${id}'.`);
      c.var.log.info("finding status changed from the review page", { findingId: id, status: patch.status });
      return c.redirect(localPath(form.get("back"), PAGE.findings), 303);
    }));
}
