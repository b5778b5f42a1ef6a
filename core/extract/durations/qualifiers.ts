import type { Qualifier } from "../../model.js";

/**
 * Qualifier words right before a duration's amount. "over the past 18 months" has "over" but
 * not before the amount, so it stays exact; "in over a decade" is at least a decade.
 * "almost" and "nearly" are approximate but keep their own word: "almost" is not "about".
 * TODO: share one qualifier table with the number step once it has one.
 */
const QUALIFIERS: Array<[RegExp, Qualifier]> = [
  [/\b(more than|over|at least|upwards of|in excess of|longer than)\s{1,3}$/i, "atLeast"],
  [/\b(less than|under|up to|no more than|fewer than|shorter than|within)\s{1,3}$/i, "atMost"],
  [/\b(about|around|some|roughly|approximately|an estimated|nearly|almost|close to|roughly)\s{1,3}$/i, "approx"],
];

export interface DurationQualifier {
  qualifier: Qualifier;
  qualifierText?: string;
  /** Where the qualifier words start, or the amount's start when there are none. */
  start: number;
}

/**
 * @example qualifierBefore("in over a decade", 8) // { qualifier: "atLeast", qualifierText: "over", start: 3 }
 */
export function qualifierBefore(text: string, amountStart: number): DurationQualifier {
  const left = text.slice(Math.max(0, amountStart - 25), amountStart);
  for (const [pattern, qualifier] of QUALIFIERS) {
    const match = pattern.exec(left);
    if (match) return { qualifier, qualifierText: match[1], start: amountStart - (left.length - match.index) };
  }
  return { qualifier: "exact", start: amountStart };
}
