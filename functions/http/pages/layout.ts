import { html } from "hono/html";
import type { HtmlEscapedString } from "hono/utils/html";
import { STYLESHEET_PATH } from "./css.js";
import type { Session } from "./session.js";

/** What hono/html returns: escaped markup, possibly still resolving. */
export type Markup = HtmlEscapedString | Promise<HtmlEscapedString>;

/**
 * The page URLs, in one place so links and routes agree.
 * @example PAGE.article("001_9fa802cff792e669") // "/review/articles/001_9fa802cff792e669"
 */
export const PAGE = {
  home: "/",
  check: "/review/check",
  article: (id: string) => `/review/articles/${encodeURIComponent(id)}`,
  findings: "/review/findings",
  finding: (id: string) => `/review/findings/${encodeURIComponent(id)}`,
  findingStatus: (id: string) => `/review/findings/${encodeURIComponent(id)}/status`,
  claimReview: (id: string) => `/review/findings/${encodeURIComponent(id)}/claimreview.json`,
  signIn: "/review/sign-in",
  signOut: "/review/sign-out",
} as const;

/**
 * The shell every review page shares: the stylesheet, the navigation and who is signed in.
 * @example c.html(page({ title: "Open findings", session, body: html`<p>…</p>` }))
 */
export function page(o: { title: string; session: Session; body: Markup; head?: Markup }): Markup {
  return html`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${o.title} · claimcheck</title><link rel="stylesheet" href="${STYLESHEET_PATH}">${o.head ?? ""}</head>
<body><header class="top"><a class="brand" href="${PAGE.home}">claimcheck</a>
<nav aria-label="Pages"><a href="${PAGE.home}">Check an article</a> · <a href="${PAGE.findings}">Open findings</a></nav>
<span class="who">${whoIs(o.session)}</span></header>
<main id="main">${o.body}</main></body></html>`;
}

function whoIs(session: Session): Markup {
  if (!session.keysRequired) return html`Local server: changes need no key`;
  if (!session.signedIn) return html`<a href="${PAGE.signIn}">Sign in</a> to store articles and dismiss findings`;
  return html`Signed in · <form class="inline" method="post" action="${PAGE.signOut}">
<input type="hidden" name="csrf" value="${session.csrf}"><button type="submit">Sign out</button></form>`;
}

const KINDS = [
  ["quantity", "quantity"],
  ["percent", "percent"],
  ["date", "date"],
  ["duration", "duration (time span)"],
] as const;

/**
 * What the marks mean: each kind shown with its own colour, underline and badge letter (Q, %, D, T).
 * @example html`<section>${legend()}<div class="story">…</div></section>`
 */
export function legend(): Markup {
  return html`<ul class="legend" aria-label="Legend">${KINDS.map(([kind, label]) =>
    html`<li><mark class="claim k-${kind}">${label}</mark></li>`)}
<li>Outlined: the words a finding link points at</li></ul>`;
}
