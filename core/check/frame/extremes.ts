import type { Claim } from "../../model.js";
import { EXTREME_REACH, EXTREME_WORDS } from "../data/extremes.js";

/**
 * Two figures told as the two ends of a range are two things, whatever frame each was read with:
 * "The maximum temperature in the capital on Saturday settled at 36.8 degrees Celsius" / "The
 * minimum temperature settled at 26.8"; "a high of 36.2 degrees Celsius ... and a low of 27";
 * "the highest pass percentage" / "the lowest pass percentage".
 */

const WORD = /[\p{L}]+/gu;

/** The end a figure is told as: the last end word in its clause before it, within EXTREME_REACH words; none when another figure comes between. */
export function extremeOf(claim: Claim, body: string): "upper" | "lower" | undefined {
  const from = Math.max(claim.sentence?.start ?? 0, claim.start - 200);
  const before = body.slice(from, claim.start);
  // The figure's own clause: after the last figure, clause mark or line break before it.
  const clause = before.split(/[\d;:\n()]|,\s(?:and|while|but)\s|\s(?:and|while|but)\s/u).at(-1) ?? "";
  const words = clause.match(WORD) ?? [];
  for (let i = words.length - 1; i >= Math.max(0, words.length - EXTREME_REACH); i--) {
    const end = EXTREME_WORDS.get(words[i]!.toLowerCase());
    if (end) return end;
  }
  return undefined;
}

/**
 * Whether two figures are told as the two ends of a range.
 * @example oppositeEnds(maximum36point8, minimum26point8, body) // true
 */
export function oppositeEnds(a: Claim, b: Claim, body: string): boolean {
  const [x, y] = [extremeOf(a, body), extremeOf(b, body)];
  return x !== undefined && y !== undefined && x !== y;
}
