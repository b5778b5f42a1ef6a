import SITES, { builtSites, placeNouns } from "./data/story-sites.js";
import { isSpace } from "./name-neighbours.js";

/**
 * What kind of place a capitalised name is, as the words right around it say (story-names.ts,
 * through sentence-names.ts): a kind of place before it with "of" ("the city of Pul-e-Alam"), or
 * a division, a feature of the land or a built site after it ("Paktika province", "the Marmaray
 * tunnel"). Either says the name is where a story happens, or the thing it is about, as "in" or
 * "at" before it would (name-neighbours.ts `located`).
 */

/**
 * "the Afghan city of Pul-e-Alam", "the village of Malin": a kind of place, then "of", right
 * before the name. News introduces a town its readers do not know this way.
 * @example placeOfKind("captured the city of Pul-e-Alam", 24) // true
 */
export function placeOfKind(sentence: string, at: number): boolean {
  // Most names have no "of" before them: asked first, of a few characters, before the pattern.
  if (!ofBefore(sentence, at)) return false;
  const m = KIND_OF.exec(sentence.slice(Math.max(0, at - 30), at));
  return m !== null && PLACE_NOUNS.has(m[1]!.toLowerCase());
}

/**
 * Whether the six characters before `at` end in white space, "of" and white space before it, as
 * `/\sof\s+$/u` tests `sentence.slice(at - 6, at)`: read backwards by hand (asked of every name).
 */
function ofBefore(sentence: string, at: number): boolean {
  const from = Math.max(0, at - 6);
  let j = at;
  while (j > from && isSpace(sentence.charCodeAt(j - 1))) j--;
  return j < at && j - 3 >= from && sentence.charCodeAt(j - 1) === 102 && sentence.charCodeAt(j - 2) === 111 && isSpace(sentence.charCodeAt(j - 3));
}

/** A word, "of", white space, up to where the name starts. */
const KIND_OF = /([\p{L}-]+)\s+of\s+$/u;

const PLACE_NOUNS: ReadonlySet<string> = new Set(placeNouns);

/**
 * A name that says what kind of place it is: the word after it, past up to two capitalised words
 * of a longer name that are no names themselves (`common`: "Bay", "International"), is a division
 * or a site ("Paktika province", "the Marmaray tunnel", "Jiaozhou Bay Bridge", "Daxing
 * International Airport"). A story names where it happened, or the thing it is about, this way
 * as often as with "in" or "at". The answer is `built` for a built site (a bridge, a stadium: a
 * thing that stands in a place), `place` for a division or a feature of the land.
 * @example namesSite("the Marmaray tunnel under", words, 0, () => false) // "built"
 */
export function namesSite(sentence: string, words: readonly { end: number }[], last: number, common: (word: string) => boolean): "built" | "place" | undefined {
  const after = SITE_AFTER.exec(sentence.slice(words[last]!.end, words[last]!.end + 60));
  if (!after) return undefined;
  const run = after[0].trim().split(/\s+/u);
  for (let k = 0; k < run.length; k++) {
    const word = run[k]!.toLowerCase();
    const single = SITE_WORDS.has(word) ? word : word.endsWith("s") && SITE_WORDS.has(word.slice(0, -1)) ? word.slice(0, -1) : undefined;
    if (single !== undefined) return BUILT.has(single) ? "built" : "place";
    // Only a capitalised word that is no name of its own may stand between: "Bay", "International".
    if (!/^\p{Lu}/u.test(run[k]!) || !common(word)) return undefined;
  }
  return undefined;
}

/** The three words after a name, white space between (no comma, no full stop). */
const SITE_AFTER = /^(?:[^\S\n]+[\p{L}-]+){1,3}/u;

const SITE_WORDS: ReadonlySet<string> = new Set(SITES);

const BUILT: ReadonlySet<string> = new Set(builtSites);

