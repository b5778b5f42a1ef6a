import type { Claim } from "../../model.js";
import { UNITS, convert, getUnit } from "../../units/index.js";
import { inferStep } from "../interval.js";

/**
 * The likely typing slip behind a wrong conversion: which units would make "X (Y)" right.
 * "30-mile (18.6-mile)" is right as 30 km = 18.6 mi: the first unit slipped.
 */
export interface UnitSlip {
  /** "first": X's unit is wrong; "second": Y's; "swapped": each has the other's. */
  which: "first" | "second" | "swapped";
  firstUnit: string;
  secondUnit: string;
}

/**
 * Units a writer could mistake for this one: same dimension, within a factor of 100 (km and mi,
 * m and ft, kg and lb, °C and °F, sq km and hectares), and in everyday news use. A far-fetched
 * or rare unit (ft for km, yards, knots) would "explain" too many wrong numbers to be offered.
 */
function unitsLike(unit: string): string[] {
  const def = getUnit(unit);
  if (!def || def.standalone) return [];
  return UNITS.filter((u) => u.dimension === def.dimension && !u.standalone && !RARE.has(u.id) && similarSize(unit, u.id)).map((u) => u.id);
}

const RARE = new Set(["yd", "nmi", "mm", "yd2", "oz", "st", "g", "ml", "bbl", "kn", "mps", "K"]);

function similarSize(a: string, b: string): boolean {
  if (getUnit(a)?.reciprocal || getUnit(b)?.reciprocal) return true;
  const one = convert(1, a, b);
  const two = convert(2, a, b);
  if (one === null || two === null) return false;
  const slope = Math.abs(two - one);
  return slope >= 0.01 && slope <= 100;
}

/**
 * A suggested slip must fit closely, not just within a round number's slack: Y read to its last
 * digit (6 as 5.5 to 6.5), or within 3%. "5 metres (5 feet)" is not "really" 5 m = 5.47 yd.
 */
const CLOSE_FIT = 0.03;

function lastDigitHalf(value: number): number {
  return Number.isInteger(value) ? 0.5 : inferStep(value) / 2;
}

/** How far X in `first` converted to `second` lands from Y, relative; null when it does not fit. */
function miss(x: number, y: Claim & { value: number }, first: string, second: string): number | null {
  const converted = convert(x, first, second);
  if (converted === null) return null;
  const error = Math.abs(converted - y.value) / Math.max(Math.abs(y.value), 1e-9);
  const fits = Math.abs(converted - y.value) <= lastDigitHalf(y.value) * (1 + 1e-9) || error <= CLOSE_FIT;
  return fits ? error : null;
}

/** Two slipped units only count when they are the same two units swapped. */
function kindOf(x: Claim, y: Claim, first: string, second: string): UnitSlip["which"] | null {
  if (first !== x.unit && second !== y.unit) return first === y.unit && second === x.unit ? "swapped" : null;
  return first !== x.unit ? "first" : "second";
}

const PREFERENCE: Record<UnitSlip["which"], number> = { first: 0, second: 0, swapped: 1 };

/**
 * The unit pair that makes Y the conversion of X, preferring one slipped unit over a swap, then
 * the closest fit; null when no pair of units of that dimension explains the numbers.
 * @example findUnitSlip(thirtyMile, eighteenPointSixMile) // { which: "first", firstUnit: "km", secondUnit: "mi" }
 */
export function findUnitSlip(x: Claim, y: Claim): UnitSlip | null {
  if (typeof x.value !== "number" || typeof y.value !== "number" || !x.unit || !y.unit) return null;
  const target = y as Claim & { value: number };
  let best: { slip: UnitSlip; rank: number; error: number } | null = null;
  for (const first of unitsLike(x.unit)) {
    for (const second of unitsLike(y.unit)) {
      // A unit restated in itself is no conversion, so it cannot be what the writer meant.
      if (first === second || (first === x.unit && second === y.unit)) continue;
      const error = miss(x.value, target, first, second);
      if (error === null) continue;
      const which = kindOf(x, y, first, second);
      if (which === null) continue;
      const rank = PREFERENCE[which];
      if (!best || rank < best.rank || (rank === best.rank && error < best.error)) {
        best = { slip: { which, firstUnit: first, secondUnit: second }, rank, error };
      }
    }
  }
  return best?.slip ?? null;
}
