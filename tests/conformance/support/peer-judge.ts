import { convert } from "../../../core/units/index.js";
import type { Dimension } from "../../../core/model.js";
import type { DucklingCase, DucklingDimension } from "./duckling.js";
import type { Found, Level } from "./output.js";
import { DUCKLING_UNITS, QUANTULUM_UNITS, type PeerUnit } from "./peer-units.js";
import type { QuantulumCase } from "./quantulum.js";
import { found } from "./output.js";

export type PeerVerdict =
  | { outcome: "pass" }
  | { outcome: "fail"; expected: string[]; got: string[] }
  | { outcome: "skip"; reason: string };

export const UNIT_OUTSIDE = (unit: string) => `unit outside claimcheck's unit table (${unit})`;
const LATENT = "latent reading (a bare number as money or quantity): Duckling finds it only when asked for latent readings";
const COMPOUND = "compound duration: one claim holds a span written in several units (Recognizers-Text's P1Y1M21D); quantulum3 lists the parts";
const SPELLED_VAGUE = "vague word given an exact number (a few = 3, a couple = 2): claimcheck reads vague amounts as bounds by design";

/** Equal within conversion noise: "0.002 kg" is 2 g to the sixth significant digit. */
export function near(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-6 * Math.max(1e-9, Math.abs(a), Math.abs(b));
}

/** `value` of `f` in the peer's unit, or null when our unit is not one of the peer's. */
function inPeerUnit(value: number | undefined, f: Found, unit: PeerUnit): number | null {
  if (value === undefined || !f.unit) return null;
  if (!unit.ids.includes(f.unit)) {
    // Same dimension, other unit ("0.002 kg" for 2 grams): convert through the table.
    const there = convert(value, f.unit, unit.ids[0]!);
    return there === null ? null : there / unit.factor;
  }
  return value / unit.factor;
}

const show = (f: Found) => `${f.kind}:${f.low !== undefined || f.high !== undefined ? `[${f.low ?? ""},${f.high ?? ""}]` : f.value} ${f.unit ?? ""} ${f.qualifier}`.trim();

const DUCKLING_DIMENSIONS: Record<Exclude<DucklingDimension, "Numeral">, Dimension[]> = {
  Distance: ["length"], Volume: ["volume"], Quantity: ["mass", "volume"], Temperature: ["temperature"], AmountOfMoney: ["money"],
};

/**
 * A Duckling example passes when what we found of its dimension is exactly one reading with
 * Duckling's value (converted into Duckling's unit): a plain value for `simple` (a hedge such
 * as "around" may be kept, Duckling drops it), both ends for `between`, the upper bound for
 * `under` and the lower for `above`. Numerals: every reading of the number reader has the value.
 * A `nothing` example passes when nothing of the dimension is found.
 */
export function judgeDuckling(c: DucklingCase, level: Level): PeerVerdict {
  if (c.latent) return { outcome: "skip", reason: LATENT };
  const e = c.expect;
  if (e.shape === "numeral") {
    if (/^(?:a\s+)?(?:few|couple|pair)\b/i.test(c.input)) return { outcome: "skip", reason: SPELLED_VAGUE };
    const numbers = found(c.input, "readers").filter((f) => f.kind === "number");
    const ok = numbers.length > 0 && numbers.every((f) => typeof f.value === "number" && near(f.value, e.value));
    return ok ? { outcome: "pass" } : { outcome: "fail", expected: [String(e.value)], got: numbers.map(show) };
  }
  const dims = DUCKLING_DIMENSIONS[c.dimension as Exclude<DucklingDimension, "Numeral">];
  const got = found(c.input, level).filter((f) => f.kind !== "number" && f.dimension !== undefined && dims.includes(f.dimension));
  if (e.shape === "nothing") return got.length === 0 ? { outcome: "pass" } : { outcome: "fail", expected: [], got: got.map(show) };
  const unit = DUCKLING_UNITS[c.dimension]?.[e.unit];
  if (!unit) return { outcome: "skip", reason: UNIT_OUTSIDE(e.unit) };
  const f = got[0];
  let ok = got.length === 1 && f !== undefined;
  if (ok && f) {
    const at = (n: number | undefined) => inPeerUnit(n, f, unit);
    const eq = (n: number | undefined, want: number) => { const v = at(n); return v !== null && near(v, want); };
    if (e.shape === "simple") ok = (f.qualifier === "exact" || f.qualifier === "approx") && typeof f.value === "number" && eq(f.value, e.value);
    else if (e.shape === "between") ok = eq(f.low, e.low) && eq(f.high, e.high);
    else if (e.shape === "under") ok = f.qualifier === "atMost" && eq(f.high ?? (f.value as number), e.value);
    else ok = f.qualifier === "atLeast" && eq(f.low ?? (f.value as number), e.value);
  }
  if (ok) return { outcome: "pass" };
  const want = e.shape === "between" ? `[${e.low},${e.high}]` : `${e.shape} ${e.value}`;
  return { outcome: "fail", expected: [`${want} ${e.unit}`], got: got.map(show) };
}

/** Dimensions a quantulum3 "dimensionless" figure never has: any of these found unasked is an extra. */
const MEASURED = new Set<Dimension>(["length", "area", "volume", "mass", "speed", "fuelEconomy", "temperature", "money", "ratio", "time"]);

/**
 * A quantulum3 sentence passes when every expected quantity is found (span overlapping its
 * surface, value equal after conversion into its unit; a ± or range is found as the range or
 * its centre) and nothing measured is found that quantulum does not list. "dimensionless"
 * figures are the number reader's at reader level; claims never hold a bare number by design,
 * so at claim level they are left out of what is expected (a counted noun may still match them).
 */
export function judgeQuantulum(c: QuantulumCase, level: Level): PeerVerdict {
  for (const r of c.results) if (r.unit !== "dimensionless" && !QUANTULUM_UNITS[r.unit]) return { outcome: "skip", reason: UNIT_OUTSIDE(r.unit) };
  const all = found(c.input, level);
  // "twenty-one years and six months": one duration to us, two quantities to quantulum3.
  const parts = (f: Found) => c.results.filter((r) => f.start < r.end && r.start < f.end).length;
  if (all.some((f) => f.kind === "duration" && parts(f) > 1)) return { outcome: "skip", reason: COMPOUND };
  const used = new Set<number>();
  let ok = true;
  const expected: string[] = [];
  for (const r of c.results) {
    expected.push(`${r.surface} = ${r.value} ${r.unit}${r.uncertainty ? ` ±${r.uncertainty}` : ""}`);
    const overlaps = (f: Found) => f.start < r.end && r.start < f.end;
    if (r.unit === "dimensionless") {
      const unitless = (f: Found) => f.kind === "number" || f.dimension === "count" || !f.unit;
      // "7 to 10" is 8.5 ± 1.5 to quantulum: a range with those ends is the same reading.
      const range = (f: Found) => r.uncertainty !== undefined && f.low !== undefined && f.high !== undefined &&
        near(f.low, r.value - r.uncertainty) && near(f.high, r.value + r.uncertainty);
      // "two thirds" read as 66.67%: a percent is the same ratio, a hundredth at a time.
      const asPercent = (f: Found) => f.unit === "%" && typeof f.value === "number" && near(f.value / 100, r.value);
      const fits = (f: Found, i: number) => !used.has(i) && overlaps(f) && ((unitless(f) && (range(f) || (typeof f.value === "number" && near(f.value, r.value)))) || asPercent(f));
      // A claim that fits is preferred to the bare number inside it, which is never an extra.
      const claimIndex = all.findIndex((f, i) => f.kind !== "number" && fits(f, i));
      const k = claimIndex >= 0 ? claimIndex : all.findIndex(fits);
      if (k >= 0) used.add(k);
      else if (level === "readers") ok = false;
      continue;
    }
    const unit = QUANTULUM_UNITS[r.unit]!;
    const k = all.findIndex((f, i) => {
      if (used.has(i) || !overlaps(f) || f.kind === "number" || f.kind === "date") return false;
      const v = (n: number | undefined) => inPeerUnit(n, f, unit);
      if (r.uncertainty) {
        const low = v(f.low);
        const high = v(f.high);
        if (low !== null && high !== null && near(low, r.value - r.uncertainty) && near(high, r.value + r.uncertainty)) return true;
      }
      const value = typeof f.value === "number" ? v(f.value) : null;
      return value !== null && near(value, r.value);
    });
    if (k >= 0) used.add(k);
    else ok = false;
  }
  const extras = all.filter((f, i) => !used.has(i) && f.kind !== "number" && f.kind !== "date" && f.dimension !== undefined && MEASURED.has(f.dimension));
  if (ok && extras.length === 0) return { outcome: "pass" };
  return { outcome: "fail", expected, got: all.filter((f) => f.kind !== "number" || level === "readers").map((f) => `${c.input.slice(f.start, f.end)} = ${show(f)}`) };
}
