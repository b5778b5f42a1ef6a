import type { Claim } from "../model.js";
import { convert, getUnit } from "../units/index.js";
import { isTally } from "./tally.js";
import { LIMIT_MEASURES } from "./data/frame-classes.js";

/**
 * A claim read as the set of values it allows, in its own unit. Comparison is interval overlap,
 * so the precision a number was written with and its qualifier ("more than", "about") decide
 * what counts as a disagreement. Endpoints may be infinite (half-lines).
 */
export interface Interval {
  low: number;
  high: number;
}

/** Share of the value a round number written without "about" may be off by (kept between its readings). */
const ROUGHLY = 0.1;

/** Qualifier words that put the true value below the number ("almost 2 million") or above it. */
const BELOW = /^(almost|nearly|just under|just shy of|close to|approaching|not quite)$/i;
const ABOVE = /^(just over|just above|a little over|slightly more than)$/i;

/**
 * The resolution a number was written with, when the extractor did not say: 18.6 -> 0.1,
 * 30 -> 10, 3600000 -> 100000. Twelve significant digits wash out float noise.
 * @example inferStep(18.6) // 0.1
 */
export function inferStep(value: number): number {
  if (!Number.isFinite(value) || value === 0) return 1;
  const written = Math.abs(value).toPrecision(12);
  if (written.includes("e")) return 10 ** Math.floor(Math.log10(Math.abs(value)));
  const [whole = "", fraction = ""] = written.split(".");
  const decimals = fraction.replace(/0{1,12}$/, "").length;
  if (decimals > 0) return 10 ** -decimals;
  const zeros = /0{1,20}$/.exec(whole)?.[0].length ?? 0;
  return 10 ** Math.min(zeros, whole.length - 1);
}

/**
 * Half the uncertainty of a number as written. A round number ("30", "2 million") could be
 * meant to the last digit or to its leading digit; 10% of the value, kept between those two
 * readings, stops "100 km" from meaning anything from 50 to 150 km while still letting
 * "500 miles (806 km)" and "9 meters (30 feet)" pass.
 * @example writtenHalfWidth(18.6) // 0.05
 * @example writtenHalfWidth(30) // 3
 */
export function writtenHalfWidth(value: number, step?: number): number {
  const given = step !== undefined && Number.isFinite(step) && step > 0 ? step : 0;
  const resolution = Math.max(given, inferStep(value));
  if (resolution < 10) return resolution / 2;
  return clamp(Math.abs(value) * ROUGHLY, resolution / 20, resolution / 2);
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(Math.max(value, low), high);
}

function finite(value: unknown): value is number {
  return typeof value === "number" && Number.isFinite(value);
}

/**
 * A single number as written: 30 -> [27, 33], 18.6 -> [18.55, 18.65].
 * @example around(18.6) // { low: 18.55, high: 18.65 }
 */
export function around(value: number, step?: number): Interval {
  const half = writtenHalfWidth(value, step);
  return { low: value - half, high: value + half };
}

/** The least an "about" allows on a figure written to two or more significant digits: "about 45" is not "exactly 44 to 46". */
const APPROX_FLOOR = 0.025;
/** The most an "about" allows on a one-digit round figure: "about 1,000" is 800 to 1,200, not 500 to 1,500. */
const ROUND_CEILING = 0.2;

/**
 * How far an "about" reaches, from the precision the figure was written with: "about 3.6
 * million" is 3.5 to 3.7 million (one unit of its last digit), not a tenth either way, so "some
 * 3.2 million" and "about 3.6 million" disagree. A one-digit round figure ("about 2 million",
 * "some 300") is read to half its digit, at most a fifth of the value.
 * @example approxHalfWidth(3_600_000) // 100000
 * @example approxHalfWidth(300) // 50
 */
export function approxHalfWidth(value: number, step?: number): number {
  const given = step !== undefined && Number.isFinite(step) && step > 0 ? step : 0;
  const resolution = Math.max(given, inferStep(value));
  const size = Math.abs(value);
  if (size / resolution < 10) return Math.min(resolution / 2, size * ROUND_CEILING);
  return Math.max(resolution, size * APPROX_FLOOR);
}

function approximately(claim: Claim, value: number): Interval {
  const tolerance = approxHalfWidth(value, claim.step);
  const words = (claim.qualifierText ?? "").trim();
  if (BELOW.test(words)) return { low: value - tolerance, high: value };
  if (ABOVE.test(words)) return { low: value, high: value + tolerance };
  return { low: value - tolerance, high: value + tolerance };
}

/**
 * An order of magnitude ("thousands", "several hundred", "hundreds of thousands"): from its
 * lowest plausible value up to ten of its scale, since "thousands" is not tens of thousands.
 */
function vagueInterval(claim: Claim, value: number): Interval {
  const scale = finite(claim.step) && claim.step > 0 ? claim.step : inferStep(value);
  const low = finite(claim.low) ? claim.low : value;
  return { low, high: Math.max(low, scale * 10) };
}

function ranged(claim: Claim, value: number): Interval {
  const a = finite(claim.low) ? claim.low : value;
  const b = finite(claim.high) ? claim.high : value;
  const [low, high] = a <= b ? [a, b] : [b, a];
  return { low: low - writtenHalfWidth(low, claim.step), high: high + writtenHalfWidth(high, claim.step) };
}

/** A ceiling of a measure that is itself a limit ("a maximum of 580" of a capacity): the limit's own figure. */
function limitGiven(claim: Claim): boolean {
  return LIMIT_MEASURES.has(claim.subject?.frame?.measure.id.split(".")[0] ?? "");
}

/**
 * The values a numeric claim allows, in its own unit; null for dates and non-numbers.
 * Bounds of "more than" and "no further than" are taken as written: a limit is a limit.
 * @example claimInterval({ value: 3600000, qualifier: "exact", ... }) // { low: 3550000, high: 3650000 }
 */
export function claimInterval(claim: Claim): Interval | null {
  const value = claim.value;
  if (!finite(value)) return null;
  if (claim.vague) return vagueInterval(claim, value);
  switch (claim.qualifier) {
    case "atLeast": return { low: finite(claim.low) ? claim.low : value, high: Infinity };
    case "atMost": return limitGiven(claim) ? around(value, claim.step) : { low: -Infinity, high: finite(claim.high) ? claim.high : value };
    case "approx": return approximately(claim, value);
    case "range": return ranged(claim, value);
    default: return isTally(claim) ? { low: value - 0.5, high: value + 0.5 } : around(value, claim.step);
  }
}

/**
 * An interval moved into another unit; null when the units do not convert. Reciprocal units
 * (L/100 km) turn an interval around, so the ends are re-sorted; an open end stays open only
 * between proportional units.
 */
export function convertInterval(interval: Interval, from: string | undefined, to: string | undefined): Interval | null {
  if (from === to) return interval;
  if (from === undefined || to === undefined) return null;
  const reciprocal = Boolean(getUnit(from)?.reciprocal) !== Boolean(getUnit(to)?.reciprocal);
  const ends = [interval.low, interval.high].map((end) => convertEnd(end, from, to, reciprocal));
  const [a, b] = ends;
  if (a === null || b === null || a === undefined || b === undefined) return null;
  return a <= b ? { low: a, high: b } : { low: b, high: a };
}

function convertEnd(end: number, from: string, to: string, reciprocal: boolean): number | null {
  if (Number.isFinite(end)) return convert(end, from, to);
  if (reciprocal || Number.isNaN(end)) return null;
  return convert(1, from, to) === null ? null : end;
}

/** Width of the common part; negative when the intervals are apart by that much. */
export function overlap(a: Interval, b: Interval): number {
  return Math.min(a.high, b.high) - Math.max(a.low, b.low);
}

function slack(a: Interval, b: Interval): number {
  const sizes = [a.low, a.high, b.low, b.high].filter(Number.isFinite).map(Math.abs);
  return 1e-9 * Math.max(1, ...sizes);
}

/**
 * Whether two readings cannot both be true. Touching counts as apart: 3.5 million
 * ([3.45M, 3.55M]) and 3.6 million ([3.55M, 3.65M]) are two different figures.
 * @example incompatible({ low: 3.45e6, high: 3.55e6 }, { low: 3.55e6, high: 3.65e6 }) // true
 */
export function incompatible(a: Interval, b: Interval): boolean {
  return overlap(a, b) <= slack(a, b);
}

/**
 * Whether one figure can be a rounded restatement of the other: touching is enough, because a
 * conversion rounded to the last digit lands exactly on the edge.
 */
export function restates(a: Interval, b: Interval): boolean {
  return overlap(a, b) >= -slack(a, b);
}
