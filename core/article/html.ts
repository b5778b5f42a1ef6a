import { decodeEntities } from "./entities.js";

const DROPPED = /<(script|style|noscript|template|svg|iframe|head)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const BLOCK = /<\/?(p|div|br|h[1-6]|li|ul|ol|tr|table|section|article|header|footer|blockquote|figure|figcaption|pre|hr)\b[^>]*>/gi;

/**
 * Plain text from an HTML story: scripts, styles and comments dropped, block elements turned
 * into line breaks, other tags stripped, entities decoded, runs of blank lines folded.
 * @example htmlToText("<p>30&nbsp;km</p><script>x()</script>") // "30\u00a0km"
 */
export function htmlToText(html: string): string {
  const text = html
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(DROPPED, "")
    .replace(BLOCK, "\n")
    .replace(/<[^>]{0,2000}>/g, "");
  return decodeEntities(text)
    .replace(/[ \t\f\v]+\n/g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** Whether a text looks like HTML markup rather than prose that mentions a tag. */
export function looksLikeHtml(text: string): boolean {
  return /<(p|div|html|body|br|span|a|h[1-6]|article)\b[^>]*>/i.test(text);
}
