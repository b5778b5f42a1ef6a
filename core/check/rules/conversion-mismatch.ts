import type { Claim, Finding } from "../../model.js";
import { convert, getUnit } from "../../units/index.js";
import { makeFinding } from "../finding.js";
import { imperialReadings } from "../gallons.js";
import { around, convertInterval, overlap, restates, type Interval } from "../interval.js";
import { PHYSICAL } from "../pairs.js";
import type { CheckContext, CheckRule } from "../rule.js";
import { dimensionExplanation, valueExplanation } from "./conversion-explanation.js";
import { moneyMismatch } from "./money-conversion.js";
import { asDifference, convertChange, exactOriginal, isChangeAmount, namedScale, notConverted, numeric, type Numeric, significantFigures, writtenReach, writtenStep } from "./conversion-precision.js";

/**
 * "X unit (Y unit)" where Y is not X converted, within the precision both were written with.
 * A correct rounded conversion ("30 km (18.6 miles)", "500 miles (806 km)") never fires.
 */

const NAME = "conversion-mismatch";

/** The ends to compare: both ends of two ranges separately, otherwise the whole intervals (the conversion's own bound kept). */
function ends(claim: Numeric, pairedWithRange: boolean, conversion: boolean, other: Numeric): Interval[] {
  if (pairedWithRange && claim.qualifier === "range" && typeof claim.low === "number" && typeof claim.high === "number") {
    return [around(claim.low, claim.step), around(claim.high, claim.step)];
  }
  const whole = writtenReach(claim, conversion, other);
  return whole ? [whole] : [];
}

function scaled(interval: Interval, factor: number): Interval {
  return factor === 1 ? interval : { low: interval.low * factor, high: interval.high * factor };
}

/**
 * The least share of the narrower reading two readings must have in common: "1.6 miles (2.7km)"
 * and "5.6km (3.4 miles)" meet only at the very edge of their roundings (a true 2.652 km prints
 * as both), where a conversion computed from the figure as printed lands well inside.
 */
const LEAST_SHARED = 0.2;

function sharedEnough(a: Interval, b: Interval): boolean {
  if (!restates(a, b)) return false;
  const narrower = Math.min(a.high - a.low, b.high - b.low);
  return !(narrower > 0 && Number.isFinite(narrower)) || overlap(a, b) >= LEAST_SHARED * narrower;
}

/**
 * The least share of its value a conversion computed from an exact original may be off by and
 * still restate it: "34.8 inches (883.8 mm)" is 883.9 mm to the tenth, a slip in a digit no reader
 * uses (the millimetres were likely the source, rounded to inches), while "44-pound
 * (19.75-kilogram)" is a whole percent off 19.96 kg.
 */
const POINT_FLOOR = 0.005;

/** What a computed conversion may be, taken from an exact original: one step of its last digit, and never less than POINT_FLOOR of it. */
function pointReach(y: Numeric): Interval {
  const reach = Math.max(writtenStep(y), Math.abs(y.value) * POINT_FLOOR);
  return { low: y.value - reach, high: y.value + reach };
}

/** Y restates X, end by end, under one reading of each unit. */
function consistentAs(x: Numeric, y: Numeric, fx: number, fy: number): boolean {
  const bothRanges = x.qualifier === "range" && y.qualifier === "range";
  const point = exactOriginal(x, y);
  const delta = isChangeAmount(x, y) && getUnit(x.unit)?.dimension === "temperature";
  const xs = ends(x, bothRanges, false, y)
    .map((end) => (point ? { low: x.value, high: x.value } : end))
    .map((end) => (delta ? convertChange(scaled(end, fx), x.unit, y.unit) : convertInterval(scaled(end, fx), x.unit, y.unit)));
  // A computed conversion may be truncated rather than rounded: one step of its last digit either way.
  // A conversion cut to fewer figures than its original may be cut down rather than rounded
  // ("70.2 kilometers (43 miles)" for 43.6): up to one step above it is still a restatement.
  const truncated = (end: Interval): Interval => (y.qualifier === "exact" && !bothRanges && significantFigures(y) < significantFigures(x) ? { low: end.low, high: Math.max(end.high, y.value + writtenStep(y)) } : end);
  const ys = point ? [pointReach(y)].map((end) => scaled(end, fy)) : ends(y, bothRanges, true, x).map(truncated).map((end) => scaled(end, fy));
  if (xs.length !== ys.length || xs.some((end) => end === null)) return true;
  return xs.every((end, i) => (point ? restates : sharedEnough)(end as Interval, ys[i] as Interval));
}

function consistent(x: Numeric, y: Numeric): boolean {
  return imperialReadings(x.unit).some((fx) => imperialReadings(y.unit).some((fy) => consistentAs(x, y, fx, fy)));
}

/** Between the parts of a compound measure: "6ft 4in", "5 feet, 8 inches", "3 kg and 200 g". */
const COMPOUND_GAP = /^(?:\s{0,2}|\s{0,2},\s{0,2}|\s{1,2}and\s{1,2})$/;

/**
 * "6ft 4in (1.93m)": the bracket restates the whole "6ft 4in", while the extractor may tie it to
 * "4in" alone. The larger part just before X, in the same dimension, is added back in.
 */
function compound(x: Numeric, claims: readonly Claim[], body: string): Numeric | null {
  const part = claims.find((c) => numeric(c) && c.end <= x.start && COMPOUND_GAP.test(body.slice(c.end, x.start)));
  if (!part || !numeric(part) || part.qualifier !== "exact" || x.qualifier !== "exact") return null;
  const inX = convert(part.value, part.unit, x.unit);
  if (inX === null || inX <= Math.abs(x.value)) return null;
  return { ...x, value: inX + x.value, step: writtenStep(x) };
}

function mismatch(x: Numeric, y: Numeric, explanation: string): Finding {
  return makeFinding({ rule: NAME, kind: "conversion-mismatch", severity: "contradiction", claims: [x, y], explanation });
}

function checkPair(x: Numeric, y: Numeric, claims: readonly Claim[], body: string): Finding | null {
  [x, y] = [namedScale(x, y), namedScale(y, x)];
  const dx = getUnit(x.unit)?.dimension;
  const dy = getUnit(y.unit)?.dimension;
  if (dx === "money" && dy === "money") {
    const slip = moneyMismatch(x, y);
    return slip ? mismatch(x, y, slip) : null;
  }
  // Only measures with a unit table behind them convert; a "(10%)" after a count is not a conversion.
  if (!dx || !dy || !PHYSICAL.has(dx) || !PHYSICAL.has(dy)) return null;
  if (dx !== dy) return mismatch(x, y, dimensionExplanation(x, y, dx, dy));
  x = asDifference(x, y, body);
  if (!notConverted(x, y) && consistent(x, y)) return null;
  const whole = compound(x, claims, body);
  if (whole && consistent(whole, y)) return null;
  return mismatch(x, y, valueExplanation(x, y));
}

/**
 * @example conversionMismatch.check(context) // [] for "30 km (18.6 miles)"; one contradiction for "30-mile (18.6-mile)"
 */
export const conversionMismatch: CheckRule = {
  name: NAME,
  check({ article, claims }: CheckContext): Finding[] {
    const byId = new Map(claims.map((claim) => [claim.id, claim]));
    const findings: Finding[] = [];
    for (const y of claims) {
      const x = y.conversionOf === undefined ? undefined : byId.get(y.conversionOf);
      if (x === y || !numeric(x) || !numeric(y)) continue;
      const finding = checkPair(x, y, claims, article.body);
      if (finding) findings.push(finding);
    }
    return findings;
  },
};
