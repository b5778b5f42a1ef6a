import { Tokenizer } from "htmlparser2";
import { decodeEntities } from "./entities.js";
import { CELL_ELEMENTS, DROPPED_ELEMENTS, LINE_ELEMENTS, PARAGRAPH_ELEMENTS, PREFORMATTED_ELEMENTS } from "./html-elements.js";

/** A separator the text builder emits at element boundaries; the strongest one in a run wins. */
const enum Break { None = 0, Cell = 1, Line = 2, Paragraph = 3 }
const BREAK_TEXT = ["", "\t", "\n", "\n\n"] as const;

/**
 * Builds the text one token at a time. Only counters and the current tag name are kept, never
 * a stack of open elements: HTML from outside may open a million tags and close none, and
 * every step here stays O(1) so the whole read is linear in the input.
 */
class TextBuilder {
  private readonly parts: string[] = [];
  /** Open dropped elements by name: text is kept only while all counts are zero. */
  private readonly dropped = new Map<string, number>();
  private droppedTotal = 0;
  private preformatted = 0;
  private pending: Break = Break.None;
  private tag = "";
  private closing = false;

  constructor(private readonly html: string) {}

  text(start: number, end: number): void {
    this.emit(this.html.slice(start, end));
  }

  entity(codePoint: number): void {
    this.emit(String.fromCodePoint(codePoint));
  }

  tagName(start: number, end: number, closing: boolean): void {
    this.tag = this.html.slice(start, end).toLowerCase();
    this.closing = closing;
    if (closing) this.close(this.tag);
  }

  /** ">" of an opening tag; `selfClosing` for "/>", which opens nothing that needs closing. */
  openEnd(selfClosing: boolean): void {
    if (this.closing) return;
    const name = this.tag;
    if (DROPPED_ELEMENTS.has(name) && !selfClosing) this.count(this.dropped, name, 1);
    // A document's <head> is often left open; its <body> ends it, as a browser reads it.
    if (name === "body") this.count(this.dropped, "head", -(this.dropped.get("head") ?? 0));
    if (PREFORMATTED_ELEMENTS.has(name) && !selfClosing) this.preformatted++;
    this.boundary(name);
  }

  result(): string {
    return decodeEntities(this.parts.join(""))
      .split("\n").map(trimEndSpaces).join("\n")
      .replace(/\n{3,}/g, "\n\n")
      .trim();
  }

  private close(name: string): void {
    if ((this.dropped.get(name) ?? 0) > 0) this.count(this.dropped, name, -1);
    if (PREFORMATTED_ELEMENTS.has(name) && this.preformatted > 0) this.preformatted--;
    this.boundary(name);
  }

  private count(map: Map<string, number>, name: string, delta: number): void {
    map.set(name, (map.get(name) ?? 0) + delta);
    this.droppedTotal += delta;
  }

  private boundary(name: string): void {
    const kind = PARAGRAPH_ELEMENTS.has(name) ? Break.Paragraph
      : LINE_ELEMENTS.has(name) ? Break.Line
        : CELL_ELEMENTS.has(name) ? Break.Cell : Break.None;
    if (kind > this.pending) this.pending = kind;
  }

  private emit(text: string): void {
    if (this.droppedTotal > 0 || text === "") return;
    // Outside <pre>, a run of source whitespace is one space, as a browser shows it.
    let shown = this.preformatted > 0 ? text : text.replace(/[ \t\n\r\f]+/g, " ");
    if (this.pending !== Break.None) {
      // Whitespace beside a break is the source's indentation, not text.
      if (this.preformatted === 0) shown = shown.trimStart();
      if (shown === "") return;
      this.trimTrailingSpaces();
      this.parts.push(BREAK_TEXT[this.pending]);
      this.pending = Break.None;
    }
    this.parts.push(shown);
  }

  /** Each part is trimmed or dropped at most once, so this stays linear overall. */
  private trimTrailingSpaces(): void {
    while (this.parts.length > 0) {
      const last = this.parts[this.parts.length - 1]!;
      const trimmed = trimEndSpaces(last);
      if (trimmed !== "") {
        this.parts[this.parts.length - 1] = trimmed;
        return;
      }
      this.parts.pop();
    }
  }
}

/** Without trailing spaces and tabs; a loop, because /[ \t]+$/ backtracks over long runs. */
function trimEndSpaces(text: string): string {
  let end = text.length;
  while (end > 0 && SPACE.has(text.charCodeAt(end - 1))) end--;
  return end === text.length ? text : text.slice(0, end);
}

const SPACE = new Set([0x20, 0x09, 0x0b, 0x0c]);

/**
 * Plain text from an HTML story, read by htmlparser2's tokenizer in one linear pass: scripts,
 * styles, SVG, comments and the document head dropped; paragraphs, lines and table cells
 * kept apart (a blank line, a line break, a tab); every named and numeric character reference
 * decoded (the full HTML table), and double-escaped ones ("&amp;mdash;", as feeds send them)
 * too; a "<" that opens no tag ("5 < 10") stays text. Unclosed tags cost nothing extra.
 * @example htmlToText("<p>30&nbsp;km</p><script>x()</script>") // "30\u00a0km"
 * @example htmlToText("<tr><td>30</td><td>40</td></tr>") // "30\t40"
 */
export function htmlToText(html: string): string {
  const builder = new TextBuilder(html);
  const noop = (): void => {};
  const tokenizer = new Tokenizer({ decodeEntities: true }, {
    ontext: (start, end) => builder.text(start, end),
    ontextentity: (codePoint) => builder.entity(codePoint),
    onopentagname: (start, end) => builder.tagName(start, end, false),
    onclosetag: (start, end) => builder.tagName(start, end, true),
    onopentagend: () => builder.openEnd(false),
    onselfclosingtag: () => builder.openEnd(true),
    onattribdata: noop, onattribentity: noop, onattribend: noop, onattribname: noop,
    oncdata: noop, oncomment: noop, ondeclaration: noop, onprocessinginstruction: noop, onend: noop,
  });
  tokenizer.write(html);
  tokenizer.end();
  return builder.result();
}

/** Whether a text looks like HTML markup rather than prose that mentions a tag. */
export function looksLikeHtml(text: string): boolean {
  return /<(p|div|html|body|br|span|a|h[1-6]|article)\b[^>]*>/i.test(text);
}
