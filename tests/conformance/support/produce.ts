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
    return found
      .filter((m) => m.qualifier !== "approx" && (m.low !== undefined || m.high !== undefined))
      .map((m) => ({ text: input.slice(m.start, m.end), low: m.low, high: m.high }));
  }
  const keep = found.filter((m) => {
    if (model === "percent") return m.kind === "percent";
    if (model === "currency") return m.dimension === "money";
    if (model === "temperature") return m.dimension === "temperature";
    return m.dimension !== undefined && MEASURES.has(m.dimension);
  });
  return keep.map((m) => ({ text: coreText(input, m), value: Number(m.value), unit: m.unit }));
}
