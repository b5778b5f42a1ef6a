/**
 * Data, not code: the words a report calls one vessel by (core/check/rules/internal-vessel.ts).
 * "The Dali, a giant 948-foot cargo ship ... The 985-foot (300-meter) tanker collided with one of
 * the bridge's supports" (Republic Monitor on the Key Bridge collapse, 2024): one ship, two words.
 */
export const VESSEL_WORDS: ReadonlySet<string> = new Set([
  "ship", "vessel", "tanker", "freighter", "boat", "ferry", "liner", "barge", "carrier", "containership", "trawler", "cruiser", "yacht",
]);

const VESSEL = String.raw`(?:ships?|vessels?|tankers?|freighters?|boats?|ferry|ferries|liners?|barges?|carriers?|containerships?|trawlers?|yachts?)`;

/**
 * Words that bring a second vessel into a report: "two ships", "another vessel", "the other
 * boat", "collided with a tanker", "rammed the ferry".
 */
export const SECOND_VESSEL = new RegExp(String.raw`\b(?:two|both|another|other|second|several|three|four|many|\d+)\s+(?:[\p{L}-]+\s+)?${VESSEL}\b`
  + String.raw`|\b(?:collid\p{L}*|crash\p{L}*|struck|strikes|hit|hits|rammed|rams)\s+(?:with\s+|into\s+)?(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,2}${VESSEL}\b`
  + String.raw`|\b(?:fleet|convoy|flotilla)\b`, "iu");
