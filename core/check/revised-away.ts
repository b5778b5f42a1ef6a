import type { Claim } from "../model.js";
import { REVISED_AWAY_NOUNS, REVISED_AWAY_VERBS } from "./data/revision-words.js";

/**
 * A figure its own report tells was revised away: "At least 65 people have been killed, Prime
 * Minister Kassim Majaliwa said on Tuesday, revising the death toll of 68 given by regional
 * officials a day earlier" (Al Jazeera, Tanzania 2023). The report keeps the old level only to
 * say it is no longer the count, so it is no figure of that report to set against another's:
 * the pair tells nothing an editor can act on (the report that gives it has already moved on).
 * Read from the figure's own subject words, so a stored report's figure is known too.
 */

/** The verb, up to three words ("the death", "an earlier", "its initial"), the noun, then "of"/"from" right before the figure. */
const BEFORE = new RegExp(
  String.raw`\b(?:${REVISED_AWAY_VERBS.join("|")})\s+(?:[\p{L}'-]+\s+){0,3}(?:${REVISED_AWAY_NOUNS.join("|")})s?\s+(?:of|from)\s+$`,
  "iu",
);

/**
 * @example revisedAway(claim68) // true: "... revising the death toll of 68 given ..."
 * @example revisedAway(claim65) // false: "... killed at least 65"
 */
export function revisedAway(claim: Claim): boolean {
  const words = claim.subject?.text ?? "";
  const at = claim.text ? words.indexOf(claim.text) : -1;
  return at > 0 && BEFORE.test(words.slice(Math.max(0, at - 80), at));
}
