import gazetteer from "./data/gazetteer.js";
import { gazetteerPlace, groupOfDemonym, MAX_NAME_WORDS, placeOfDemonym } from "./gazetteer.js";
import { MONTHS_AND_DAYS } from "./lexicon.js";
import NOT_NAMES from "./data/story-name-words.js";

/**
 * The distinctive names of one sentence, which story-names.ts tallies over a story: capitalised
 * where a common word would not be, said as where something happened, or a gazetteer place.
 */

const COMMON: ReadonlySet<string> = new Set(NOT_NAMES);

/** The gazetteer's countries: a country is too wide to tell one story from another. */
const COUNTRIES: ReadonlySet<string> = new Set(Object.keys(gazetteer.places));

/** A capitalised word (not all capitals: datelines and acronyms of outlets), with an optional possessive. */
const WORD = /[\p{L}][\p{L}’'-]*/gu;

/**
 * A distinctive capitalised word of one sentence: `proper` when capitalised where a common word
 * would not be (inside a sentence that is not in title case); `located` when its name follows
 * "in", "at", "near" ("at the Kanjuruhan stadium", "in Seoul's Itaewon district"): where the
 * event was. A name only said as who acted or spoke ("President X said") is no anchor: a
 * person, a team or a company is in the news for many events in one week.
 */
export interface Name {
  text: string;
  proper: boolean;
  located: boolean;
  /** A gazetteer place (below country level). */
  known: boolean;
}

/** Whether the capitalised run holding word i follows a preposition of place. */
function located(sentence: string, words: readonly { at: number; end: number }[], i: number): boolean {
  let start = i;
  while (start > 0 && /^\s+$/u.test(sentence.slice(words[start - 1]!.end, words[start]!.at))) start--;
  return LOCATIVE.test(sentence.slice(Math.max(0, words[start]!.at - 20), words[start]!.at));
}

const LOCATIVE = /\b(?:in|at|near|outside|inside|from|aboard|on|off|across|struck|hit|rocked|battered|lashed|devastated)\s+(?:(?:the|a|an)\s+(?:\p{Ll}[\p{Ll}-]*\s+)?)?$/u;

/**
 * Distinctive names of one sentence, by slug: a gazetteer place below country level by its id
 * ("Las Vegas" -> las-vegas), else a run of adjacent capitalised words that are no common word,
 * month, demonym or known place ("Santa Maria" -> santa-maria; "Westgate Mall" -> westgate).
 */
export function namesOf(sentence: string): Map<string, Name> {
  const out = new Map<string, Name>();
  const titleCase = isTitleCase(sentence);
  const words = capitalised(sentence);
  const placed = inKnownPlaces(sentence, words);
  const add = (key: string, text: string, i: number, known: boolean) => {
    const proper = !titleCase && !startsClause(sentence, words[i]!.at);
    const where = located(sentence, words, i);
    const had = out.get(key);
    out.set(key, { text: had?.text ?? text, proper: proper || (had?.proper ?? false), located: where || (had?.located ?? false), known });
  };
  const plain = (i: number) => {
    const key = words[i]!.word.toLowerCase().replace(/[’']/g, "");
    return !placed.has(i) && !COMMON.has(key) && !MONTHS_AND_DAYS.has(key) && !placeOfDemonym(words[i]!.word) && !groupOfDemonym(words[i]!.word);
  };
  const next = (i: number) => i + 1 < words.length && !words[i]!.possessive && /^\s+$/u.test(sentence.slice(words[i]!.end, words[i + 1]!.at));
  for (let i = 0; i < words.length; i++) {
    const place = placed.get(i);
    if (place !== undefined) {
      // A known place is one name, from its first word; a country is no name of a story.
      if (place.first === i && !COUNTRIES.has(place.id)) add(place.id, place.text, i, true);
      continue;
    }
    if (!plain(i)) continue;
    let last = i;
    while (next(last) && plain(last + 1)) last++;
    const run = words.slice(i, last + 1).map((w) => w.word);
    add(run.map((w) => w.toLowerCase().replace(/[’']/g, "")).join("-"), run.join(" "), i, false);
    i = last;
  }
  return out;
}

/** The capitalised words of a sentence (not all capitals: datelines, acronyms), possessives cut. */
function capitalised(sentence: string): { word: string; at: number; end: number; possessive: boolean }[] {
  const out: { word: string; at: number; end: number; possessive: boolean }[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(sentence); m; m = WORD.exec(sentence)) {
    const word = m[0].replace(/[’']s?$/u, "");
    // A possessive ends a name: "Santa Maria's Kiss Disco" is two.
    if (/^\p{Lu}\p{Ll}/u.test(word) && word.length >= 3) out.push({ word, at: m.index, end: m.index + m[0].length, possessive: word.length < m[0].length });
  }
  return out;
}

/** The words inside a run the gazetteer knows as a place ("Las Vegas", "Sri Lanka", "Malang"), each with the place and where its run starts. */
function inKnownPlaces(sentence: string, words: readonly { word: string; at: number; end: number }[]): Map<number, { id: string; first: number; text: string }> {
  const out = new Map<number, { id: string; first: number; text: string }>();
  for (let i = 0; i < words.length; i++) {
    for (let n = Math.min(MAX_NAME_WORDS, words.length - i); n >= 1; n--) {
      const run = words.slice(i, i + n);
      // Only words next to each other ("Las Vegas", not "Las ... Vegas").
      if (run.some((w, k) => k > 0 && !/^\s+$/u.test(sentence.slice(run[k - 1]!.end, w.at)))) continue;
      const written = run.map((w) => w.word).join(" ");
      const id = gazetteerPlace(written);
      if (!id) continue;
      for (let k = 0; k < n; k++) out.set(i + k, { id, first: i, text: written });
      i += n - 1;
      break;
    }
  }
  return out;
}

/** A headline in title case ("Stadium Crush Toll Rises To 131"): most of its longer words capitalised. */
function isTitleCase(sentence: string): boolean {
  const words = sentence.match(/\p{L}{4,}/gu) ?? [];
  return words.length >= 3 && words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length > 0.6;
}

/** Whether a word opens its sentence, line, quotation, or a clause after a colon or dash: capitalised by position, not as a name. */
function startsClause(sentence: string, at: number): boolean {
  const before = sentence.slice(0, at);
  return /^[\s"“‘'([•*·–—-]*$/u.test(before) || /(?:\n|[:;—–]\s|\s-\s|["“‘(]\s*)$/u.test(before);
}
