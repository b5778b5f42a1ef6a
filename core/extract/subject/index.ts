import type { Subject } from "../../model.js";
import type { Mention } from "../mention.js";
import type { Span } from "../span.js";
import { casualtyKind, findEvent, type EventReading } from "./event.js";
import { buildSubject } from "./key.js";
import { measureOf } from "./measure.js";
import { readNounPhrase, type NounPhrase } from "./noun-phrase.js";
import { demonymGroup, demonymPlace, groupOfPlace, knownPlace } from "./places.js";
import { hostPlace, placeAfter, possessivePlace } from "./place.js";
import { PEOPLE, PHRASE_STOP } from "./lexicon.js";
import { actorOf } from "./actor.js";
import { isCapitalized, singular } from "./words.js";
import { dateSubject, durationSubject } from "./time-subject.js";

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
  const measure = measureOf(text, mention) ?? (mention.kind === "percent" ? "share" : undefined);
  if (!group && (measure === "share" || FORCES.has(head))) {
    const actor = actorOf(text, sentence, mention.start, measure === "share" ? "holding" : "deploying");
    group = actor && FORCES.has(head) ? groupOfPlace(actor) ?? actor : actor;
    if (group) rules.push("subject.actor");
  }
  const parts: Span[] = [phrase, casualty?.span, place?.span, event?.span].filter((s): s is Span | NounPhrase => Boolean(s));
  const subject = buildSubject({
    text: sourceWords(text, parts),
    head,
    measure,
    group,
    place: place?.place ?? found.demonymAsPlace ?? event?.place,
    event: event?.event,
  });
  return { subject, rules };
}

interface HeadReading {
  head: string;
  group?: string;
  demonymAsPlace?: string;
  casualty?: { kind: string; span: Span };
  event?: EventReading | null;
  rules: string[];
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
    const head = singular(word.text);
    if (PEOPLE.has(head)) return { head, group: groupIn(phrase), rules: ["subject.noun-phrase"] };
    return { head, demonymAsPlace: placeIn(phrase), rules: ["subject.noun-phrase"] };
  }
  const measured = measuredBefore(text, mention.start)
    ?? (isMeasure(mention) ? copulaSubject(text, sentence, mention.start) : null)
    ?? (mention.kind === "percent" ? rateBefore(text, mention.start) : null);
  if (measured) return { head: measured.head, rules: ["subject.measured-noun"] };
  const noun = mention.noun;
  if (noun && noun.start >= mention.end && noun.end <= sentence.end && /\p{L}/u.test(noun.text)) {
    return { head: singular(noun.text.trim().split(/\s+/).pop()!), rules: ["subject.counted-noun"] };
  }
  return null;
}

/**
 * "the two countries", "their three sons": a small count after a definite word refers back to
 * things already named rather than stating how many there are, so it gets no subject.
 */
function isDefiniteReference(text: string, mention: Mention): boolean {
  if (typeof mention.value !== "number" || mention.value >= 20 || mention.kind !== "quantity") return false;
  if (mention.dimension && mention.dimension !== "count") return false;
  return /\b(?:the|these|those|both|its|their|his|her|our|my|your)\s+$/i.test(text.slice(Math.max(0, mention.start - 12), mention.start));
}

/** "unemployment stood at 12%", "a turnout of 48%": the rate named before a percentage. */
function rateBefore(text: string, start: number): { head: string } | null {
  const before = text.slice(Math.max(0, start - 60), start);
  const m = /(\p{L}{3,30})(?:\s+(?:rate|rates|level|share))?\s+(?:of|at|to|was|is|were|are|stood at|stands at|rose to|fell to|reached|hit|dropped to|climbed to|jumped to|increased to|decreased to)\s+(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+|roughly\s+|over\s+|more than\s+|less than\s+|only\s+|just\s+)?$/u.exec(before);
  if (!m || PHRASE_STOP.has(m[1]!.toLowerCase()) || /(?:ed|ing)$/.test(m[1]!)) return null;
  return { head: singular(m[1]!) };
}

/** Heads whose number depends on whose they are: "Russia has 1,000 troops" is not Turkey's. */
const FORCES = new Set(["troop", "soldier", "personnel", "fighter", "force", "police", "officer", "militant", "warship", "jet", "tank", "drone"]);

/** "a buffer zone with a depth of up to 32 km": the thing measured comes before its measure. */
function measuredBefore(text: string, start: number): { head: string } | null {
  const before = text.slice(Math.max(0, start - 80), start);
  const m = /(\p{L}{3,30})\s+(?:with|has|had|having|of)\s+(?:a|an)\s+(?:\p{L}{1,20}\s+)?(?:depth|length|width|height|altitude|radius|diameter|area|thickness)\s+of\s+(?:up to\s+|about\s+|some\s+|around\s+|nearly\s+|almost\s+)?$/u.exec(before);
  return m ? { head: singular(m[1]!) } : null;
}

function isMeasure(mention: Mention): boolean {
  return Boolean(mention.dimension) && mention.dimension !== "count" && mention.unit !== "person" && mention.kind === "quantity";
}

/**
 * "The strip is 18.6 miles deep": a measure with no noun after it, and a verb of being or
 * extending before it, measures the noun before that verb.
 */
function copulaSubject(text: string, sentence: Span, start: number): { head: string } | null {
  const before = text.slice(Math.max(sentence.start, start - 80), start);
  const verb = /\b(?:is|are|was|were|stands|stood|runs|ran|measures|measured|stretches|stretched|extends|extended|reaches|reached)\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|roughly\s+|over\s+|more than\s+|up to\s+)?$/.exec(before);
  if (!verb) return null;
  // The subject is the first noun phrase of the clause: "The wall along the border is" -> wall.
  const clause = before.slice(0, verb.index).split(/[,;:()]/).pop() ?? "";
  const words = clause.trim().split(/\s+/).filter((w) => /^\p{L}[\p{L}'’-]*$/u.test(w));
  let i = 0;
  while (i < words.length && /^(?:and|but|or|while|so|the|a|an|this|that|its|their|his|her|our|new|old)$/i.test(words[i]!)) i++;
  let head: string | undefined;
  for (; i < words.length && !PHRASE_STOP.has(words[i]!.toLowerCase()); i++) head = words[i];
  return head && head.length >= 3 ? { head: singular(head) } : null;
}

/** A demonym or people word modifying a count of people: "Syrian refugees" -> "syrian". */
function groupIn(phrase: NounPhrase | null): string | undefined {
  for (const word of phrase?.words ?? []) {
    if (!isCapitalized(word)) continue;
    const group = demonymGroup(word.text);
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
