import type { Claim } from "../../model.js";
import { sentenceOf, textBetween } from "../context.js";
import { TOLD_DIFFER } from "../data/internal-told-differ.js";

/**
 * Two figures a report itself says differ ("There were conflicting reports over the death toll,
 * with Egyptian state TV reporting as many as 20"; "though the health ministry reported a higher
 * toll") are two counts of one thing it has not reconciled, even where their bounds would allow
 * both ("at least seven" and "as many as 20"; "at least 28" and "72"): the editor should know the
 * report stands by neither.
 */

/**
 * Whether the report says, beside either figure or between them, that the counts differ.
 * @example toldDiffer(atLeastSeven, asManyAsTwenty, body) // true
 */
export function toldDiffer(a: Claim, b: Claim, body: string): boolean {
  return a.value !== b.value && [sentenceOf(a, body), sentenceOf(b, body), textBetween(a, b, body)].some((text) => TOLD_DIFFER.test(text));
}
