import { relatedByIndex } from "../../core/check/claim-index.js";
import type { Claim } from "../../core/model.js";

/**
 * Which stored claims the corpus runner hands to a check: exactly those the store would return
 * (the claim index's keys and time windows, core/check/claim-index.ts).
 */
export function relatedClaims(own: readonly Claim[], stored: readonly Claim[]): Claim[] {
  return relatedByIndex([...own], [...stored]);
}
