import { Hono, type Context } from "hono";
import { checkArticle, isClaimcheckError, readFrontMatter, type Article, type CheckOutcome, type ErrorCode } from "../../../core/index.js";
import { parseArticleInput } from "../../schemas/index.js";
import { limitsOf, type AppDeps, type AppEnv } from "../deps.js";
import { articleView } from "./article-view.js";
import { checkFormPage, type CheckFormValues } from "./check-form.js";
import { field, readForm } from "./form-body.js";
import { PAGE } from "./layout.js";
import { pageHandler } from "./page-errors.js";
import { sourcesFor } from "./passages.js";
import type { PageContext } from "./page-context.js";
import { requirePageWrite } from "./session.js";

/**
 * On a server with API keys, checking costs the same whether or not it stores (extraction
 * and store reads), so a dry run needs a signed-in key too, as `POST /articles?dryRun=1`
 * does. An anonymous post is read only up to this size, enough to hand the pasted text back
 * with the way to sign in; a bigger one is refused before it is read.
 */
export const ANONYMOUS_FORM_BYTES = 64 * 1024;

/**
 * GET / (the form) and POST /review/check: a dry run renders its result at once; a stored
 * article redirects (303) to its page, so reloading never posts it twice.
 * @example routes.route("/", checkRoutes(deps, ctx))
 */
export function checkRoutes(deps: AppDeps, ctx: PageContext): Hono<AppEnv> {
  const { maxBodyBytes } = limitsOf(deps);
  return new Hono<AppEnv>()
    .get("/", pageHandler(async (c) => c.html(checkFormPage({ session: await ctx.session(c) }))))
    .post(PAGE.check, pageHandler(async (c) => {
      const session = await ctx.session(c);
      const form = await readForm(c.req.raw, session.canWrite ? maxBodyBytes : Math.min(maxBodyBytes, ANONYMOUS_FORM_BYTES));
      const values = valuesOf(form);
      let article: Article;
      try {
        if (values.store || !session.canWrite) requirePageWrite(c, session, form.get("csrf"));
        article = parseArticleInput(articleFields(values));
      } catch (error) {
        // The editor's pasted text comes back in the form rather than being lost to an error page.
        const status = isClaimcheckError(error) ? REFUSALS[error.code] : undefined;
        if (!status || !isClaimcheckError(error)) throw error;
        const message = error.code === "invalid-input" ? "Please fix the fields below." : `${error.message} Your text is kept below.`;
        return c.html(checkFormPage({ session, values, errors: error.fields, message }), status);
      }
      const outcome = await checkArticle(article, { store: deps.store, now: deps.now }, { dryRun: !values.store });
      c.var.log.info("article checked from the review page", { articleId: article.id, dryRun: !values.store, claims: outcome.claims.length, findings: outcome.findings.length });
      if (!values.store) return dryRunResult(c, deps, ctx, article, outcome);
      await announce(deps, outcome);
      return c.redirect(PAGE.article(article.id), 303);
    }));
}

/** Refusals the form can recover from, with their status. */
const REFUSALS: Partial<Record<ErrorCode, 400 | 401 | 403>> = { "invalid-input": 400, "unauthorized": 401, "forbidden": 403 };

function valuesOf(form: URLSearchParams): CheckFormValues {
  return {
    title: field(form, "title"), published: field(form, "published"), source: field(form, "source"),
    url: field(form, "url"), body: form.get("body") ?? "", store: form.get("mode") === "store",
  };
}

/**
 * The article from the form. Browsers send a textarea's line breaks as CRLF; the story's text
 * uses LF like the API's. Pasted front matter (a file from the examples or a CMS export) fills
 * what the form leaves empty, as it does for a text/plain POST; the form's fields win.
 */
function articleFields(values: CheckFormValues): Record<string, string> {
  const { store: _store, body = "", ...meta } = values;
  const { fields, body: text } = readFrontMatter(body.replace(/\r\n?/g, "\n"));
  const defined = Object.entries(meta).filter((entry): entry is [string, string] => entry[1] !== undefined);
  return { ...fields, ...Object.fromEntries(defined), body: text };
}

async function dryRunResult(c: Context<AppEnv>, deps: AppDeps, ctx: PageContext, article: Article, outcome: CheckOutcome): Promise<Response> {
  const current = { article: outcome.article, body: article.body, claims: outcome.claims };
  const sources = await sourcesFor(deps.store, outcome.findings, [current]);
  return c.html(articleView({
    current, findings: outcome.findings, sources, session: await ctx.session(c), newsroom: ctx.newsroom, path: PAGE.home, dryRun: true,
  }));
}

/** As the API does after a stored check: the alert hook gets the open findings (it is idempotent). */
async function announce(deps: AppDeps, outcome: CheckOutcome): Promise<void> {
  const open = outcome.findings.filter((finding) => finding.status === "open");
  if (open.length > 0 && deps.onFindingsOpened) await deps.onFindingsOpened(open);
}
