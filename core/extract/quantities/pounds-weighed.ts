import type { Candidate } from "./candidate.js";
import { OUTPUT_WORDS, WEIGHED_GOODS } from "./data/weighed-goods.js";
import { sentenceAround } from "./pound-currency.js";

const GOODS = new Set(WEIGHED_GOODS);
const OUTPUT = new Set(OUTPUT_WORDS);
/** "of ground beef", "of raw beef products": the thing weighed within the first three words after "of". */
const OF_WORDS = /^[ \t]{1,2}of[ \t]{1,2}((?:[A-Za-z0-9-]{2,15}[ \t]{1,2}){0,2}[A-Za-z0-9-]{2,15})/;
/** A currency sign in the sentence: the story is about money after all. */
const MONEY_SIGN = /[£$€]|\bsterling\b|\bworth\b|\bGBP\b/i;

/**
 * Whether "N million pounds" weighs something: "recalling more than 1 million pounds of ground
 * beef", "copper production for the quarter was up 4.7 per cent at 112 million pounds". Pounds
 * of a good named right after, or a sentence about the output of a good with no currency in it.
 * @example poundsWeighed("more than 1 million pounds of ground beef", c) // true
 */
export function poundsWeighed(text: string, c: Candidate, unitEnd: number): boolean {
  const of = OF_WORDS.exec(text.slice(unitEnd, unitEnd + 52));
  if (of) return of[1]!.toLowerCase().split(/[ \t]+/).some((w) => GOODS.has(w));
  const sentence = sentenceAround(text, c.start, unitEnd);
  if (MONEY_SIGN.test(sentence)) return false;
  const words = sentence.toLowerCase().split(/[^a-z0-9]+/);
  return words.some((w) => GOODS.has(w)) && words.some((w) => OUTPUT.has(w));
}
