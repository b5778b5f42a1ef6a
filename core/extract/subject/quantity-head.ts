import type { Span } from "../span.js";
import { findEvent } from "./event.js";
import { nounClass } from "./frame-measure.js";
import { PEOPLE } from "./lexicon.js";
import type { NounPhrase } from "./noun-phrase.js";
import { demonymGroup, demonymPlace, groupOfPlace, knownPlace } from "./places.js";
import type { Reading, SubjectStep } from "./reading.js";
import { isCapitalized, singular } from "./words.js";

/**
 * What the quantity steps (steps.ts) share: how a noun phrase gives a head, the facets read
 * from its words (a group of people, a place), the event of a casualty count, and the word
 * classes that decide them.
 */

/** A step that takes the head a document's structure names, unless a specific head is already read. */
const hasHead = (r: Reading) => r.head !== undefined;

export function headFromStructure(name: string, read: (r: Reading) => { head: string; span: Span } | null | undefined): SubjectStep {
  return {
    name,
    run: (r) => {
      if (hasHead(r) && !GENERIC.has(r.head!)) return;
      const found = read(r);
      if (!found) return;
      r.head = found.head;
      r.headSpan = found.span;
      r.rules.push(name);
    },
  };
}

export function stop(r: Reading): "stop" {
  r.result = null;
  return "stop";
}

/** The event a casualty count belongs to, from its sentence. */
export function eventOf(r: Reading): void {
  const { text, sentence, mention } = r.input;
  // "11 Marines, one Navy medic and an Army soldier perished in the explosion": after the list's verb.
  const verbEnd = r.casualty && r.casualty.span.start > mention.end ? r.casualty.span.end : undefined;
  r.event = findEvent(text, sentence, mention.start, mention.end) ?? (verbEnd ? findEvent(text, sentence, mention.start, verbEnd) : null);
  if (r.event) r.rules.push("subject.event");
}

/** The head a noun phrase gives: people of a demonym, a share of a place, people, or a thing. */
export function headFromPhrase(r: Reading, phrase: NounPhrase, rule: string): void {
  const { text, mention } = r.input;
  const word = phrase.head;
  const people = demonymGroup(word.text);
  r.rules.push(rule);
  if (people && isCapitalized(word) && /s$/i.test(word.text)) {
    r.head = "person";
    r.group = people;
    return;
  }
  r.head = TOLLS.has(word.lower) ? "killed" : compoundClass(phrase) ?? singular(word.text);
  const place = isCapitalized(word) && phrase.words.length === 1 ? knownPlace(word.text) : null;
  // "about a quarter of Syria": a share of a country is a share of its territory.
  if (place && /\bof\s+(?:the\s+)?$/.test(text.slice(mention.end, word.start))) {
    r.head = "territory";
    r.demonymAsPlace = place;
    r.rules[r.rules.length - 1] = "subject.share-of-place";
    return;
  }
  if (PEOPLE.has(r.head)) r.group = groupIn(phrase);
  else r.demonymAsPlace = placeIn(phrase);
}

/** "15 crew members": a two-word counted noun with a class of its own, when its last word alone is generic. */
function compoundClass(phrase: NounPhrase): string | undefined {
  const n = phrase.words.length;
  const last = singular(phrase.head.text);
  return n > 1 && GENERIC.has(last) ? nounClass(`${phrase.words[n - 2]!.lower} ${last}`) : undefined;
}

/** "The death toll rose to 50": a toll counts the dead. */
export const TOLLS = new Set(["toll", "tolls"]);

/** Heads that say nothing alone: "5 million people" is comparable only with a group, place or event. */
export const GENERIC = new Set(["person", "time", "case", "thing", "way", "part", "one", "other", "item", "point", "member", "unit", "piece"]);

/** Things whose bare length is their length: "the 764-km wall" is not its height. */
export const LONG_THINGS = new Set(["wall", "border", "frontier", "road", "highway", "pipeline", "river", "tunnel", "fence", "line", "corridor", "route", "railway", "canal", "coastline", "bridge", "trench", "barrier"]);

/** Heads whose number depends on whose they are: "Russia has 1,000 troops" is not Turkey's. */
export const FORCES = new Set(["troop", "soldier", "personnel", "fighter", "force", "police", "officer", "militant", "warship", "jet", "tank", "drone"]);

/** A demonym or people word modifying a count of people: "Syrian refugees" -> "syrian". */
export function groupIn(phrase: NounPhrase | null): string | undefined {
  for (const word of phrase?.words ?? []) {
    if (!isCapitalized(word)) continue;
    const group = demonymGroup(word.text) ?? groupOfPlace(knownPlace(word.text) ?? "");
    if (group) return group;
  }
  return undefined;
}

/** A demonym or place name modifying a thing: "Syrian territory" -> "syria". */
export function placeIn(phrase: NounPhrase): string | undefined {
  for (const word of phrase.words.slice(0, -1)) {
    if (!isCapitalized(word)) continue;
    const place = demonymPlace(word.text) ?? knownPlace(word.text);
    if (place) return place;
  }
  return undefined;
}

/** The words the subject was read from: one stretch when the parts are close, else the first part. */
export function sourceWords(text: string, parts: readonly Span[]): string {
  if (parts.length === 0) return "";
  const start = Math.min(...parts.map((p) => p.start));
  const end = Math.max(...parts.map((p) => p.end));
  if (end - start <= 160) return text.slice(start, end).trim();
  return text.slice(parts[0]!.start, parts[0]!.end).trim();
}

/** A toll named before a stretch of place phrases: "The death toll from X at Y, Z, " (no verb, no new clause). */
const TOLL_THEN_PLACES = /\b(?:death\s+toll|toll|number\s+of\s+(?:the\s+)?(?:dead|deaths|victims|fatalities))\s+(?:from|in|at|of|for)\s+(?:(?!\b(?:which|who|that|and|but|said|says|after|when|while)\b)[^;:.!?()])*$/iu;

/**
 * Whether the words of the sentence before `at` name a toll followed only by where it is of:
 * the proper name at `at` ends that place chain, and the count is the toll's.
 * @example tollBefore("The death toll from the crush at Kanjuruhan Stadium, Malang, East Java has", 0, 61) // true
 */
export function tollBefore(text: string, sentenceStart: number, at: number): boolean {
  return TOLL_THEN_PLACES.test(text.slice(Math.max(sentenceStart, at - 200), at));
}
