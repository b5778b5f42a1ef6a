import type { Claim } from "../model.js";
import { headOf } from "./pairs.js";

/**
 * A story repeats its figures: the headline's "129" and the body's "129", the lead's "at least
 * 25" and a later "at least 25". Two figures are one pair of figures whatever mention carries
 * them, so an editor sees one finding per pair of figures (not one per pair of mentions), and a
 * pair the story explains once ("127 ... However, the death toll has since risen ... 129") is
 * explained for every mention of those figures.
 */

function figure(claim: Claim): string {
  // The unit is left out: a headline's "64" and the body's "64 people" are one figure.
  return [claim.articleId, headOf(claim) ?? "", claim.value, claim.qualifier].join("\u0001");
}

/**
 * The same key for every pair of mentions of the same two figures of one measure.
 * @example figuresKey(headline129, body127) === figuresKey(body129, body127) // true
 */
export function figuresKey(a: Claim, b: Claim): string {
  return [figure(a), figure(b)].sort().join("\u0002");
}

/**
 * What a story tells of two figures at one mention holds for every mention of them: the first
 * answer `judge` gives over their mentions in order, read for two figures only when asked (most
 * pairs stop at a cheaper guard first).
 * @example everyMention(pairs, placedApart)(figuresKey(headline225, body225)) // the first mention's answer
 */
export function everyMention<T>(pairs: readonly [Claim, Claim][], judge: (pair: [Claim, Claim]) => T | false | undefined): (figures: string) => T | undefined {
  const mentions = new Map<string, [Claim, Claim][]>();
  for (const pair of pairs) {
    const figures = figuresKey(...pair);
    if (!mentions.has(figures)) mentions.set(figures, []);
    mentions.get(figures)!.push(pair);
  }
  const answers = new Map<string, T | undefined>();
  return (figures) => {
    if (!answers.has(figures)) {
      let answer: T | false | undefined;
      for (const pair of mentions.get(figures) ?? []) if ((answer = judge(pair))) break;
      answers.set(figures, answer || undefined);
    }
    return answers.get(figures);
  };
}
