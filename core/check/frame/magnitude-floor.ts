import type { Claim } from "../../model.js";

/**
 * An order of magnitude told in words ("thousands", "tens of thousands", "dozens", "hundreds") says
 * how many at least, not at most: "Six Dead, Thousands Displaced as Cyclone Jude Strikes" over "tens
 * of thousands have been displaced" is one count told loosely, not two. So a worded magnitude
 * agrees with any figure that reaches its low end; "dozens" and "14" still disagree.
 */

/** A figure told only as an order of magnitude, no digits: "Thousands", "tens of thousands". */
export function wordedMagnitude(claim: Claim): boolean {
  return claim.vague === true && claim.qualifier === "range" && typeof claim.low === "number" && !/\d/u.test(claim.text);
}

/**
 * Whether one of two figures is a worded magnitude the other reaches: the other's highest value
 * is at least its low end.
 * @example reachesMagnitude(thousands, tensOfThousands) // true
 */
export function reachesMagnitude(a: Claim, b: Claim): boolean {
  const reaches = (magnitude: Claim, other: Claim) => wordedMagnitude(magnitude) && typeof other.value === "number"
    && Math.max(other.value, other.high ?? other.value) >= (magnitude.low as number);
  return reaches(a, b) || reaches(b, a);
}
