import type { Claim } from "../../model.js";
import { headOf } from "../pairs.js";

/**
 * A count the text adds to another rather than gives as the total: "three more people died in
 * hospital", "another 20 were wounded", "a further 12 bodies were found", "12 were killed
 * instantly and three other people died of their injuries". It is a part of the toll, never the
 * toll itself, so it is compared with nothing as if it were the same thing.
 */

/** Words right after the number that add it to something counted before ("three more", "20 additional"). */
const ADDED_AFTER = /^\s+(?:more|additional|further|extra)\b/iu;
/** Words right before the number that do the same ("another 20", "a further 12", "an additional 5"). */
const ADDED_BEFORE = /\b(?:another|(?:a|an) (?:further|additional|extra))\s+$/iu;
/**
 * "Other" after the number ("three other people", "40 others") adds to a figure of the same
 * measure named before it; after a figure of another measure ("killing 12 and wounding 40
 * others") it means "other people" and the figure is a total.
 */
const OTHER_AFTER = /^\s+others?\b/iu;

/** How far before an "other" count the figure it adds to may be said. */
const NEAR = 250;

/** How many characters on each side of a claim are read. */
const REACH = 24;

/** The words just before and after a claim: from the body when there is one, else from its subject's words. */
function around(claim: Claim, body?: string): { before: string; after: string } | null {
  if (body !== undefined && Number.isFinite(claim.start) && body.slice(claim.start, claim.end) === claim.text) {
    return { before: body.slice(Math.max(0, claim.start - REACH), claim.start), after: body.slice(claim.end, claim.end + REACH) };
  }
  const words = claim.subject?.text ?? "";
  const at = claim.text === "" ? -1 : words.indexOf(claim.text);
  if (at < 0) return null;
  return { before: words.slice(Math.max(0, at - REACH), at), after: words.slice(at + claim.text.length, at + claim.text.length + REACH) };
}

/**
 * Whether the words mark the claim as added to a count given before ("three more", "another 20").
 * @example isAddition(claimIn("The toll rose to 42 after three more people died."), body) // true
 */
export function isAddition(claim: Claim, body?: string): boolean {
  const words = around(claim, body);
  return words !== null && (ADDED_AFTER.test(words.after) || ADDED_BEFORE.test(words.before));
}

/**
 * Whether a claim says "N other(s)" after an earlier figure of its own measure in the article:
 * "12 people were killed instantly, and three other people died" (a part), unlike "killing 12
 * and wounding 40 others" (another measure: 40 is the whole count of wounded).
 * @example addsToEarlier(three, [twelve, three], body) // true
 */
export function addsToEarlier(claim: Claim, claims: readonly Claim[], body: string): boolean {
  const words = around(claim, body);
  if (words === null || !OTHER_AFTER.test(words.after)) return false;
  const measure = headOf(claim);
  // The figure it adds to is said just before it: in its sentence or the one before.
  const near = (other: Claim) => other.start < claim.start && claim.start - other.end <= NEAR;
  return measure !== null && claims.some((other) => other !== claim && near(other) && headOf(other) === measure && other.value !== claim.value);
}

/**
 * The claims of an article that add to another count: "more", "another", "a further", or "other"
 * after a figure of the same measure.
 */
export function additions(claims: readonly Claim[], body: string): Set<Claim> {
  return new Set(claims.filter((claim) => isAddition(claim, body) || addsToEarlier(claim, claims, body)));
}
