/**
 * How each HTML element shapes the text a reader sees: data for core/article/html.ts.
 * Names are lowercase; any element not listed is inline (its text runs on with its neighbours,
 * so "30<b>km</b>" stays "30km" as a browser shows it).
 */

/** Elements whose content is never story text: code, styling, embedded documents, metadata. */
export const DROPPED_ELEMENTS: ReadonlySet<string> = new Set([
  "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "head",
  "textarea", "select", "button", "canvas", "audio", "video",
]);

/** Blocks a reader sees as separate paragraphs: a blank line before and after. */
export const PARAGRAPH_ELEMENTS: ReadonlySet<string> = new Set([
  "p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "ul", "ol", "dl",
  "section", "article", "header", "footer", "aside", "main", "nav", "figure", "address",
  "details", "dialog", "fieldset", "form", "hgroup", "menu", "center", "body", "html",
]);

/** Blocks a reader sees as separate lines: a line break before and after. */
export const LINE_ELEMENTS: ReadonlySet<string> = new Set([
  "div", "br", "hr", "li", "tr", "dt", "dd", "caption", "figcaption", "summary", "legend",
  "option", "thead", "tbody", "tfoot", "search",
]);

/** Table cells: a tab between them, so a row stays on one line but "30" and "40" stay apart. */
export const CELL_ELEMENTS: ReadonlySet<string> = new Set(["td", "th"]);

/** Elements whose whitespace is kept as written rather than collapsed. */
export const PREFORMATTED_ELEMENTS: ReadonlySet<string> = new Set(["pre", "listing", "plaintext", "xmp"]);
