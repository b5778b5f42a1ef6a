import type { Span } from "../span.js";
import { actorOf } from "./actor.js";
import { isDefiniteReference, thingBefore } from "./before.js";
import { directionSubject, isCompassHead } from "./direction.js";
import { casualtyKind } from "./casualty.js";
import { tollPhrase } from "./toll-phrase.js";
import { findEvent } from "./event.js";
import { buildSubject } from "./key.js";
import { labelHead, numberOfPhrase, tableCellHead } from "./label.js";
import { PEOPLE } from "./lexicon.js";
import { measureOf } from "./measure.js";
import { readNounPhrase, type NounPhrase } from "./noun-phrase.js";
import { hostPlace, placeAfter, possessivePlace } from "./place.js";
import { demonymGroup, demonymPlace, groupOfPlace, knownPlace } from "./places.js";
import type { Reading, SubjectStep } from "./reading.js";
import { isCapitalized, singular } from "./words.js";

/**
 * The steps that read what a quantity or percent is about, in order: guards, then the head
 * (the first step that finds one wins), then its facets, then the subject. Precision over
 * recall: a claim without a subject is never compared, a claim with a wrong one makes a false
 * finding, so a head comes only from a counted noun, a casualty word, an event, or a thing the
 * clause names, and every facet from words that are there.
 */

const hasHead = (r: Reading) => r.head !== undefined;

export const QUANTITY_STEPS: readonly SubjectStep[] = [
  // "the two countries": a small count that refers back says nothing about how many.
  { name: "subject.definite-reference", run: (r) => (isDefiniteReference(r.input.text, r.input.mention) ? stop(r) : undefined) },
  // Read once here; every later step may look at it. The quantity step's `noun` is the
  // counted word alone ("refugees"); the words before it ("Syrian") carry the group.
  {
    name: "subject.read-phrase",
    run: (r) => {
      const { text, mention, sentence } = r.input;
      const inside = mention.noun && mention.noun.start >= mention.start && mention.noun.start < mention.end;
      r.phrase = readNounPhrase(text, inside ? mention.noun!.start : mention.end, sentence.end);
    },
  },
  // "30 km north of Aleppo": a distance from a place, decided alone.
  {
    name: "subject.direction-of-place",
    run: (r) => {
      if (!r.phrase || !isCompassHead(r.phrase)) return;
      r.result = directionSubject(r.input.text, r.input.sentence, r.phrase);
      return "stop";
    },
  },
  // "officials put the death toll at 26", "the toll has risen to 84": a toll phrase names the count.
  {
    name: "subject.toll-phrase",
    run: (r) => {
      const { text, sentence, mention } = r.input;
      const toll = tollPhrase(text, sentence, mention);
      if (!toll) return;
      r.casualty = toll;
      r.head = toll.kind;
      r.rules.push("subject.toll-phrase");
      eventOf(r);
    },
  },
  // "killed six people", "81 injured", "1,300 civilians have been killed": a casualty count, with its event.
  {
    name: "subject.casualty",
    run: (r) => {
      if (r.casualty) return;
      const { text, mention } = r.input;
      const casualty = casualtyKind(text, mention.start, mention.end, r.phrase);
      if (!casualty) return;
      r.casualty = casualty;
      r.head = casualty.kind;
      r.group = groupIn(r.phrase);
      r.rules.push("subject.casualty");
      eventOf(r);
    },
  },
  // "The number of refugees now tops 3 million", "Syrians under temporary protection now number 3.2 million".
  {
    name: "subject.number-of",
    run: (r) => {
      if (hasHead(r) || r.phrase) return;
      const counted = numberOfPhrase(r.input.text, r.input.sentence, r.input.mention);
      if (!counted) return;
      r.countedSpan = counted;
      headFromPhrase(r, counted.phrase, "subject.number-of");
    },
  },
  { name: "subject.noun-phrase", run: (r) => (hasHead(r) || !r.phrase ? undefined : headFromPhrase(r, r.phrase, "subject.noun-phrase")) },
  // "The death toll from the explosion rose to 11", "Inflation in Turkey hit 85%", "The strip is 18.6 miles deep".
  {
    name: "subject.clause-subject",
    run: (r) => {
      if (hasHead(r)) return;
      const before = thingBefore(r.input.text, r.input.sentence, r.input.mention);
      if (!before) return;
      r.head = TOLLS.has(before.head) ? "killed" : before.head;
      r.demonymAsPlace = before.place;
      r.headSpan = before.span;
      r.rules.push(before.rule);
      if (r.head === "killed") eventOf(r);
    },
  },
  // "Deaths: Seven directly due to fire": a label line names what its figure counts.
  headFromStructure("subject.label", (r) => labelHead(r.input.text, r.input.mention)),
  // "State | Candidate | Vote" over "Alaska | Dan Sullivan | 54%": a cell counts its column's header.
  headFromStructure("subject.table-cell", (r) => (r.input.context ? tableCellHead(r.input.context, r.input.mention) : null)),
  // What the quantity step saw as the counted noun, when nothing else named a head.
  {
    name: "subject.counted-noun",
    run: (r) => {
      if (hasHead(r)) return;
      const noun = r.input.mention.noun;
      if (!noun || noun.start < r.input.mention.end || noun.end > r.input.sentence.end || !/\p{L}/u.test(noun.text)) return stop(r);
      r.head = singular(noun.text.trim().split(/\s+/).pop()!);
      r.rules.push("subject.counted-noun");
    },
  },
  // Where the count holds: a host verb, a place phrase after the noun, a possessive.
  {
    name: "subject.place",
    run: (r) => {
      const { text, sentence, mention, previousSentence } = r.input;
      const host = hostPlace(text, sentence, mention.start, previousSentence);
      const after = placeAfter(text, r.countedSpan?.phrase.end ?? (r.phrase ? r.phrase.end : mention.end), sentence.end);
      r.place = host ?? (after?.place ? after : null) ?? possessivePlace(text, mention.start);
      if (r.place?.rule) r.rules.push(r.place.rule);
      if (!r.group && after?.origin) {
        r.group = after.origin;
        r.rules.push("subject.origin");
      }
    },
  },
  {
    name: "subject.measure",
    run: (r) => {
      const { text, mention } = r.input;
      r.measure = measureOf(text, mention)
        ?? (mention.kind === "percent" ? "share" : undefined)
        ?? (mention.dimension === "length" && LONG_THINGS.has(r.head!) ? "length" : undefined);
    },
  },
  // "Russia has 1,000 troops", "Damascus controls 70%": whose forces, whose share.
  {
    name: "subject.actor",
    run: (r) => {
      if (r.group || (r.measure !== "share" && !FORCES.has(r.head!))) return;
      const actor = actorOf(r.input.text, r.input.sentence, r.input.mention.start, r.measure === "share" ? "holding" : "deploying");
      r.group = actor && FORCES.has(r.head!) ? groupOfPlace(actor) ?? actor : actor;
      if (r.group) r.rules.push("subject.actor");
    },
  },
  {
    name: "subject.build",
    run: (r) => {
      const event = r.event ?? undefined;
      const parts = [r.phrase, r.headSpan, r.casualty?.span, r.place?.span, event?.span].filter((s): s is Span | NounPhrase => Boolean(s));
      r.subject = buildSubject({
        text: sourceWords(r.input.text, parts),
        head: r.head!,
        measure: r.measure,
        group: r.group,
        place: r.place?.place ?? r.demonymAsPlace ?? event?.place,
        event: event?.event,
      });
    },
  },
  // A generic head with no facet ("5 million people") would match every other one; people
  // need more than a place ("4.1 million people in Syria need aid" is not its population).
  // A counted phrase with a status ("Syrians under temporary protection") is no generic count.
  {
    name: "subject.generic",
    run: (r) => {
      const s = r.subject!;
      if (GENERIC.has(s.head) && !s.group && !s.event && (s.head === "person" || !s.place)) return stop(r);
    },
  },
];

/** A step that takes the head a document's structure names, unless a specific head is already read. */
function headFromStructure(name: string, read: (r: Reading) => { head: string; span: Span } | null | undefined): SubjectStep {
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

function stop(r: Reading): "stop" {
  r.result = null;
  return "stop";
}

/** The event a casualty count belongs to, from its sentence. */
function eventOf(r: Reading): void {
  const { text, sentence, mention } = r.input;
  // "11 Marines, one Navy medic and an Army soldier perished in the explosion": after the list's verb.
  const verbEnd = r.casualty && r.casualty.span.start > mention.end ? r.casualty.span.end : undefined;
  r.event = findEvent(text, sentence, mention.start, mention.end) ?? (verbEnd ? findEvent(text, sentence, mention.start, verbEnd) : null);
  if (r.event) r.rules.push("subject.event");
}

/** The head a noun phrase gives: people of a demonym, a share of a place, people, or a thing. */
function headFromPhrase(r: Reading, phrase: NounPhrase, rule: string): void {
  const { text, mention } = r.input;
  const word = phrase.head;
  const people = demonymGroup(word.text);
  r.rules.push(rule);
  if (people && isCapitalized(word) && /s$/i.test(word.text)) {
    r.head = "person";
    r.group = people;
    return;
  }
  r.head = TOLLS.has(word.lower) ? "killed" : singular(word.text);
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

/** "The death toll rose to 50": a toll counts the dead. */
const TOLLS = new Set(["toll", "tolls"]);

/** Heads that say nothing alone: "5 million people" is comparable only with a group, place or event. */
export const GENERIC = new Set(["person", "time", "case", "thing", "way", "part", "one", "other", "item", "point", "member", "unit", "piece"]);

/** Things whose bare length is their length: "the 764-km wall" is not its height. */
const LONG_THINGS = new Set(["wall", "border", "frontier", "road", "highway", "pipeline", "river", "tunnel", "fence", "line", "corridor", "route", "railway", "canal", "coastline", "bridge", "trench", "barrier"]);

/** Heads whose number depends on whose they are: "Russia has 1,000 troops" is not Turkey's. */
const FORCES = new Set(["troop", "soldier", "personnel", "fighter", "force", "police", "officer", "militant", "warship", "jet", "tank", "drone"]);

/** A demonym or people word modifying a count of people: "Syrian refugees" -> "syrian". */
function groupIn(phrase: NounPhrase | null): string | undefined {
  for (const word of phrase?.words ?? []) {
    if (!isCapitalized(word)) continue;
    const group = demonymGroup(word.text) ?? groupOfPlace(knownPlace(word.text) ?? "");
    if (group) return group;
  }
  return undefined;
}

/** A demonym or place name modifying a thing: "Syrian territory" -> "syria". */
function placeIn(phrase: NounPhrase): string | undefined {
  for (const word of phrase.words.slice(0, -1)) {
    if (!isCapitalized(word)) continue;
    const place = demonymPlace(word.text) ?? knownPlace(word.text);
    if (place) return place;
  }
  return undefined;
}

/** The words the subject was read from: one stretch when the parts are close, else the first part. */
function sourceWords(text: string, parts: readonly Span[]): string {
  if (parts.length === 0) return "";
  const start = Math.min(...parts.map((p) => p.start));
  const end = Math.max(...parts.map((p) => p.end));
  if (end - start <= 160) return text.slice(start, end).trim();
  return text.slice(parts[0]!.start, parts[0]!.end).trim();
}
