import type { Claim } from "../../model.js";
import { asserts, isNumeric } from "../pairs.js";

/**
 * A report's own figures as a list or a section reads them: numbers it asserts, not another
 * figure's conversion ("50 km (31 miles)" is one figure), so a series or a section counts each
 * value once.
 * @example statedFigures(extractClaims(article)) // every asserted number, conversions left out
 */
export function statedFigures(claims: readonly Claim[]): Claim[] {
  return claims.filter((claim) => isNumeric(claim) && asserts(claim) && claim.conversionOf === undefined);
}
