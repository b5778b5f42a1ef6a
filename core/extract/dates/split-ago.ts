import type { ParsingContext, ParsingResult, Refiner } from "chrono-node";
import { rereadFrom } from "./reread.js";

/**
 * "worked for the last 3 months and 2 days ago found a solution": chrono adds every unit
 * before "ago" into one offset (3 months and 2 days back). After "the last", "the past",
 * "for" or "over", the first units are a period of their own; only the last one counts back.
 */
const PERIOD_BEFORE = /\b(?:last|past|for|over)\s{1,3}$/i;
const JOINER = /(?:,|\band)\s{1,3}/gi;

/**
 * @example chrono.refiners.push(new SplitAgo()) // "the last 3 months and 2 days ago" -> "2 days ago"
 */
export class SplitAgo implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    return results.map((result) => splitOne(context, result) ?? result);
  }
}

function splitOne(context: ParsingContext, result: ParsingResult): ParsingResult | null {
  if (!/\bago$/i.test(result.text.trim())) return null;
  if (!PERIOD_BEFORE.test(context.text.slice(Math.max(0, result.index - 12), result.index))) return null;
  const last = [...result.text.matchAll(JOINER)].pop();
  if (!last) return null;
  return rereadFrom(context, result, (last.index ?? 0) + last[0].length);
}
