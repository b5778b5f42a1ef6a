import type { Claim } from "../../model.js";
import { convert, convertDifference, getUnit } from "../../units/index.js";
import { around, claimInterval, inferStep, type Interval, writtenHalfWidth } from "../interval.js";

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

/**
 * After a temperature and its conversion: "20 to 40 degrees Fahrenheit (11 to 22 degrees Celsius) below average",
 * "1.55 degrees Celsius (35 degrees Fahrenheit) above the 1850-1900 average", "1.5C (2.7F) above pre-industrial levels".
 */
const FROM_NORM = /^[\s)\]]{0,3}(?:(?:above|below)\s{1,2}(?:the\s{1,2})?(?!sea\s)(?:[\w-]{1,20}\s{1,2}){0,2}(?:average|normal|norm|seasonal|usual|long-term|levels?|baseline)\b|(?:warmer|colder|cooler|hotter)\b)/i;

/**
 * Before a temperature: an amount something changed or was beaten by ("shattered the previous
 * mark set in 2014 by 0.23 degrees Fahrenheit (0.13 Celsius)", Washington Post, 2016; "rose by
 * about 1.1C (2F)"): a difference. A verb or noun of change must come first: "hit by 45C (113F)
 * heat" is a temperature.
 */
const BY_AMOUNT = /\b(?:ris\w*|rose|increas\w*|fell|fall\w*|drop\w*|warm\w*|cool\w*|exceed\w*|beat\w*|broke\w*|shatter\w*|topp\w*|surpass\w*|rais\w*|lower\w*|climb\w*|jump\w*|decreas\w*|reduc\w*|record|mark|average)\b[^.;:!?]{0,60}\bby\s{1,2}(?:(?:about|around|some|roughly|nearly|almost|over|more\s{1,2}than|less\s{1,2}than|up\s{1,2}to|a\s{1,2}further|another)\s{1,2})?$/i;

/**
 * A temperature measured from a norm ("8 to 12 degrees above normal", "5C warmer") is a
 * difference, converted without the scale's zero offset, even where no change word made it one; so is one told as what
 * something changed by.
 */
export function asDifference(x: Numeric, y: Numeric, body: string): Numeric {
  if (isChangeAmount(x, y) || getUnit(x.unit)?.dimension !== "temperature") return x;
  const before = BY_AMOUNT.test(body.slice(Math.max(0, Math.min(x.start, y.start) - 100), Math.min(x.start, y.start)));
  if (!before && !FROM_NORM.test(body.slice(Math.max(x.end, y.end), Math.max(x.end, y.end) + 40))) return x;
  return { ...x, change: { direction: "up", role: "by", text: "" } };
}

/** Significant figures from which a last digit 5 may be a rounding to five: "105 miles (165 km)", not "15 miles". */
const FIVES_FROM = 3;

/** Whether a figure is a whole number of fives in its last place: 165, 150, 90, 2.5; not 147. */
function inFives(claim: Numeric): boolean {
  const unit = Math.min(writtenStep(claim), 1);
  return Math.round(Math.abs(claim.value) / unit) % 5 === 0;
}

/** The least share of its value a round figure of a conversion pair may still be off by. */
const ROUND_FLOOR = 0.025;

/**
 * A round figure ("3,000", "100") may be a rough one, a tenth either way, but not once its own
 * conversion is printed finer: "over 3,000 square metres (3,300 square yards)" (The Times, 2006)
 * was converted from 3,000 taken to the nearest hundred, so 3,000 reaches no further than the
 * conversion's own rounding, and never less than 2.5% ("500 miles (806 km)" stays right).
 */
function roundReach(claim: Numeric, other: Numeric): Interval {
  const rounded = around(claim.value, claim.step);
  const size = Math.abs(claim.value);
  if (writtenStep(claim) < 10 || size === 0 || other.value === 0) return rounded;
  const otherShare = writtenHalfWidth(other.value, other.step) / Math.abs(other.value);
  const half = Math.min((rounded.high - rounded.low) / 2, size * Math.max(ROUND_FLOOR, otherShare));
  return { low: claim.value - half, high: claim.value + half };
}

/**
 * How far a figure and its conversion may each be from the true value: the rounding of the
 * digits as printed. The qualifier of a figure and its conversion is one ("up to 15 miles (30
 * km)", "more than 1.55C (35F)"): it bounds what both say, not how one restates the other, so a
 * bound before the pair is read as its written figure; a bound inside the brackets is the
 * conversion's own ("about 9,000 acres (more than 10 square miles)") and stays one. "About"
 * keeps its reach. Where both figures are in fives, three figures ending in 5 may be rounded to
 * five, as hurricane centres round both from nautical miles ("up to 105 miles (165 km)"); a
 * conversion to the unit ("235 kilometers per hour (147 miles per hour)") was computed from the
 * figure as printed, so that figure is read as printed.
 */
export function writtenReach(claim: Numeric, boundOwn: boolean, other: Numeric): Interval | null {
  const bound = claim.qualifier === "atLeast" || claim.qualifier === "atMost";
  if (claim.vague || claim.qualifier === "approx" || claim.qualifier === "range" || (bound && boundOwn)) return claimInterval(claim);
  const rounded = roundReach(claim, other);
  const step = writtenStep(claim);
  const fives = significantFigures(claim) >= FIVES_FROM && Math.round(Math.abs(claim.value) / step) % 10 === 5 && inFives(other);
  return fives ? { low: Math.min(rounded.low, claim.value - 2.5 * step), high: Math.max(rounded.high, claim.value + 2.5 * step) } : rounded;
}

/**
 * "101.3 degrees (38.9 Celsius)" (The Washington Post, 2019): degrees with no scale beside a
 * conversion into one scale are the other scale, as American copy writes Fahrenheit.
 */
export function namedScale(claim: Numeric, other: Numeric): Numeric {
  if (claim.unit !== "deg" || (other.unit !== "C" && other.unit !== "F")) return claim;
  return { ...claim, unit: other.unit === "C" ? "F" : "C" };
}

/** How far apart two units must be for one printed number in both to be a conversion never done. */
const UNDONE_RATIO = 1.5;

/**
 * "20 km (20 miles)", "a centimeter (an inch)": the same number printed in two units that differ
 * by half again or more is a conversion never done, however rough a one-digit figure may be. Units
 * close to each other ("a metre (a yard)") and scales with a zero offset ("-40C (-40F)") are left
 * to the readings.
 */
export function notConverted(x: Numeric, y: Numeric): boolean {
  if (x.value !== y.value || x.unit === y.unit || x.value === 0) return false;
  if (getUnit(x.unit)?.offset || getUnit(y.unit)?.offset) return false;
  const ratio = convert(1, x.unit, y.unit);
  return ratio !== null && ratio > 0 && Math.max(ratio, 1 / ratio) >= UNDONE_RATIO;
}
