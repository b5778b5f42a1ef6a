import { html } from "hono/html";
import type { Claim } from "../../../core/index.js";
import { describeClaim } from "./claim-words.js";
import type { Markup } from "./layout.js";

/** One stretch of text to mark: a claim's span, as offsets into the same text. */
export interface MarkSpan {
  /** The element id (the #fragment a link jumps to). */
  id: string;
  start: number;
  end: number;
  /** The claim kind, for colour, underline and badge; absent when only a reference is known. */
  kind?: string;
  /** What the hover/focus tip says. */
  tip: string;
  /** A finding involves it. */
  flagged?: boolean;
}

/**
 * A claim as a mark: `claim-<claimId>` on the article's own text, another prefix in quoted
 * passages so a page never holds the same id twice.
 * @example spanOf(claim, "claim-", flaggedIds)
 */
export function spanOf(claim: Claim, idPrefix: string, flagged: ReadonlySet<string> = new Set()): MarkSpan {
  return { id: `${idPrefix}${claim.id}`, start: claim.start, end: claim.end, kind: claim.kind, tip: describeClaim(claim), flagged: flagged.has(claim.id) };
}

/**
 * `text` (which starts at offset `from` of the article body) with each span inside it marked.
 * Every character is escaped: the article is data, never markup. Spans are expected not to
 * overlap (extraction keeps one reading per stretch); one that does is clipped, not dropped.
 * Each mark is focusable and described by its tip, so keyboard users get what hover shows.
 * @example markedText(body, 0, claims.map((c) => spanOf(c, "claim-")))
 */
export function markedText(text: string, from: number, spans: readonly MarkSpan[]): Markup {
  const ordered = spans
    .map((s) => ({ ...s, start: Math.max(s.start - from, 0), end: Math.min(s.end - from, text.length) }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start);
  const parts: Markup[] = [];
  let at = 0;
  for (const span of ordered) {
    const start = Math.max(span.start, at);
    if (span.end <= start) continue;
    parts.push(html`${text.slice(at, start)}`, mark(span, text.slice(start, span.end)));
    at = span.end;
  }
  parts.push(html`${text.slice(at)}`);
  return html`${parts}`;
}

function mark(span: MarkSpan, words: string): Markup {
  const classes = ["claim", span.kind ? `k-${span.kind}` : "", span.flagged ? "flagged" : ""].filter(Boolean).join(" ");
  const tipId = `tip-${span.id}`;
  return html`<mark id="${span.id}" class="${classes}" tabindex="0" aria-describedby="${tipId}">${words}</mark><span class="tip" role="tooltip" id="${tipId}">${span.tip}</span>`;
}
