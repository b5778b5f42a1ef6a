import { Hono } from "hono";
import { html } from "hono/html";
import { limitsOf, type AppDeps, type AppEnv } from "../deps.js";
import { localPath, readForm } from "./form-body.js";
import { PAGE, page, type Markup } from "./layout.js";
import type { PageContext } from "./page-context.js";
import { pageHandler } from "./page-errors.js";
import { refuseCrossSite, requirePageWrite, type Session } from "./session.js";

function signInPage(session: Session, next: string, failed: boolean): Markup {
  const body = !session.keysRequired
    ? html`<h1>Sign in</h1><p>This local server takes changes without a key.</p>`
    : html`<h1>Sign in</h1>
${failed ? html`<p class="error" role="alert">That key is not valid.</p>` : ""}
<p>Storing articles and dismissing findings need one of the API keys. The key is not kept: this browser gets a signed session cookie, sent only to this site, that lasts a working day or until you sign out.</p>
<form method="post" action="${PAGE.signIn}"><input type="hidden" name="next" value="${next}">
<label for="key">API key</label><input type="password" id="key" name="key" autocomplete="current-password" required>
<button type="submit">Sign in</button></form>`;
  return page({ title: "Sign in", session, body });
}

/**
 * GET/POST /review/sign-in and POST /review/sign-out: a signed, expiring session in an HttpOnly cookie; sign-out revokes it.
 * @example routes.route("/", signInRoutes(deps, ctx))
 */
export function signInRoutes(deps: AppDeps, ctx: PageContext): Hono<AppEnv> {
  const { maxBodyBytes } = limitsOf(deps);
  return new Hono<AppEnv>()
    .get(PAGE.signIn, pageHandler(async (c) => {
      return c.html(signInPage(await ctx.session(c), localPath(c.req.query("next"), PAGE.findings), false));
    }))
    .post(PAGE.signIn, pageHandler(async (c) => {
      // A cross-site form must not sign the editor in under someone else's key.
      refuseCrossSite(c);
      const form = await readForm(c.req.raw, maxBodyBytes);
      const next = localPath(form.get("next"), PAGE.findings);
      const key = ctx.keyFor(form.get("key") ?? "");
      if (key === null) {
        c.var.log.info("review sign-in refused");
        return c.html(signInPage(await ctx.session(c), next, true), 401);
      }
      ctx.sessions.start(c, key);
      return c.redirect(next, 303);
    }))
    .post(PAGE.signOut, pageHandler(async (c) => {
      const form = await readForm(c.req.raw, maxBodyBytes);
      const session = await ctx.session(c);
      requirePageWrite(c, session, form.get("csrf"));
      await ctx.sessions.end(c, session);
      return c.redirect(PAGE.home, 303);
    }));
}
