import type { Mention } from "./mention.js";
import { readNumbers } from "./numbers/index.js";
import { candidateFor, toMention, type Candidate } from "./quantities/candidate.js";
import { runQuantitySteps } from "./quantities/pipeline.js";
import { joinSpokenNumbers } from "./quantities/spoken-decimals.js";
import { mapPacked } from "./packed.js";

/**
 * Every quantity and percent in the text, in order: counts with their noun, measures with
 * their unit, money, percentages, ranges, qualifiers, parenthetical conversions. Dates and
 * durations are not here (the dates extractor reads them). Pure; never throws.
 * @example findQuantities("a 30-mile (18.6-mile) deep strip") // 30 mi, and 18.6 mi with conversionOf
 * @example findQuantities("more than 1,300 civilians") // 1300 person, atLeast, qualifierText "more than"
 */
export function findQuantities(text: string): Mention[] {
  if (typeof text !== "string" || text.length === 0) return [];
  const mentions: Mention[] = [];
  for (const c of explainQuantities(text)) if (!c.dropped) mentions.push(toMention(c));
  return mentions;
}

/**
 * Every number the reader saw and what the pipeline made of it, dropped ones with the reason:
 * for tests and for a "why was this not a claim?" answer.
 * @example explainQuantities("News Code 47296")[0]?.dropped // "label-code"
 */
export function explainQuantities(text: string): Candidate[] {
  return runQuantitySteps(text, mapPacked(joinSpokenNumbers(text, readNumbers(text)), candidateFor));
}
