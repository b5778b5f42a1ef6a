import type { Claim } from "../../core/index.js";

const WINDOW = 90;

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
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (!first || !last) return "";
  const from = Math.max(0, sentence && sentence.end - sentence.start < 400 ? sentence.start : first.start - WINDOW);
  const to = Math.min(body.length, sentence && sentence.end - sentence.start < 400 ? sentence.end : last.end + WINDOW);
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
