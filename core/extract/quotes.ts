import type { Span } from "./span.js";

/**
 * Stretches of the body inside quotation marks. Scoped to a line: news style leaves a quote
 * open at the end of a paragraph when the next one continues it, so an unclosed quote runs to
 * the end of its line and never further. Straight double quotes pair up; curly single quotes
 * count only when the opening one starts a word, because ’ is also the apostrophe of "Türkiye’s".
 * Straight single quotes are ignored for the same reason.
 */

/**
 * @example quotedRegions('He said "it was 30 km" then left.') // [{ start: 8, end: 22 }]
 */
export function quotedRegions(text: string): Span[] {
  const regions: Span[] = [];
  let open = -1;
  let closer = "";
  let lineStart = 0;
  let lineEnd = endOfLine(text, 0);
  // Only quote marks matter: a regex jumps from one to the next, line by line.
  QUOTE_MARK.lastIndex = 0;
  // A mark is one character, just before lastIndex: test() builds no match array per mark.
  while (QUOTE_MARK.test(text)) {
    const i = QUOTE_MARK.lastIndex - 1;
    if (i > lineEnd) {
      if (open >= 0) regions.push({ start: open, end: lineEnd });
      open = -1;
      lineStart = text.lastIndexOf("\n", i) + 1;
      lineEnd = endOfLine(text, i);
    }
    const ch = text[i]!;
    if (open < 0) {
      if (ch === "“") { open = i; closer = "”"; }
      else if (ch === "\"") { open = i; closer = "\""; }
      else if (ch === "‘" && (i === lineStart || !/[\p{L}\d]/u.test(text[i - 1]!))) { open = i; closer = "’"; }
    } else if (ch === closer && (closer !== "’" || i + 1 >= lineEnd || !/[\p{L}]/u.test(text[i + 1]!))) {
      regions.push({ start: open, end: i + 1 });
      open = -1;
    }
  }
  if (open >= 0) regions.push({ start: open, end: lineEnd });
  return regions;
}

/** " ‘ ’ “ ” (and the low ‚ ‛ „ ‟ between them, which no branch above takes). */
const QUOTE_MARK = /["\u2018-\u201d]/g;

function endOfLine(text: string, i: number): number {
  const end = text.indexOf("\n", i);
  return end < 0 ? text.length : end;
}
