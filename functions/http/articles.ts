import { Hono } from "hono";
import { checkArticle, ClaimcheckError, type CheckOutcome } from "../../core/index.js";
import { isValidId } from "../schemas/index.js";
import { readArticleRequest } from "./article-input.js";
import { requireApiKey } from "./auth.js";
import { limitsOf, type AppDeps, type AppEnv } from "./deps.js";

/**
 * POST /articles (check and store), GET/DELETE /articles/:id, GET /articles/:id/findings.
 * @example app.route("/articles", articleRoutes(deps))
 */
export function articleRoutes(deps: AppDeps): Hono<AppEnv> {
  const { maxBodyBytes } = limitsOf(deps);
  const write = requireApiKey(deps.apiKeys);
  return new Hono<AppEnv>()
    .post("/", write, async (c) => {
      const { article, dryRun } = await readArticleRequest(c, maxBodyBytes);
      const outcome = await checkArticle(article, { store: deps.store, now: deps.now }, { dryRun });
      c.var.log.info("article checked", summary(outcome, dryRun));
      if (!dryRun) await announce(deps, outcome);
      const body = { article: outcome.article, claims: outcome.claims, findings: outcome.findings };
      if (dryRun) return c.json({ ...body, dryRun: true }, 200);
      c.header("Location", `/articles/${encodeURIComponent(outcome.article.id)}`);
      return c.json(body, 201);
    })
    .get("/:id", async (c) => {
      const id = articleId(c.req.param("id"));
      const found = await deps.store.getArticle(id);
      if (!found) throw missing(id);
      return c.json(found);
    })
    .get("/:id/findings", async (c) => {
      const id = articleId(c.req.param("id"));
      const [found, findings] = await Promise.all([deps.store.getArticle(id), deps.store.findingsForArticle(id)]);
      // After a DELETE the article is gone (404 here) but its findings stay, resolved, at /findings/:id.
      if (!found) throw missing(id);
      return c.json({ findings });
    })
    .delete("/:id", write, async (c) => {
      const id = articleId(c.req.param("id"));
      if (!(await deps.store.deleteArticle(id, deps.now()))) throw missing(id);
      c.var.log.info("article deleted", { articleId: id });
      return c.body(null, 204);
    });
}

/** An id the id rule refuses was never stored: 404 without asking the store. */
function articleId(id: string): string {
  if (!isValidId(id)) throw missing(id);
  return id;
}

function missing(id: string): ClaimcheckError {
  return new ClaimcheckError("not-found", `No article with id '${id}'.`);
}

/** Ids and counts only: article text never reaches the logs. */
function summary(outcome: CheckOutcome, dryRun: boolean): Record<string, unknown> {
  return {
    articleId: outcome.article.id, dryRun, claims: outcome.claims.length, findings: outcome.findings.length,
    opened: outcome.changes.opened.length, resolved: outcome.changes.resolved.length,
  };
}

/**
 * Hands the article's open findings to the alert hook. All open ones, not only those this save
 * opened: the outbox queues a finding once, so a retry after a failure here (the error reaches
 * the client, who re-posts) still announces what the first attempt saved but never queued.
 */
async function announce(deps: AppDeps, outcome: CheckOutcome): Promise<void> {
  const open = outcome.findings.filter((finding) => finding.status === "open");
  if (open.length > 0 && deps.onFindingsOpened) await deps.onFindingsOpened(open);
}
