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
  // Read by hand as SITE_AFTER reads the 60 characters after the name, a word at a time: the
  // first word that decides ends the reading.
  const limit = Math.min(sentence.length, words[last]!.end + 60);
  let i = words[last]!.end;
  for (let k = 0; k < 3; k++) {
    let j = i;
    for (let c = j < limit ? sentence.charCodeAt(j) : -1; c >= 0 && c !== 10 && isSpace(c); c = j < limit ? sentence.charCodeAt(j) : -1) j++;
    const start = j;
    for (let size = j > i ? letterOrHyphen(sentence, j, limit) : 0; size > 0; size = letterOrHyphen(sentence, j, limit)) j += size;
    if (j === start) return undefined;
    const written = sentence.slice(start, j);
    const word = written.toLowerCase();
    const single = SITE_WORDS.has(word) ? word : word.endsWith("s") && SITE_WORDS.has(word.slice(0, -1)) ? word.slice(0, -1) : undefined;
    if (single !== undefined) return BUILT.has(single) ? "built" : "place";
    // Only a capitalised word that is no name of its own may stand between: "Bay", "International".
    if (!/^\p{Lu}/u.test(written) || !common(word)) return undefined;
    i = j;
  }
  return undefined;
}

/** The three words after a name, white space between (no comma, no full stop): what namesSite reads, by hand. */
export const SITE_AFTER = /^(?:[^\S\n]+[\p{L}-]+){1,3}/u;

/** The length (1 or 2) of the letter or hyphen at j before `limit`, or 0: a pair `limit` cuts is half a character. */
function letterOrHyphen(text: string, j: number, limit: number): number {
  if (j >= limit) return 0;
  const c = text.charCodeAt(j);
  if (c < 128) return c === 45 || (c >= 97 && c <= 122) || (c >= 65 && c <= 90) ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff && j + 1 < limit) return LETTER.test(text.slice(j, j + 2)) ? 2 : 0;
  return LETTER.test(text[j]!) ? 1 : 0;
}

const LETTER = /^\p{L}$/u;

const SITE_WORDS: ReadonlySet<string> = new Set(SITES);

const BUILT: ReadonlySet<string> = new Set(builtSites);

