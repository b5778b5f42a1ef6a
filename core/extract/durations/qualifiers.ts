import type { Qualifier } from "../../model.js";
import { BEFORE } from "../quantities/qualifier-words.js";

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

const QUALIFIERS: Array<[RegExp, Qualifier]> = (["atLeast", "atMost", "approx"] as const).map((qualifier) => {
  const words = [...BEFORE, ...DURATION_ONLY].filter(([q]) => q === qualifier).flatMap(([, list]) => list);
  // Longest first, so "more than or equal to" is taken whole before "more than".
  const alternatives = [...new Set(words)].sort((x, y) => y.length - x.length).map(escape).join("|");
  return [new RegExp(`(?:^|[^\\p{L}])(${alternatives})\\s{1,3}$`, "iu"), qualifier];
});

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s{1,3}");
}

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
  const left = text.slice(Math.max(0, amountStart - 45), amountStart);
  for (const [pattern, qualifier] of QUALIFIERS) {
    const match = pattern.exec(left);
    if (match) return { qualifier, qualifierText: match[1], start: amountStart - (left.length - match.index - match[0].indexOf(match[1]!)) };
  }
  return { qualifier: "exact", start: amountStart };
}
