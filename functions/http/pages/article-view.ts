import { html } from "hono/html";
import type { Finding, FindingStatus } from "../../../core/index.js";
import { claimReview, jsonLdScriptBody, type Newsroom } from "./claim-review.js";
import { findingCard } from "./finding-card.js";
import { legend, page, type Markup } from "./layout.js";
import { markedText, spanOf } from "./marked-text.js";
import type { Source } from "./passages.js";
import type { Session } from "./session.js";

export interface ArticleViewInput {
  current: Source;
  findings: Finding[];
  sources: ReadonlyMap<string, Source | null>;
  session: Session;
  newsroom: Newsroom;
  /** The path this page answers on (status forms return to it). */
  path: string;
  /** Checked without storing: say so, and offer no actions on findings that do not exist yet. */
  dryRun?: boolean;
}

const STATUS_ORDER: Record<FindingStatus, number> = { open: 0, dismissed: 1, resolved: 2 };

/**
 * The review of one article: its text with every claim marked, the findings beside it.
 * The same page shows a dry run's result and a stored article.
 * @example c.html(articleView({ current, findings, sources, session, newsroom, path: c.req.path }))
 */
export function articleView(o: ArticleViewInput): Markup {
  const { article, body, claims } = o.current;
  const flagged = new Set(o.findings.flatMap((f) => f.claims.map((ref) => ref.claimId)));
  const findings = [...o.findings].sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status]);
  const cards = findings.map((f) => findingCard(f, { sources: o.sources, onPage: article.id, session: o.session, back: o.path, unsaved: o.dryRun }));
  const reviews = o.dryRun ? [] : findings.map((f) => claimReview(f, o.sources, o.newsroom, article.id));
  const body_ = html`${o.dryRun ? html`<p class="banner" role="status">Dry run: checked against the stored articles; nothing was stored.</p>` : ""}
<h1>${article.title ?? article.id}</h1>
<p class="meta">${[article.source, article.published?.slice(0, 10)].filter(Boolean).join(", ") || "No outlet or date given"} · ${claims.length} claims · ${findings.length} findings${article.url && /^https?:\/\//i.test(article.url) ? html` · <a href="${article.url}" rel="noopener noreferrer">original</a>` : ""}</p>
<p><a href="#findings-h">Skip to the findings</a></p>
<div class="review"><section aria-labelledby="text-h"><h2 id="text-h">The text, claims marked</h2>${legend()}
<div class="story">${markedText(body, 0, claims.map((c) => spanOf(c, "claim-", flagged)))}</div></section>
<aside class="aside" aria-labelledby="findings-h"><h2 id="findings-h" tabindex="-1">Findings</h2>
${cards.length > 0 ? html`<ol class="findings">${cards}</ol>` : html`<p>No findings: the claims agree with each other and with the stored articles.</p>`}</aside></div>`;
  const head = reviews.length > 0 ? html`<script type="application/ld+json">${jsonLdScriptBody(reviews)}</script>` : undefined;
  return page({ title: article.title ?? article.id, session: o.session, body: body_, head });
}
