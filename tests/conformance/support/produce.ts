import { readNumbers } from "../../../core/extract/numbers/index.js";
import { findQuantities } from "../../../core/extract/quantities.js";
import { coreText, type Model, type Produced } from "./judge.js";
import { claimsFound, type Level } from "./output.js";

const MEASURES = new Set(["length", "area", "volume", "mass", "speed", "fuelEconomy"]);

/**
 * Our output for one spec input, limited to what the model recognizes. The Number model is the
 * number reader's job (findQuantities deliberately drops bare years, "one" and codes, which the
 * Number model keeps); the other models run the whole quantity pipeline, or at claim level
 * `extractClaims` (what a user receives, after overlaps and furniture).
 */
export function produce(model: Model, input: string, level: Level = "readers"): Produced[] {
  if (model === "number") {
    // A number fused to letters ("29km", "1m") is a measure to the spec, not a number: the reader marks it.
    return readNumbers(input).filter((r) => !r.fused).map((r) => ({ text: input.slice(r.start, r.end), value: r.value }));
  }
  const found = level === "readers" ? findQuantities(input) : claimsFound(input).filter((c) => c.kind === "quantity" || c.kind === "percent");
  if (model === "range") {
    // The NumberRange model reads numbers, not units: the span of a range with a unit ends at its
    // last number ("more than thirty" of "more than thirty years old") unless a bound is written
    // after it ("500 or more"), a convention of spans, not a reading.
    const numbers = readNumbers(input);
    const lastNumberEnd = (m: { start: number; end: number; unit?: string; kind: string; qualifierText?: string }) => {
      if (!m.unit || m.kind === "percent" || (m.qualifierText && input.slice(m.start, m.end).toLowerCase().endsWith(m.qualifierText.toLowerCase()))) return m.end;
      return Math.max(0, ...numbers.filter((r) => r.end > m.start && r.end <= m.end).map((r) => r.end)) || m.end;
    };
    // "from one thousand to one thousand and five hundred": our span starts at the first number,
    // the model's at the "from" that opens the range (as with "between", which we span).
    const fromStart = (m: { start: number; low?: number; high?: number }) => {
      const from = m.low !== undefined && m.high !== undefined ? /\bfrom[ \t]{1,2}$/i.exec(input.slice(Math.max(0, m.start - 8), m.start)) : null;
      return from ? m.start - from[0].length : m.start;
    };
    return found
      .filter((m) => m.qualifier !== "approx" && (m.low !== undefined || m.high !== undefined))
      .map((m) => ({ text: input.slice(fromStart(m), lastNumberEnd(m)), low: m.low, high: m.high }));
  }
  const keep = found.filter((m) => {
    if (model === "percent") return m.kind === "percent";
    if (model === "currency") return m.dimension === "money";
    if (model === "temperature") return m.dimension === "temperature";
    return m.dimension !== undefined && MEASURES.has(m.dimension);
  });
  return keep.map((m) => ({ text: coreText(input, m), value: Number(m.value), unit: m.unit }));
}
