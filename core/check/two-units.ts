import type { Claim } from "../model.js";
import { convert } from "../units/index.js";
import { around, claimInterval, type Interval } from "./interval.js";

/**
 * Two figures of one thing written in two units ("approximately 280 kilometers east of Kampala"
 * and "approximately 190 miles east of Kampala"): one outlet converted the other's figure, or
 * both converted a third. Either way a figure converted into the other unit lands where the
 * other's written precision puts it, or one of them is wrong: 190 miles is 306 km, outside what
 * "approximately 280 km" allows (270-290), and 280 km is 174 miles, outside 180-200 miles. So
 * the two disagree though their widened readings touch. Bounds, ranges and vague figures
 * ("more than", "between", "hundreds") say too little of a value to be a conversion's source.
 */

/** Figures that state one value: exact or "about". */
const POINT: ReadonlySet<string> = new Set(["exact", "approx"]);

const inside = (value: number | null, interval: Interval) => value !== null && value >= interval.low && value <= interval.high;

/**
 * Whether neither figure, converted, lands inside the other's written reading (`x` and `y`,
 * each in its own unit `ux`, `uy`). False when the units are one or do not convert.
 * @example neitherConverts(km280, mi190, { low: 270, high: 290 }, { low: 180, high: 200 }, "km", "mi") // true
 */
export function neitherConverts(a: Claim, b: Claim, x: Interval, y: Interval, ux: string | undefined, uy: string | undefined): boolean {
  if (ux === undefined || uy === undefined || ux === uy) return false;
  if (typeof a.value !== "number" || typeof b.value !== "number" || a.vague || b.vague) return false;
  if (!POINT.has(a.qualifier) || !POINT.has(b.qualifier)) return false;
  const [there, back] = [convert(a.value, ux, uy), convert(b.value, uy, ux)];
  if (there === null || back === null) return false;
  return !inside(there, y) && !inside(back, x);
}

/**
 * A figure's reading when it may be another unit's figure converted: converters round to five
 * ("sustained winds of 105 mph (165 kph)": 90 knots is 104 mph and 167 km/h), so an exact whole
 * figure ending in 5 is read to the nearest five. Only between two units: alone, "165" is 165.
 * @example convertedReading(claim("165 kilometers per hour")) // { low: 162.5, high: 167.5 }
 */
export function convertedReading(claim: Claim): Interval | null {
  const value = claim.value;
  const roundedToFive = typeof value === "number" && Number.isInteger(value) && Math.abs(value) >= 15 && Math.abs(value) % 10 === 5;
  return roundedToFive && claim.qualifier === "exact" && !claim.vague ? around(value, 5) : claimInterval(claim);
}
