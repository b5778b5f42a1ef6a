import type { Subject } from "../../model.js";
import type { Mention } from "../mention.js";
import type { Span } from "../span.js";
import { casualtyKind, findEvent, type EventReading } from "./event.js";
import { buildSubject } from "./key.js";
import { measureOf } from "./measure.js";
import { readNounPhrase, type NounPhrase } from "./noun-phrase.js";
import { demonymGroup, demonymPlace, groupOfPlace, knownPlace } from "./places.js";
import { hostPlace, placeAfter, possessivePlace } from "./place.js";
import { PEOPLE } from "./lexicon.js";
import { actorOf } from "./actor.js";
import { isDefiniteReference, thingBefore } from "./before.js";
import { isCapitalized, singular } from "./words.js";
import { dateSubject, durationSubject } from "./time-subject.js";
import { directionSubject, isCompassHead } from "./direction.js";

/**
 * What a number is about. Precision over recall: a claim without a subject is never compared,
 * a claim with a wrong one makes a false finding, so a subject is built only from a counted
 * noun, a casualty verb or an event the text names, and every facet from words that are there.
 */

export interface SubjectInput {
  text: string;
  sentence: Span;
  /** The text of the sentence before, for "it" in "since it's already hosting". */
  previousSentence: string;
  mention: Mention;
}

export interface SubjectReading {
  subject: Subject;
  rules: string[];
}

/**
 * @example findSubject({ text, sentence, previousSentence: "", mention })?.subject.key // "refugee|syrian|turkey"
 */
export function findSubject(input: SubjectInput): SubjectReading | null {
  const { mention } = input;
  if (mention.kind === "date") return dateSubject(input.text, input.sentence, mention);
  if (mention.kind === "duration") return durationSubject(input.text, input.sentence, mention);
  return quantitySubject(input);
}

function quantitySubject({ text, sentence, previousSentence, mention }: SubjectInput): SubjectReading | null {
  if (isDefiniteReference(text, mention)) return null;
  // Read the noun phrase ourselves from the end of the number: the quantity step's `noun` is
  // the counted word alone ("refugees"), and the words before it ("Syrian") carry the group.
  const inside = mention.noun && mention.noun.start >= mention.start && mention.noun.start < mention.end;
  const phrase = readNounPhrase(text, inside ? mention.noun!.start : mention.end, sentence.end);
  if (phrase && isCompassHead(phrase)) return directionSubject(text, sentence, phrase);
  const found = readHead(text, sentence, mention, phrase);
  if (!found) return null;
  const { head, casualty, event, rules } = found;
  let { group } = found;
  const host = hostPlace(text, sentence, mention.start, previousSentence);
  const after = placeAfter(text, phrase ? phrase.end : mention.end, sentence.end);
  const place = host ?? (after?.place ? after : null) ?? possessivePlace(text, mention.start);
  if (place?.rule) rules.push(place.rule);
  if (!group && after?.origin) {
    group = after.origin;
    rules.push("subject.origin");
  }
  const measure = measureOf(text, mention)
    ?? (mention.kind === "percent" ? "share" : undefined)
    ?? (mention.dimension === "length" && LONG_THINGS.has(head) ? "length" : undefined);
  if (!group && (measure === "share" || FORCES.has(head))) {
    const actor = actorOf(text, sentence, mention.start, measure === "share" ? "holding" : "deploying");
    group = actor && FORCES.has(head) ? groupOfPlace(actor) ?? actor : actor;
    if (group) rules.push("subject.actor");
  }
  const parts: Span[] = [phrase, found.span, casualty?.span, place?.span, event?.span].filter((s): s is Span | NounPhrase => Boolean(s));
  const subject = buildSubject({
    text: sourceWords(text, parts),
    head,
    measure,
    group,
    place: place?.place ?? found.demonymAsPlace ?? event?.place,
    event: event?.event,
  });
  // A generic head with no facet ("5 million people") would match every other one; people
  // need more than a place ("4.1 million people in Syria need aid" is not its population).
  if (GENERIC.has(subject.head) && !subject.group && !subject.event && (subject.head === "person" || !subject.place)) return null;
  return { subject, rules };
}

interface HeadReading {
  head: string;
  group?: string;
  demonymAsPlace?: string;
  casualty?: { kind: string; span: Span };
  event?: EventReading | null;
  rules: string[];
  /** Words read before the number ("The M4 highway"), for the subject's text. */
  span?: Span;
}

/** What the number counts: a casualty, the noun after it, or the thing measured before it. */
function readHead(text: string, sentence: Span, mention: Mention, phrase: NounPhrase | null): HeadReading | null {
  const casualty = casualtyKind(text, mention.start, mention.end, phrase);
  if (casualty) {
    const event = findEvent(text, sentence, mention.start, mention.end);
    return { head: casualty.kind, group: groupIn(phrase), casualty, event, rules: event ? ["subject.casualty", "subject.event"] : ["subject.casualty"] };
  }
  if (phrase) {
    const word = phrase.head;
    const people = demonymGroup(word.text);
    if (people && isCapitalized(word) && /s$/i.test(word.text)) return { head: "person", group: people, rules: ["subject.noun-phrase"] };
    const head = TOLLS.has(word.lower) ? "killed" : singular(word.text);
    const place = isCapitalized(word) && phrase.words.length === 1 ? knownPlace(word.text) : null;
    // "about a quarter of Syria": a share of a country is a share of its territory.
    if (place && /\bof\s+(?:the\s+)?$/.test(text.slice(mention.end, word.start))) return { head: "territory", demonymAsPlace: place, rules: ["subject.share-of-place"] };
    if (PEOPLE.has(head)) return { head, group: groupIn(phrase), rules: ["subject.noun-phrase"] };
    return { head, demonymAsPlace: placeIn(phrase), rules: ["subject.noun-phrase"] };
  }
  const before = thingBefore(text, sentence, mention);
  if (before && TOLLS.has(before.head)) {
    // "The death toll from the explosion rose to 11": a toll belongs to its event like any casualty count.
    const event = findEvent(text, sentence, mention.start, mention.end);
    return { head: "killed", demonymAsPlace: before.place, event, rules: event ? [before.rule, "subject.event"] : [before.rule], span: before.span };
  }
  if (before) return { head: before.head, demonymAsPlace: before.place, rules: [before.rule], span: before.span };
  const noun = mention.noun;
  if (noun && noun.start >= mention.end && noun.end <= sentence.end && /\p{L}/u.test(noun.text)) {
    return { head: singular(noun.text.trim().split(/\s+/).pop()!), rules: ["subject.counted-noun"] };
  }
  return null;
}

/** "The death toll rose to 50": a toll counts the dead. */
const TOLLS = new Set(["toll", "tolls"]);

/** Heads that say nothing alone: "5 million people" is comparable only with a group, place or event. */
const GENERIC = new Set(["person", "time", "case", "thing", "way", "part", "one", "other", "item", "point", "member", "unit", "piece"]);

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
