import type { Dimension } from "../model.js";

/**
 * One row of the unit table. A value in this unit becomes the dimension's base unit as
 * `value * factor + offset` (base units: m, m2, m3, kg, m/s, km/L, K, s), or as
 * `factor / value` for `reciprocal` units (L/100km: less fuel per distance is more distance per fuel).
 */
export interface UnitDef {
  /** Canonical id: "mi", "km2", "USD", "person". */
  id: string;
  dimension: Dimension;
  /** Factor to the dimension's base unit; squared and cubed factors are baked in. */
  factor: number;
  /** Added after the factor: only temperature has one. */
  offset?: number;
  /** The value is inversely proportional to the base (L/100km against km/L). */
  reciprocal?: boolean;
  /**
   * Converts to nothing but itself: currencies (rates change daily and are not ours to guess)
   * and percentage points (not a percent of anything).
   */
  standalone?: boolean;
  /** Normalized spellings the extractor recognizes: lowercase, dots dropped, hyphens as spaces. */
  names: string[];
  /** How explanations print it: "km", "sq mi", "°C", "$". */
  symbol: string;
  /** Print the symbol before the number ("$12,000"), not after. */
  prefix?: boolean;
  /** For counts: the plural to print ("people"). */
  plural?: string;
}
