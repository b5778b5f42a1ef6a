import { isCountryPlace, MAX_NAME_WORDS, mayOpenPlaceWith } from "./gazetteer.js";
import { capitalisedWords } from "./capitalised-words.js";
import { located, namesEvent, onlySpace } from "./name-neighbours.js";
import { namesSite } from "./story-place-kind.js";
import { maySite } from "./story-name-site.js";
import { withoutPossessive, withoutTail } from "./story-name-forms.js";
import { cityOrPlace, isCommon, wordFacts, type WordFacts } from "./story-name-word.js";
import { mapPacked } from "../packed.js";

/**
 * The distinctive names of one sentence, which story-names.ts tallies over a story: capitalised
 * where a common word would not be, said as where something happened, or a gazetteer place.
 */

/**
 * A distinctive capitalised word of one sentence: `located` when its name follows "in", "at",
 * "near" ("at the Kanjuruhan stadium", "in Seoul's Itaewon district"): where the event was. A
 * name only said as who acted or spoke ("President X said") is no anchor: a person, a team or a
 * company is in the news for many events in one week. Whether it is capitalised where a common
 * word would not be (`proper`: inside a sentence that is not in title case, not at a sentence or
 * clause start) is asked apart (isProperAt with `starts`), only of the names a story could pick:
 * telling title case costs a count of the sentence's words.
 */
export interface Name {
  text: string;
  located: boolean;
  /** A gazetteer place (below country level). */
  known: boolean;
  /**
   * Written before a built site's word and not said as where with it ("a span of the Morandi
   * bridge", not "on the Ruvenza bridge"): the name of a thing that stands in a place.
   */
  site: boolean;
  /** Where in the sentence each time it is written starts. */
  starts: number[];
}

/**
 * Distinctive names of one sentence, by slug: a gazetteer place below country level by its id
 * ("Las Vegas" -> las-vegas), else a run of adjacent capitalised words that are no common word,
 * month, demonym or known place ("Santa Maria" -> santa-maria; "Westgate Mall" -> westgate).
 * `story`: what the story's reading keeps between its sentences (storyWords).
 */
export function namesOf(sentence: string, story: StoryWords = storyWords(() => false)): Map<string, Name> {
  const out = new Map<string, Name>();
  const words = capitalised(sentence);
  if (words.length === 0) return out;
  // Word k runs on into k + 1 when only white space stands between them.
  const runsOn = mapPacked(words, (w, k) => k + 1 < words.length && onlySpace(sentence, w.end, words[k + 1]!.at));
  const placed = inKnownPlaces(words, runsOn, story.placeOf);
  const read: SentenceRead = { sentence, words, runsOn, placed, story, out };
  for (let i = 0; i < words.length; i++) {
    const place = placed[i];
    if (place !== undefined) {
      // A known place is one name, from its first word; a country is no name of a story.
      if (place.first === i && !isCountryPlace(place.id)) add(read, place.id, place.text, i, true, place.last);
      continue;
    }
    // A two-letter word ("Po" of "Tai Po") only goes on a name, never starts one ("In", "At").
    if (words[i]!.short || !words[i]!.facts.plain) continue;
    let last = i;
    // The run goes on past no possessive, over words no known place holds that may be part of a name.
    while (!words[last]!.possessive && runsOn[last]! && placed[last + 1] === undefined && words[last + 1]!.facts.plain) last++;
    // Most names are one word: no array for its run.
    const run = last === i ? undefined : words.slice(i, last + 1);
    add(read, run ? mapPacked(run, (w) => w.facts.slug).join("-") : words[i]!.facts.slug, run ? mapPacked(run, (w) => w.word).join(" ") : words[i]!.word, i, false, last);
    i = last;
  }
  return out;
}

/** What namesOf reads of one sentence, passed to the steps that tally its names. */
interface SentenceRead {
  sentence: string;
  words: readonly Capitalised[];
  runsOn: readonly boolean[];
  placed: readonly (KnownPlace | undefined)[];
  story: StoryWords;
  out: Map<string, Name>;
}

/** Tallies the name `key` written from word i to word `last` of the sentence. */
function add(read: SentenceRead, key: string, text: string, i: number, known: boolean, last: number): void {
  const { sentence, words, out } = read;
  const had = out.get(key);
  const kind = known || !maySite(sentence, words[last]!.end) ? undefined : namesSite(sentence, words, last, isCommon);
  // Said as where it happened ("on the Ruvenza bridge"), or only as a built thing ("a span of the Morandi bridge").
  const thing = kind === "built" && !said(read, i, last);
  const where = had?.located || read.story.locatedBefore(key) || kind !== undefined || said(read, i, last);
  const site = thing || had?.site === true;
  if (had) {
    had.located = where;
    had.known = known;
    had.site = site;
    had.starts.push(words[i]!.at);
  } else out.set(key, { text, located: where, known, site, starts: [words[i]!.at] });
}

/** Whether the name from word i to word `last` is said as where something happened, or names an event. */
function said(read: SentenceRead, i: number, last: number): boolean {
  const { sentence, words, runsOn } = read;
  return located(sentence, words, runsOn, i) || namesEvent(sentence, words, i, last) || inPlaceOf(read, i);
}

/**
 * "outer Delhi’s Mundka", "Kangra’s Nurpur": a name right after a known place's possessive is a
 * place in it. Not after a country's: "China's Xi Jinping", "India's Modi" are its leaders.
 */
function inPlaceOf(read: SentenceRead, i: number): boolean {
  const { sentence, words, placed } = read;
  const owner = i > 0 && words[i - 1]!.possessive ? placed[i - 1] : undefined;
  return owner !== undefined && !isCountryPlace(owner.id) && POSSESSIVE_GAP.test(sentence.slice(words[i - 1]!.at + words[i - 1]!.word.length, words[i]!.at));
}

/**
 * What one story's reading keeps between its sentences: whether a name was already said as
 * where in an earlier one (then whether it is here need not be read: a story says where once
 * and names the place many times after), and the gazetteer's look-up of runs of words (one word's
 * is among its facts, story-name-word.ts).
 */
export interface StoryWords {
  locatedBefore(key: string): boolean;
  /** cityOrPlace (gazetteerPlace keeps its answers). */
  placeOf(written: string): string | null;
}

/** The look-ups of one story, with `locatedBefore` from its tally. */
export function storyWords(locatedBefore: (key: string) => boolean): StoryWords {
  return { locatedBefore, placeOf: cityOrPlace };
}

interface Capitalised {
  word: string;
  at: number;
  end: number;
  possessive: boolean;
  /** Two letters ("Po", "Ho"): part of a longer name only. */
  short: boolean;
  facts: WordFacts;
}

/** The capitalised words of a sentence (not all capitals: datelines, acronyms), possessives and lowercase tails cut. */
function capitalised(sentence: string): Capitalised[] {
  const out: Capitalised[] = [];
  for (const { word: written, at, end } of capitalisedWords(sentence)) {
    const word = withoutTail(withoutPossessive(written));
    // A possessive ends a name: "Santa Maria's Kiss Disco" is two; so does a tail: "Mumbai-based Tata Group".
    if (word.length >= 2) out.push({ word, at, end, possessive: word.length < written.length, short: word.length < 3, facts: wordFacts(word) });
  }
  return out;
}

/** The words inside a run the gazetteer knows as a place ("Las Vegas", "Sri Lanka", "Malang"), each with the place and where its run starts. */
function inKnownPlaces(words: readonly Capitalised[], runsOn: readonly boolean[], placeOf: (written: string) => string | null): (KnownPlace | undefined)[] {
  // Built by pushes: `new Array(n).fill` took a slow path of its own for every sentence of a story.
  const out: (KnownPlace | undefined)[] = [];
  for (let i = 0; i < words.length; i++) out.push(undefined);
  // Only words next to each other make one name ("Las Vegas", not "Las ... Vegas").
  for (let i = 0; i < words.length; i++) {
    if (words[i]!.short) continue;
    let longest = 1;
    // A run no place's name opens with is looked up as its first word alone (with or without "City", as cityOrPlace reads it).
    // Nor, with the next, two words no place's name opens with ("President Joe").
    if (runsOn[i] && words[i]!.facts.opens && mayOpenPlaceWith(words[i]!.word, words[i + 1]!.word)) while (longest < MAX_NAME_WORDS && runsOn[i + longest - 1]) longest++;
    if (longest === 1) {
      // Most words open no run: the word's own look-up, kept among its facts.
      const id = words[i]!.facts.place;
      if (id) out[i] = { id, first: i, last: i, text: words[i]!.word };
      continue;
    }
    // The runs from word i, each built once: "Las", "Las Vegas", ...
    const runs = [words[i]!.word];
    for (let n = 2; n <= longest; n++) runs.push(`${runs[n - 2]} ${words[i + n - 1]!.word}`);
    for (let n = longest; n >= 1; n--) {
      const written = runs[n - 1]!;
      const id = n === 1 ? words[i]!.facts.place : placeOf(written);
      if (!id) continue;
      const place = { id, first: i, last: i + n - 1, text: written };
      for (let k = 0; k < n; k++) out[i + k] = place;
      i += n - 1;
      break;
    }
  }
  return out;
}

/** A known place a run of words names, from its first word to its last. */
interface KnownPlace {
  id: string;
  first: number;
  last: number;
  text: string;
}

/** Between a possessive place and the next word: the possessive ending, then white space only. */
const POSSESSIVE_GAP = /^['’]s?\s+$/u;
