/**
 * Document structure that scopes the figures under it. An "at a glance" box whose region
 * headings stand over bullet lists gives each bullet the scope of its heading, so the areas
 * burned in two regions are not one figure said twice; a table row gives its cells the scope
 * of its first cell; a "Label: value" line names what its value counts. Read once per
 * article, line by line, in one pass.
 */

export interface Line {
  start: number;
  end: number;
  kind: "blank" | "bullet" | "heading" | "row" | "label" | "prose";
  /** For headings: the heading text; for rows: the first cell; for label lines: the label. */
  label?: string;
}

export interface Structure {
  lines: Line[];
  /** Headings that stand over at least one bullet, label line or row. */
  sectionHeadings: number;
}

const BULLET = /^\s*(?:[•·▪◦*–-]|\d{1,2}[.)])\s+/;
const LABEL = /^\s*([\p{Lu}][\p{L} '’/-]{1,40}):\s+\S/u;

/**
 * @example readStructure("Oregon\n• 12,000 acres burned").lines.map((l) => l.kind) // ["heading", "bullet"]
 */
export function readStructure(text: string): Structure {
  const lines: Line[] = [];
  for (let start = 0; start <= text.length;) {
    const nl = text.indexOf("\n", start);
    const end = nl < 0 ? text.length : nl;
    lines.push(classify(text, start, end));
    if (nl < 0) break;
    start = nl + 1;
  }
  let sectionHeadings = 0;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.kind !== "heading") continue;
    const next = lines.slice(i + 1).find((l) => l.kind !== "blank");
    if (next && (next.kind === "bullet" || next.kind === "label" || next.kind === "row")) sectionHeadings++;
  }
  return { lines, sectionHeadings };
}

function classify(text: string, start: number, end: number): Line {
  const line = text.slice(start, end);
  if (!line.trim()) return { start, end, kind: "blank" };
  if (BULLET.test(line)) return { start, end, kind: "bullet" };
  if (line.includes("|") || line.includes("\t")) {
    const cells = line.split(/\t|\|/).map((c) => c.trim()).filter(Boolean);
    if (cells.length >= 3) return { start, end, kind: "row", label: cells[0] };
  }
  const colon = line.indexOf(":");
  const label = colon > 0 && colon < 48 ? LABEL.exec(line) : null;
  if (label && line.length < 300) return { start, end, kind: "label", label: label[1] };
  const trimmed = line.trim();
  if (isHeading(trimmed)) return { start, end, kind: "heading", label: trimmed.replace(/:$/, "") };
  return { start, end, kind: "prose" };
}

/** A short line with no sentence end and no figure: "Northern California", "At a glance:". */
function isHeading(line: string): boolean {
  if (line.length > 60 || /[.!?,;]$/.test(line) || /\d/.test(line)) return false;
  const words = line.split(/\s+/);
  return words.length <= 7 && /^[\p{Lu}"“]/u.test(line);
}

/** The line holding `offset` (binary search over line starts). */
export function lineIndexAt(structure: Structure, offset: number): number {
  const lines = structure.lines;
  let low = 0;
  let high = lines.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (lines[mid]!.start <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

/**
 * The heading a figure at `offset` sits under: the first non-blank line above a run of
 * bullets, label lines or rows that holds it. Null for prose: a heading over paragraphs is a
 * title or a crosshead, which scopes nothing the paragraphs do not say themselves.
 */
export function headingOver(structure: Structure, offset: number): Line | null {
  const at = lineIndexAt(structure, offset);
  const own = structure.lines[at];
  if (!own || (own.kind !== "bullet" && own.kind !== "label" && own.kind !== "row")) return null;
  for (let i = at - 1; i >= 0; i--) {
    const line = structure.lines[i]!;
    if (line.kind === "blank" || line.kind === "bullet" || line.kind === "label" || line.kind === "row") continue;
    return line.kind === "heading" ? line : null;
  }
  return null;
}
