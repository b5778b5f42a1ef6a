import type { Dimension } from "../../../model.js";

/**
 * Measures a slip puts in each other's place inside a conversion's brackets, so the pair is
 * still read as one and the checker can say the two measure different things: a speed given
 * as a fuel economy ("40 miles per hour (17 kilometers per liter)", AP copy on Fox, 2009), an
 * area as a length ("1 million square kilometers (390,000 miles)"), a volume as an area.
 */
export const CONFUSED_DIMENSIONS: readonly (readonly [Dimension, Dimension])[] = [
  ["speed", "fuelEconomy"],
  ["length", "area"],
  ["area", "volume"],
];
