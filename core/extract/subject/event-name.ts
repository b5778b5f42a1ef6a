import type { Span } from "../span.js";
import placeWords from "./data/place-words.js";
import { GENERIC_NAME_WORDS, MONTHS_AND_DAYS } from "./lexicon.js";
import { demonymPlace, knownPlace } from "./places.js";
import { adjacent, firstWordsIn, isCapitalized, lastWordsIn, possessiveOwner, type Word } from "./words.js";

/** Events someone carries out: a demonym before them names who, not where. */
const PERPETRATED = new Set(["attack", "airstrike", "bombing", "raid", "offensive", "operation", "invasion", "shelling", "massacre", "shooting", "crackdown", "coup"]);

const DIRECTION_WORD = /^(?:north|south|east|west|central)(?:ern|east|west|eastern|western)?$/;

/**
 * The capitalized words right before an event noun: "Istanbul's Istiklal Street bombing" names
 * the place (Istanbul) and the event (istiklal). A demonym places a war ("the Syrian war"), but
 * names who carried out an attack ("a Russian airstrike" is Russia's, wherever it hit).
 */
export function nameBefore(text: string, sentence: Span, at: number, canonical: string): { name?: string; place?: string; start: number } | null {
  // The loop below reads at most four words from the end: three names and the word that stops it.
  const words = lastWordsIn(text, Math.max(sentence.start, at - 60), at, 4);
  const run: Word[] = [];
  let next = at;
  for (let i = words.length - 1; i >= 0 && run.length < 3; i--) {
    const word = words[i]!;
    if (!isCapitalized(word) || !adjacent(text, word.end, next) || MONTHS_AND_DAYS.has(word.lower.replace(/(?:\.|[’']s)$/, ""))) break;
    if (/^(?:the|a|an|this|that|their|its)$/i.test(word.text)) break;
    run.unshift(word);
    next = word.start;
  }
  if (run.length === 0) return null;
  let place: string | undefined;
  const nameWords: string[] = [];
  for (const word of run) {
    const owner = possessiveOwner(word);
    const asPlace = owner ? knownPlace(owner) ?? owner.toLowerCase() : PERPETRATED.has(canonical) ? null : demonymPlace(word.text) ?? knownPlace(word.text);
    if (asPlace && nameWords.length === 0) place = asPlace;
    else if (!GENERIC_NAME_WORDS.has(word.lower)) nameWords.push(word.lower.replace(/-(?:led|backed|linked)$/, ""));
  }
  return { name: nameWords.length ? nameWords.join("-") : undefined, place, start: run[0]!.start };
}

const AREA_WORDS = new Set<string>(placeWords.areas);

/** "attack on Istanbul's Istiklal Street": places go to place, other names name the event. */
export function nameAfter(text: string, sentence: Span, from: number): { name?: string; place?: string; end: number } | null {
  const window = /^[^,;:()–—.!?]*/.exec(text.slice(from, Math.min(sentence.end, from + 70)))?.[0] ?? "";
  // The first word, five more, and the one after the fifth.
  const words = firstWordsIn(text, from, from + window.length, 7);
  if (!words[0] || !/^(?:on|in|at|against|near|of)$/.test(words[0].lower)) return null;
  let place: string | undefined;
  const nameWords: string[] = [];
  const asWritten: string[] = [];
  let end = words[0].end;
  for (const word of words.slice(1, 6)) {
    if (word.lower === "the" || word.lower === "a" || word.lower === "an" || DIRECTION_WORD.test(word.lower)) continue;
    if (!isCapitalized(word) || MONTHS_AND_DAYS.has(word.lower)) break;
    end = word.end;
    const owner = possessiveOwner(word);
    if (owner) {
      // "the Dominican Republic's capital": the owner is the whole name, not its last word.
      const whole = asWritten.length ? knownPlace(`${asWritten.join(" ")} ${owner}`) : null;
      if (whole) nameWords.length = 0;
      place = whole ?? knownPlace(owner) ?? owner.toLowerCase();
      continue;
    }
    // "Oxford Street": a name before a street word names the street, not the city.
    const street = GENERIC_NAME_WORDS.has(words[words.indexOf(word) + 1]?.lower ?? "");
    const known = street ? null : knownPlace(word.text);
    if (known && nameWords.length === 0) { place = known; continue; }
    // "the flood in Niger State", "in Kericho County": an area word after the place is the place's, no name.
    if (place && nameWords.length === 0 && AREA_WORDS.has(word.lower)) continue;
    // "in the Iraqi capital": a demonym names no event; the capital is read as its place elsewhere.
    if (!GENERIC_NAME_WORDS.has(word.lower) && !demonymPlace(word.text)) nameWords.push(word.lower);
    asWritten.push(word.text);
  }
  if (!place && nameWords.length === 0) return null;
  return { name: nameWords.length ? nameWords.join("-") : undefined, place, end };
}
