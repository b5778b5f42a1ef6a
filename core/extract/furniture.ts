import type { Mention } from "./mention.js";
import type { Span } from "./span.js";

/**
 * Page furniture: lines that carry numbers but no claims. The quantity step already drops
 * phone numbers, codes and list numbering token by token; these rules look at a whole line,
 * which a token cannot see: a media player's "0:00", a "© 2026 ... All rights reserved" footer,
 * "14 Comments", an address block, "News Code 47296". A real sentence has more words and a
 * verb-shaped rhythm, so every rule here is limited to short lines or to unmistakable markers.
 */

/** A line of the body that holds no claim, with the reason (the rule name). */
export interface FurnitureLine extends Span {
  rule: string;
}

const RULES: ReadonlyArray<{ name: string; test: (line: string) => boolean }> = [
  { name: "furniture.timestamp", test: (line) => /^(?:\d{1,2}:){1,2}\d{2}(?:\s*\/\s*(?:\d{1,2}:){1,2}\d{2})?$/.test(line) },
  { name: "furniture.copyright", test: (line) => /^(?:©|\(c\)|copyright\b)/i.test(line) || /all rights reserved/i.test(line) },
  { name: "furniture.code", test: (line) => line.length <= 60 && /\b(?:code|id|ref(?:erence)?|no\.?|number)\s*[:#]?\s*\d{2,}\s*$/i.test(line) },
  { name: "furniture.counter", test: (line) => /^\d[\d,.]{0,12}\s*[kKmM]?\s+(?:comments?|replies|shares?|views?|likes?|reads?|reactions?|followers?)$/i.test(line) },
  { name: "furniture.contact", test: (line) => line.length <= 160 && (/@[\w-]{1,60}\.[a-z]{2,10}\b/i.test(line) || /\+\d{1,3}[\s(]/.test(line)) && !/[.!?]$/.test(line) },
  { name: "furniture.address", test: (line) => line.length <= 60 && !/[.!?]$/.test(line) && (/\b[A-Z]{2}\s+\d{5}(?:-\d{4})?$/.test(line) || /^\d{1,6}\s+(?:[NSEW]\.?\s+)?[A-Z][\w.]{0,30}(?:\s+[\w.]{1,30}){0,4}\s+(?:st|street|ave|avenue|rd|road|blvd|lane|ln|way|ste|suite|dr|drive)\b/i.test(line)) },
];

/** A line without a digit holds no figure to drop: only the lines that hold one are read. */
const DIGIT = /\d/g;

/**
 * @example furnitureLines("Listen\n0:00\nIt rose 5%.") // [{ start: 7, end: 11, rule: "furniture.timestamp" }]
 */
export function furnitureLines(text: string): FurnitureLine[] {
  const lines: FurnitureLine[] = [];
  let start = 0;
  while (start <= text.length) {
    // From the next digit to its line: the lines before it, without one, are passed over unread.
    DIGIT.lastIndex = start;
    if (!DIGIT.test(text)) break;
    const digit = DIGIT.lastIndex - 1;
    start = text.lastIndexOf("\n", digit) + 1;
    let end = text.indexOf("\n", digit);
    if (end < 0) end = text.length;
    const line = text.slice(start, end).trim();
    if (line.length <= 400) {
      const rule = RULES.find((r) => r.test(line));
      if (rule) lines.push({ start, end, rule: rule.name });
    }
    start = end + 1;
  }
  return lines;
}

/**
 * Mentions outside furniture lines, and not just a list marker ("1." at a line start).
 * @example dropFurniture("  1. Linda on\nIt rose 5%.", mentions) // only the 5%
 */
export function dropFurniture(text: string, mentions: readonly Mention[]): Mention[] {
  const furniture = furnitureLines(text);
  return mentions.filter((m) => !furniture.some((line) => m.start >= line.start && m.start < line.end) && !isListMarker(text, m));
}

function isListMarker(text: string, mention: Mention): boolean {
  if (!/^\d{1,3}$/.test(text.slice(mention.start, mention.end))) return false;
  let i = mention.start;
  while (i > 0 && mention.start - i < 40 && (text[i - 1] === " " || text[i - 1] === "\t")) i--;
  const atLineStart = i === 0 || text[i - 1] === "\n" || text[i - 1] === "\r";
  return atLineStart && /^[.)][ \t]/.test(text.slice(mention.end, mention.end + 2));
}
