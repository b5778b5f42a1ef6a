import type { Claim } from "../../core/index.js";

const WINDOW = 90;
/** Farther apart than this, two claims get a passage each. */
const APART = 160;

/**
 * The words around a span, on one line, with the span marked: what an editor needs to find
 * the claim in the story. Uses the claim's sentence when the extractor gave one.
 * @example quotePassage(body, { start: 10, end: 17 }) // "…complete the [30-mile] deep security strip…"
 */
export function quotePassage(
  body: string,
  spans: { start: number; end: number }[],
  sentence?: { start: number; end: number },
  mark: (text: string) => string = (text) => `[${text}]`,
): string {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  // Claims far apart are quoted each in its own window: one run-on passage hides both.
  const apart = sorted.findIndex((span, i) => i > 0 && span.start - sorted[i - 1]!.end > APART);
  if (apart > 0) {
    return [sorted.slice(0, apart), sorted.slice(apart)]
      .map((group) => quotePassage(body, group, undefined, mark))
      .join(" ");
  }
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (!first || !last) return "";
  const inSentence = sentence !== undefined && sentence.end - sentence.start < 400;
  const from = inSentence ? sentence.start : wordAfter(body, Math.max(0, first.start - WINDOW), first.start);
  const to = inSentence ? Math.min(body.length, sentence.end) : wordBefore(body, Math.min(body.length, last.end + WINDOW), last.end);
  let out = "";
  let at = from;
  for (const span of sorted) {
    if (span.start < at) continue;
    out += body.slice(at, span.start) + mark(body.slice(span.start, span.end));
    at = span.end;
  }
  out += body.slice(at, to);
  const line = out.replace(/\s+/g, " ").trim();
  return `${from > 0 ? "…" : ""}${line}${to < body.length ? "…" : ""}`;
}

/** "30 mi", "3,600,000 person", "2022-11-13": a claim's value as a reader would say it. */
export function describeValue(claim: Claim): string {
  const value = typeof claim.value === "number" ? claim.value.toLocaleString("en-US", { maximumFractionDigits: 6 }) : claim.value;
  const range = claim.qualifier === "range" && claim.low !== undefined && claim.high !== undefined
    ? `${claim.low.toLocaleString("en-US")}–${claim.high.toLocaleString("en-US")}`
    : value;
  return claim.unit ? `${range} ${claim.unit}` : String(range);
}

/** A window edge moved forward to the next word start (never past the claim). */
function wordAfter(body: string, at: number, limit: number): number {
  if (at === 0) return 0;
  const space = body.slice(at, limit).search(/\s/);
  return space < 0 ? at : at + space + 1;
}

/** A window edge moved back to the previous word end (never before the claim). */
function wordBefore(body: string, at: number, limit: number): number {
  if (at >= body.length) return body.length;
  const space = body.slice(limit, at).search(/\s\S*$/);
  return space < 0 ? at : limit + space;
}
