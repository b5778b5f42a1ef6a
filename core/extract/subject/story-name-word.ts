import { gazetteerPlace, groupOfDemonym, mayOpenPlace, placeOfDemonym } from "./gazetteer.js";
import { MONTHS_AND_DAYS } from "./lexicon.js";
import NOT_NAMES from "./data/story-name-words.js";
import { isEventWord } from "./name-neighbours.js";
import { slugWord } from "./story-name-forms.js";

/**
 * What the story's names (sentence-names.ts) ask of each capitalised word, looked up once per
 * word and kept across stories (a newsroom writes the same names article after article): one
 * look-up of the word instead of one per question (each was a probe of a table of thousands).
 */
export interface WordFacts {
  /** May be (part of) a name: no common or title word, month, demonym or event word. */
  plain: boolean;
  /** The gazetteer place the word alone names (cityOrPlace), or null. */
  place: string | null;
  /** Whether a place's name of two words or more may open with it (gazetteer.ts mayOpenPlace). */
  opens: boolean;
  /** Its part of a name's id (story-name-forms.ts slugWord). */
  slug: string;
}

/** The facts of one capitalised word (as sentence-names.ts cuts it: no possessive, no tail). */
export function wordFacts(word: string): WordFacts {
  // First a table of recent words by a hash of a few of their letters, compared whole: a fresh
  // word's full hash and the map's probe cost more (asked of every capitalised word of a story).
  const slot = (word.length * 31 + word.charCodeAt(0) * 7 + word.charCodeAt(word.length - 1) * 131 + word.charCodeAt(word.length >> 1) * 17) & (RECENT_SLOTS - 1);
  const known = RECENT_FACTS[slot];
  if (known !== undefined && RECENT_WORDS[slot] === word) return known;
  const facts = factsOf(word);
  RECENT_WORDS[slot] = word;
  RECENT_FACTS[slot] = facts;
  return facts;
}

const RECENT_SLOTS = 4096;
const RECENT_WORDS: string[] = new Array<string>(RECENT_SLOTS).fill("");
const RECENT_FACTS: (WordFacts | undefined)[] = new Array<WordFacts | undefined>(RECENT_SLOTS).fill(undefined);

function factsOf(word: string): WordFacts {
  let facts = FACTS.get(word);
  if (facts === undefined) {
    // Bounded: a long-lived process reading many stories starts the look-ups afresh now and then.
    if (FACTS.size >= 20_000) FACTS.clear();
    FACTS.set(word, (facts = { plain: isPlainWord(word), place: cityOrPlace(word), opens: mayOpenPlace(word), slug: slugWord(word) }));
  }
  return facts;
}

const FACTS = new Map<string, WordFacts>();

const COMMON: ReadonlySet<string> = new Set(NOT_NAMES);

/** A common or title word (lower case): part of a longer name, never a name itself. */
export const isCommon = (word: string): boolean => COMMON.has(word);

/**
 * A place the gazetteer knows, or a city written without its "City" ("New York" for New York City,
 * "Quezon" for Quezon City) when the name alone is none: news names such cities short, and a story
 * told "in New York" is the city's (its names are where things happen, not who governs a state).
 * Names of two words or more only: the look-up is asked of every run.
 */
export function cityOrPlace(written: string): string | null {
  const place = gazetteerPlace(written);
  return place ?? (written.includes(" ") ? gazetteerPlace(`${written} City`) : null);
}

/**
 * A word that may be (part of) a name: no common or title word, month, demonym, and no event
 * word ("Hurricane", "Earthquake" in a heading names what happened, not where).
 */
function isPlainWord(word: string): boolean {
  const key = word.toLowerCase().replace(/[’']/g, "");
  return !COMMON.has(key) && !MONTHS_AND_DAYS.has(key) && !isEventWord(key) && !placeOfDemonym(word) && !groupOfDemonym(word);
}
