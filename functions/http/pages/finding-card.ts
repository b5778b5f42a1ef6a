import { html } from "hono/html";
import type { ClaimRef, Finding, Severity } from "../../../core/index.js";
import { PAGE, type Markup } from "./layout.js";
import { markedText, spanOf } from "./marked-text.js";
import { passageOf, type Source } from "./passages.js";
import type { Session } from "./session.js";

/** What a finding card needs to know about the page it sits on. */
export interface CardContext {
  sources: ReadonlyMap<string, Source | null>;
  /** The article whose whole text is on this page: its words link to `#claim-<id>`. */
  onPage?: string;
  session: Session;
  /** Where a status change returns to (a path on this site). */
  back: string;
  /** A dry run's findings are not stored: no links to their pages, no actions. */
  unsaved?: boolean;
}

const SEVERITY_SIGN: Record<Severity, string> = { contradiction: "✗", discrepancy: "!", note: "i" };

/**
 * The id of a quoted passage's mark: unique per finding, so two cards may quote the same words.
 * @example quoteId(finding, ref) // "q-f-…-c-…"
 */
export function quoteId(finding: Finding, ref: ClaimRef): string {
  return `q-${finding.id}-${ref.claimId}`;
}

/**
 * One finding: severity, kind and status, the explanation, and each claim's words with a
 * link that jumps to them (on this page's text, or in the quoted passage of another article),
 * plus the write actions when the session may change it.
 * @example findingCard(finding, { sources, onPage: article.id, session, back: c.req.path })
 */
export function findingCard(finding: Finding, ctx: CardContext): Markup {
  return html`<li class="finding s-${finding.severity}" id="finding-${finding.id}">
<h3 class="sev"><span aria-hidden="true">${SEVERITY_SIGN[finding.severity]}</span> ${finding.severity} · ${finding.kind}</h3>
<p class="status">${finding.status}${finding.detectedAt ? ` · found ${finding.detectedAt.slice(0, 10)}` : ""}${finding.note ? ` · note: ${finding.note}` : ""}</p>
<p>${finding.explanation}</p>
<ul class="words">${finding.claims.map((ref) => claimLine(finding, ref, ctx))}</ul>
${ctx.unsaved ? "" : html`<p><a href="${PAGE.finding(finding.id)}">Finding page</a> · <a href="${PAGE.claimReview(finding.id)}">ClaimReview JSON-LD</a></p>
${actions(finding, ctx)}`}</li>`;
}

function claimLine(finding: Finding, ref: ClaimRef, ctx: CardContext): Markup {
  if (ref.articleId === ctx.onPage) {
    return html`<li><a href="#claim-${ref.claimId}">“${ref.text}”</a> in this article</li>`;
  }
  const source = ctx.sources.get(ref.articleId);
  if (!source) return html`<li>“${ref.text}” in article ${ref.articleId} (no longer stored)</li>`;
  const passage = passageOf(source, ref);
  const id = quoteId(finding, ref);
  const span = passage.claim
    ? { ...spanOf(passage.claim, "", new Set([ref.claimId])), id }
    : { id, start: ref.start, end: ref.end, tip: "claim no longer stored", flagged: true };
  return html`<li><a href="#${id}">“${ref.text}”</a> in <a href="${PAGE.article(ref.articleId)}#claim-${ref.claimId}">${articleName(source)}</a>
<blockquote>${cutBefore(source.body, passage.start) ? "…" : ""}${markedText(source.body.slice(passage.start, passage.end), passage.start, [span])}${cutAfter(source.body, passage.end) ? "…" : ""}</blockquote></li>`;
}

/** The quote starts mid-sentence: the text before it does not end one. */
function cutBefore(body: string, start: number): boolean {
  const raw = body.slice(Math.max(0, start - 3), start);
  const before = raw.trimEnd();
  return before !== "" && !/\n/.test(raw) && !/[.!?”"]$/.test(before);
}

/** The quote stops mid-sentence. */
function cutAfter(body: string, end: number): boolean {
  return end < body.length && !/[.!?”"]$/.test(body.slice(Math.max(0, end - 3), end).trimEnd());
}

/**
 * "Title (Outlet, 2024-08-06)", or the id when the article has no title.
 * @example articleName(source) // "Explaining the Diplomatic Rush… (RUSI, 2024-08-06)"
 */
export function articleName(source: Source): string {
  const { title, source: outlet, published, id } = source.article;
  const about = [outlet, published?.slice(0, 10)].filter(Boolean).join(", ");
  return `${title ?? id}${about ? ` (${about})` : ""}`;
}

function actions(finding: Finding, ctx: CardContext): Markup {
  if (!ctx.session.canWrite) {
    return html`<p class="status"><a href="${PAGE.signIn}?next=${encodeURIComponent(ctx.back)}">Sign in</a> to dismiss or resolve.</p>`;
  }
  const choices = finding.status === "open"
    ? html`<button type="submit" name="status" value="dismissed">Dismiss</button> <button type="submit" name="status" value="resolved">Resolve</button>`
    : html`<button type="submit" name="status" value="open">Reopen</button>`;
  const noteId = `note-${finding.id}`;
  return html`<form method="post" action="${PAGE.findingStatus(finding.id)}">
<input type="hidden" name="csrf" value="${ctx.session.csrf}"><input type="hidden" name="back" value="${ctx.back}">
<label for="${noteId}">Note (optional)</label><input type="text" id="${noteId}" name="note" maxlength="2000"> ${choices}</form>`;
}
