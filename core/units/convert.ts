import { getUnit } from "./table.js";
import type { UnitDef } from "./types.js";

function toBase(value: number, unit: UnitDef): number {
  if (unit.reciprocal) return unit.factor / value;
  return value * unit.factor + (unit.offset ?? 0);
}

function fromBase(base: number, unit: UnitDef): number {
  if (unit.reciprocal) return unit.factor / base;
  return (base - (unit.offset ?? 0)) / unit.factor;
}

/**
 * `value` in unit `from`, expressed in unit `to`; null when they measure different things,
 * when either is a currency or percentage points (which convert only to themselves), or when an
 * id is unknown. Identical ids always give the value back, so counted nouns outside the table
 * ("rocket") compare with themselves.
 * @example convert(30, "km", "mi") // 18.64...
 * @example convert(30, "mpg", "l100km") // 7.84...
 * @example convert(100, "USD", "EUR") // null
 */
export function convert(value: number, from: string, to: string): number | null {
  if (from === to) return value;
  const a = getUnit(from);
  const b = getUnit(to);
  if (!a || !b || a.dimension !== b.dimension || a.standalone || b.standalone) return null;
  const base = toBase(value, a);
  const out = fromBase(base, b);
  return Number.isFinite(out) ? out : null;
}

/**
 * A difference of `value` in unit `from`, expressed in unit `to`: the factor only, never the
 * offset. "A rise of 2.5C" is a rise of 4.5F (a level of 2.5C is 36.5F); for every unit
 * without an offset this equals `convert`. Null as for `convert`, and for reciprocal units
 * (a change of L/100km is no fixed change of mpg).
 * @example convertDifference(2.5, "C", "F") // 4.5
 * @example convertDifference(10, "K", "C") // 10
 */
export function convertDifference(value: number, from: string, to: string): number | null {
  if (from === to) return value;
  const a = getUnit(from);
  const b = getUnit(to);
  if (!a || !b || a.dimension !== b.dimension || a.standalone || b.standalone || a.reciprocal || b.reciprocal) return null;
  const out = (value * a.factor) / b.factor;
  return Number.isFinite(out) ? out : null;
}
