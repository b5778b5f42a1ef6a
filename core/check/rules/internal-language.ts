import { ENGLISH_WORDS, OTHER_LANGUAGE_WORDS } from "../data/languages.js";

/**
 * The extractor reads English: in a report in another language ("O topo das orelhas do edifício
 * toca os céus a 556 metros de altura ... a cerca de 500 metros de altura", Público, 2017) it
 * reads figures without the words that tell them apart, so two of them are never the report
 * contradicting itself.
 */

/** Other languages' function words a text must hold before it is judged not English: a name or a quote is not enough. */
const ENOUGH = 3;

/**
 * Whether a text reads as English: most of its words are in the Latin script, and it holds no
 * more function words of other languages than of English (a table of figures, with neither, is read).
 * @example readAsEnglish("O topo das orelhas do edifício toca os céus") // false
 */
export function readAsEnglish(text: string): boolean {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.filter((word) => /\p{Script=Latin}/u.test(word)).length * 2 < words.length) return false;
  const other = words.filter((word) => OTHER_LANGUAGE_WORDS.has(word)).length;
  return other < ENOUGH || other <= words.filter((word) => ENGLISH_WORDS.has(word)).length;
}
