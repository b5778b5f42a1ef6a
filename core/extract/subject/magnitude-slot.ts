import type { Claim } from "../../model.js";
import { wordAlternation } from "./alternation.js";
import words from "./data/magnitude-words.js";
import type { Found } from "./figure-slot.js";

/**
 * An earthquake's magnitude as a reader pairs two reports of one quake (issue 15, session 20):
 * "a magnitude 7.4 earthquake", "the 7.3 magnitude quake", "a magnitude of 7.6", "the 7.8 Richter
 * quake", "measured 6.3 on the Richter scale", whether or not a frame reader gave the figure a
 * subject. Agencies and outlets give one quake different magnitudes (a first reading, another
 * agency's); a reader putting two reports side by side sees them differ. Not a figure whose
 * clause tells another quake or a bound ("a 5.9 aftershock", "quakes of magnitude 5 or above"),
 * nor one outside the scale's range. counted-slot.ts keeps a report's one value of it (its lead's,
 * when its body gives several); core/check/aligned/slot-pairs.ts pairs two reports' values.
 */

export const MAGNITUDE_SLOT = "magnitude";

/** "M7.8", "Mw 7.8": the short marks only as written, in capitals; the words in any case. */
const MARK_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(?:${wordAlternation(words.before.filter((w) => w.length <= 2))})\s*$`, "u");
const WORDS_BEFORE = new RegExp(String.raw`\b(?:${wordAlternation(words.before.filter((w) => w.length > 2))})\s*$`, "iu");
const AFTER = new RegExp(String.raw`^\s*(?:${wordAlternation(words.after)})\b`, "iu");
const OTHER = new RegExp(String.raw`\b(?:${wordAlternation(words.other)})\b`, "iu");

/** The largest magnitude a report gives a quake. */
const MAX = 10;

/**
 * The magnitude slot of a figure, or undefined.
 * @example magnitudeOf(claimOf("A magnitude 7.4 earthquake struck"), body)?.slot // "magnitude"
 */
export function magnitudeOf(claim: Claim, body: string): Found | undefined {
  if (claim.kind !== "quantity" || typeof claim.value !== "number" || claim.value < 1 || claim.value >= MAX) return undefined;
  if (claim.qualifier === "range" || claim.conversionOf !== undefined || (claim.change && claim.change.role !== "to")) return undefined;
  if (claim.unit !== undefined && claim.unit !== "magnitude") return undefined;
  const before = body.slice(Math.max(0, claim.start - 25), claim.start);
  const after = body.slice(claim.end, claim.end + 25);
  const told = claim.unit === "magnitude" || MARK_BEFORE.test(before) || WORDS_BEFORE.test(before) || AFTER.test(after);
  if (!told) return undefined;
  const sentence = claim.sentence ?? { start: Math.max(0, claim.start - 150), end: Math.min(body.length, claim.end + 150) };
  if (OTHER.test(body.slice(Math.max(sentence.start, claim.start - 80), Math.min(sentence.end, claim.end + 60)))) return undefined;
  return { slot: MAGNITUDE_SLOT, said: "magnitude" };
}
