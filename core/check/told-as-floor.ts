import type { Claim } from "../model.js";
import { confirmedFloor } from "./counting-toll.js";

/**
 * A figure the same report also gives as a floor, read as that floor: "at least 41 people
 * killed" in the lead and "the deputy prime minister said that 41 people were killed" below are
 * one count told as the count so far, which a later headline's "over 50" does not contradict.
 * @example toldAsFloor(fortyOne, [atLeastFortyOne, fortyOne]).qualifier // "atLeast"
 */
export function toldAsFloor(claim: Claim, claims: readonly Claim[]): Claim {
  if (claim.qualifier !== "exact" || typeof claim.value !== "number") return claim;
  const measure = claim.subject?.frame?.measure.id;
  const floor = claims.find((other) => other !== claim && other.articleId === claim.articleId && other.value === claim.value
    && confirmedFloor(other) && measure !== undefined && other.subject?.frame?.measure.id === measure);
  return floor ? { ...claim, qualifier: "atLeast", qualifierText: floor.qualifierText } : claim;
}
