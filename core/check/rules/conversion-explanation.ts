import type { Claim, Dimension } from "../../model.js";
import { convert, getUnit } from "../../units/index.js";
import { describeAmount, quote, unitName } from "../describe.js";
import { findUnitSlip, type UnitSlip } from "./unit-slip.js";
import { convertChange, exactOriginal, isChangeAmount, type Numeric, significantFigures, writtenStep } from "./conversion-precision.js";

/**
 * What a conversion finding tells the editor: the pair as printed, what the first figure converts
 * to, and the likely slip (a unit confused, a conversion never done, a precision overstated).
 */

const DIMENSION_WORDS: Partial<Record<Dimension, string>> = {
  length: "a length", area: "an area", volume: "a volume", mass: "a weight",
  speed: "a speed", fuelEconomy: "a fuel economy", temperature: "a temperature",
};

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

/** Why a figure's conversion does not restate it, and what to check. */
export function valueExplanation(x: Numeric, y: Numeric): string {
  const slip = findUnitSlip(x, y);
  const special = slip ? null : specialSentence(x, y);
  return special ? `${pairText(x, y)}: ${special}. Check both figures against the source.` : `${pairText(x, y)}: ${mismatchSentence(x, y, slip)}. ${slipSentence(x, y, slip)}`;
}

/** A conversion into a measure of another kind: "40 miles per hour (17 kilometers per liter)". */
export function dimensionExplanation(x: Numeric, y: Numeric, dx: Dimension, dy: Dimension): string {
  return `${pairText(x, y)}: ${describeAmount(x.value, x.unit)} is ${DIMENSION_WORDS[dx]} (${unitName(x.unit)}) `
    + `but ${describeAmount(y.value, y.unit)} is ${DIMENSION_WORDS[dy]} (${unitName(y.unit)}): they measure different things, so one cannot restate the other.`;
}
