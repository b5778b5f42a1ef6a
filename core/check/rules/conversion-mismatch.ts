import type { Claim, Dimension, Finding } from "../../model.js";
import { convert, getUnit } from "../../units/index.js";
import { describeAmount, quote, unitName } from "../describe.js";
import { makeFinding } from "../finding.js";
import { imperialReadings } from "../gallons.js";
import { around, convertInterval, overlap, restates, type Interval } from "../interval.js";
import { PHYSICAL } from "../pairs.js";
import type { CheckContext, CheckRule } from "../rule.js";
import { findUnitSlip, type UnitSlip } from "./unit-slip.js";
import { asDifference, convertChange, exactOriginal, isChangeAmount, namedScale, notConverted, numeric, type Numeric, significantFigures, writtenReach, writtenStep } from "./conversion-precision.js";

/**
 * "X unit (Y unit)" where Y is not X converted, within the precision both were written with.
 * A correct rounded conversion ("30 km (18.6 miles)", "500 miles (806 km)") never fires.
 */

const NAME = "conversion-mismatch";

const DIMENSION_WORDS: Partial<Record<Dimension, string>> = {
  length: "a length", area: "an area", volume: "a volume", mass: "a weight",
  speed: "a speed", fuelEconomy: "a fuel economy", temperature: "a temperature",
};

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
  const ys = point ? [{ low: y.value - writtenStep(y), high: y.value + writtenStep(y) }].map((end) => scaled(end, fy)) : ends(y, bothRanges, true, x).map(truncated).map((end) => scaled(end, fy));
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

function pairText(x: Claim, y: Claim): string {
  return quote(`${x.text.trim()} (${y.text.trim().replace(/^\(|\)$/g, "")})`);
}

function amount(value: number | null, unit: string): string {
  return value === null ? "?" : describeAmount(value, unit);
}

/**
 * What the first figure converts to, as a reader would check it: past a thousand, to three
 * significant figures ("1.9 billion cu m is 2.49 billion cu yd", not "2,485,106,176.7 cu yd").
 */
function converted(value: number | null, unit: string): string {
  return amount(value !== null && Math.abs(value) >= 1000 ? Number(value.toPrecision(3)) : value, unit);
}

function mismatchSentence(x: Numeric, y: Numeric, slip: UnitSlip | null): string {
  const X = describeAmount(x.value, x.unit);
  const Y = describeAmount(y.value, y.unit);
  if (x.unit !== y.unit) return `${X} is ${converted(convert(x.value, x.unit, y.unit), y.unit)}, not ${Y}`;
  if (slip && slip.firstUnit !== x.unit) {
    const other = slip.firstUnit;
    return `${X} is ${amount(convert(x.value, x.unit, other), other)}, and ${Y} is ${amount(convert(y.value, y.unit, other), other)}, so the two figures do not match`;
  }
  return `${X} cannot also be ${Y}`;
}

function slipSentence(x: Numeric, y: Numeric, slip: UnitSlip | null): string {
  if (!slip && x.value === y.value && x.unit !== y.unit) {
    return `The same number is given in both units: the conversion was probably not done (${describeAmount(x.value, x.unit)} = ${amount(convert(x.value, x.unit, y.unit), y.unit)}).`;
  }
  if (!slip) return "Check both figures against the source.";
  const fits = `${describeAmount(x.value, slip.firstUnit)} = ${amount(convert(x.value, slip.firstUnit, slip.secondUnit), slip.secondUnit)}`;
  switch (slip.which) {
    case "first": return `The first unit was probably ${unitName(slip.firstUnit)} (${fits}).`;
    case "second": return `The second unit was probably ${unitName(slip.secondUnit)} (${fits}).`;
    default: return `The units are probably swapped (${fits}).`;
  }
}

/** A value printed to the decimals `step` shows: 19.958 with step 0.01 is "19.96", where explanations would say "20". */
function toStep(value: number, unit: string, step: number): string {
  const decimals = Math.max(0, Math.min(6, -Math.floor(Math.log10(step))));
  const symbol = getUnit(unit)?.symbol ?? unit;
  return `${value.toFixed(decimals)}${symbol.startsWith("°") ? "" : " "}${symbol}`;
}

/** The finding's first sentence when precision or a change decided it, or null for the usual one. */
function specialSentence(x: Numeric, y: Numeric): string | null {
  if (x.unit === y.unit) return null;
  const step = writtenStep(y);
  if (isChangeAmount(x, y) && getUnit(x.unit)?.dimension === "temperature") {
    const change = convertChange({ low: x.value, high: x.value }, x.unit, y.unit);
    const level = convert(x.value, x.unit, y.unit);
    if (!change) return null;
    const offset = level !== null && Math.abs(level - y.value) <= step ? ` (${toStep(level, y.unit, step)} is the temperature ${describeAmount(x.value, x.unit)}: the scale's zero offset was added)` : "";
    return `a change of ${describeAmount(x.value, x.unit)} is a change of ${toStep(change.low, y.unit, step)}, not ${describeAmount(y.value, y.unit)}${offset}`;
  }
  if (exactOriginal(x, y)) {
    const converted = convert(x.value, x.unit, y.unit);
    // Only a near miss is about precision; a far one says what the usual sentence says.
    if (converted === null || Math.abs(converted - y.value) > Math.abs(y.value) * 0.05) return null;
    return `${describeAmount(x.value, x.unit)} is ${toStep(converted, y.unit, step)}, not ${toStep(y.value, y.unit, step)}; a conversion given to ${significantFigures(y)} figures was computed from ${describeAmount(x.value, x.unit)} as exact`;
  }
  return null;
}

function valueMismatch(x: Numeric, y: Numeric): Finding {
  const slip = findUnitSlip(x, y);
  const special = slip ? null : specialSentence(x, y);
  return makeFinding({
    rule: NAME, kind: "conversion-mismatch", severity: "contradiction", claims: [x, y],
    explanation: special ? `${pairText(x, y)}: ${special}. Check both figures against the source.` : `${pairText(x, y)}: ${mismatchSentence(x, y, slip)}. ${slipSentence(x, y, slip)}`,
  });
}

function dimensionMismatch(x: Numeric, y: Numeric, dx: Dimension, dy: Dimension): Finding {
  return makeFinding({
    rule: NAME, kind: "conversion-mismatch", severity: "contradiction", claims: [x, y],
    explanation: `${pairText(x, y)}: ${describeAmount(x.value, x.unit)} is ${DIMENSION_WORDS[dx]} (${unitName(x.unit)}) `
      + `but ${describeAmount(y.value, y.unit)} is ${DIMENSION_WORDS[dy]} (${unitName(y.unit)}): they measure different things, so one cannot restate the other.`,
  });
}

function checkPair(x: Numeric, y: Numeric, claims: readonly Claim[], body: string): Finding | null {
  [x, y] = [namedScale(x, y), namedScale(y, x)];
  const dx = getUnit(x.unit)?.dimension;
  const dy = getUnit(y.unit)?.dimension;
  // Only measures with a unit table behind them convert; a "(10%)" after a count is not a conversion.
  if (!dx || !dy || !PHYSICAL.has(dx) || !PHYSICAL.has(dy)) return null;
  if (dx !== dy) return dimensionMismatch(x, y, dx, dy);
  x = asDifference(x, y, body);
  if (!notConverted(x, y) && consistent(x, y)) return null;
  const whole = compound(x, claims, body);
  if (whole && consistent(whole, y)) return null;
  return valueMismatch(x, y);
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
