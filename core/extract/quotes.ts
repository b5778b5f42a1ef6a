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
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    collectLine(text, lineStart, lineEnd, regions);
    lineStart = lineEnd + 1;
  }
  return regions.sort((a, b) => a.start - b.start);
}

function collectLine(text: string, from: number, to: number, regions: Span[]): void {
  let open = -1;
  let closer = "";
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code !== 34 && (code < 0x2018 || code > 0x201d)) continue; // not " ‘ ’ “ ”
    const ch = text[i]!;
    if (open < 0) {
      if (ch === "“") { open = i; closer = "”"; }
      else if (ch === "\"") { open = i; closer = "\""; }
      else if (ch === "‘" && (i === from || !/[\p{L}\d]/u.test(text[i - 1]!))) { open = i; closer = "’"; }
    } else if (ch === closer && (closer !== "’" || i + 1 >= to || !/[\p{L}]/u.test(text[i + 1]!))) {
      regions.push({ start: open, end: i + 1 });
      open = -1;
    }
  }
  if (open >= 0) regions.push({ start: open, end: to });
}
