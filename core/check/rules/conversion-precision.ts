import type { Claim } from "../../model.js";
import { convertDifference, getUnit } from "../../units/index.js";
import { inferStep, type Interval } from "../interval.js";

/**
 * How exact a figure and its conversion were written, and whether they are a difference of
 * temperatures: what the conversion rule needs to know before it converts one into the other.
 */

export type Numeric = Claim & { value: number; unit: string };

/** A claim with a finite number and a unit: the only kind a conversion is read between. */
export function numeric(claim: Claim | undefined): claim is Numeric {
  return claim !== undefined && typeof claim.value === "number" && Number.isFinite(claim.value) && typeof claim.unit === "string";
}

/** The step a figure was written to: its own, or what its digits show. */
export function writtenStep(claim: Numeric): number {
  return Math.max(claim.step ?? 0, inferStep(claim.value));
}

/** Significant figures as written: 19.75 (step 0.01) has 4, 44 (step 1) has 2, 3,600 (step 100) has 2. */
export function significantFigures(claim: Numeric): number {
  const step = writtenStep(claim);
  if (claim.value === 0 || !(step > 0)) return 1;
  return Math.floor(Math.log10(Math.abs(claim.value))) - Math.round(Math.log10(step)) + 1;
}

/**
 * "44-pound (19.75-kilogram)": a conversion written to more figures than its original was
 * computed from the original taken as exact, so the original is read as a point and the
 * conversion's own rounding is the only tolerance (44 lb is 19.96 kg: the slip is real). A
 * conversion as rounded as its original ("30 km (18.6 miles)") keeps the original's rounding.
 */
export function exactOriginal(x: Numeric, y: Numeric): boolean {
  // Decimals and three figures or more: a computed conversion, not a rounded one ("806 km" for 500 miles is rounded).
  return x.qualifier === "exact" && y.qualifier === "exact" && writtenStep(y) < 1 && significantFigures(y) >= 3 && significantFigures(y) > significantFigures(x);
}

/** "a rise of 2.5C (4.5F)": the amount of a change converts without the scale's zero offset. */
export function convertChange(interval: Interval, from: string, to: string): Interval | null {
  const a = convertDifference(interval.low, from, to);
  const b = convertDifference(interval.high, from, to);
  if (a === null || b === null) return null;
  return a <= b ? { low: a, high: b } : { low: b, high: a };
}

export function isChangeAmount(x: Numeric, y: Numeric): boolean {
  return x.change?.role === "by" || y.change?.role === "by";
}

/** After a temperature and its conversion: "20 to 40 degrees Fahrenheit (11 to 22 degrees Celsius) below average". */
const FROM_NORM = /^[\s)\]]{0,3}(?:(?:above|below)\s{1,2}(?:the\s{1,2})?(?:average|normal|norm|seasonal|usual|long-term)|(?:warmer|colder|cooler|hotter)\b)/i;

/**
 * A temperature measured from a norm ("8 to 12 degrees above normal", "5C warmer") is a
 * difference, converted without the scale's zero offset, even where no change word made it one.
 */
export function asDifference(x: Numeric, y: Numeric, body: string): Numeric {
  if (isChangeAmount(x, y) || getUnit(x.unit)?.dimension !== "temperature") return x;
  if (!FROM_NORM.test(body.slice(Math.max(x.end, y.end), Math.max(x.end, y.end) + 40))) return x;
  return { ...x, change: { direction: "up", role: "by", text: "" } };
}
