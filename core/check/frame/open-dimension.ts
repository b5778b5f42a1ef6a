import type { Frame } from "../../model.js";
import dimensions from "../../extract/subject/data/thing-dimensions.js";
import { namedMeasure } from "./named-measure.js";

const FLOORS = "floors";

/** The dimensions a figure's words may name with no thing: "1.25 meters wide", "the 15-storey Plasco building" (its name in the scope). */
const DIMENSIONS: ReadonlySet<string> = new Set([...Object.values(dimensions.after), ...Object.values(dimensions.before)]);

/**
 * The dimension a measure of a thing gives, when it is one a figure may give with no thing:
 * `width.bridge` -> `width`; undefined for a bare dimension, a count, a dimension of none.
 * @example dimensionOfThing("width.bridge") // "width"
 */
export function dimensionOfThing(measure: string): string | undefined {
  const dot = measure.indexOf(".");
  const dimension = dot > 0 ? measure.slice(0, dot) : undefined;
  return dimension !== undefined && DIMENSIONS.has(dimension) ? dimension : undefined;
}

/** Whether a measure is a dimension alone: "width", "floors". */
export function isDimension(measure: string): boolean {
  return DIMENSIONS.has(measure);
}

/** `dimensionOfThing` of a physical dimension: a length, a width, an area, not storeys. */
export function physicalDimensionOf(measure: string): string | undefined {
  const dimension = dimensionOfThing(measure);
  return dimension === FLOORS ? undefined : dimension;
}

/**
 * A dimension with no thing ("This bridge, 1.25 meters wide": `width`) agrees with the same
 * dimension of a thing the other's words name ("a 4.6 feet wide suspension bridge": `width.bridge`);
 * whether the two are one thing is then the scope's and the story's to say, as for any figure.
 * Floors with no thing are some floors ("homes on three floors above") unless a named thing's
 * ("the 15-storey Plasco building").
 * @example openThing("width", frameOfWidth, "width.bridge") // true
 */
export function openThing(bare: string, frame: Frame, named: string): boolean {
  if (!DIMENSIONS.has(bare) || dimensionOfThing(named) !== bare) return false;
  return bare !== FLOORS || namedMeasure(frame);
}
