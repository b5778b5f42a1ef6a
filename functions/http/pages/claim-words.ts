import type { Claim, Qualifier } from "../../../core/index.js";

const QUALIFIER_WORDS: Record<Qualifier, string> = {
  exact: "as stated",
  approx: "approximately",
  atLeast: "at least",
  atMost: "at most",
  range: "a range",
};

function number(value: number): string {
  return value.toLocaleString("en-US", { maximumFractionDigits: 6 });
}

/**
 * The value as an editor would say it: "30 mi", "450–500 person", "2022-11-13".
 * @example claimValue(claim) // "3,600,000 person"
 */
export function claimValue(claim: Claim): string {
  const unit = claim.unit ? ` ${claim.unit}` : "";
  if (claim.qualifier === "range" && claim.low !== undefined && claim.high !== undefined) {
    return `${number(claim.low)}–${number(claim.high)}${unit}`;
  }
  const value = typeof claim.value === "number" ? number(claim.value) : claim.value;
  return `${value}${unit}`;
}

/**
 * Everything the checker read from one claim, in one line for the hover and focus tip:
 * kind, value and unit, qualifier (with its words), subject, modality and when it holds.
 * @example describeClaim(claim) // "quantity · 30 mi · as stated · about: deep security strip · asserted · as of 2023-01-11"
 */
export function describeClaim(claim: Claim): string {
  const qualifier = QUALIFIER_WORDS[claim.qualifier] + (claim.qualifierText ? ` (“${claim.qualifierText}”)` : "");
  const parts = [claim.kind, claimValue(claim), qualifier];
  const about = claim.subject?.text.trim() || claim.subject?.key;
  parts.push(about ? `about: ${about}` : "subject not identified");
  parts.push(claim.modality);
  if (claim.asOf) parts.push(`as of ${claim.asOf}`);
  return parts.join(" · ");
}
