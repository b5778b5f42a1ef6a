import type { Qualifier } from "../../model.js";
import { BEFORE } from "../quantities/qualifier-words.js";
import { PhrasesBefore } from "../phrases-before.js";

/**
 * Qualifier words right before a duration's amount, the number step's table plus words only
 * time takes ("longer than", "within"). "over the past 18 months" has "over" but not before the
 * amount, so it stays exact; "in over a decade" is at least a decade. "almost" and "nearly" are
 * approximate but keep their own word: "almost" is not "about".
 */
const DURATION_ONLY: [Qualifier, string[]][] = [
  ["atLeast", ["longer than"]],
  ["atMost", ["shorter than", "within"]],
];

/** The longest phrase wins: "no more than two years" is at most two, not "more than" two. */
const QUALIFIERS = new PhrasesBefore([...BEFORE.filter(([q]) => q !== "exact"), ...DURATION_ONLY], { space: "whitespace", maxGap: 3 });

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
  const found = QUALIFIERS.find(text, amountStart);
  return found ? { qualifier: found.value, qualifierText: found.words, start: found.start } : { qualifier: "exact", start: amountStart };
}
