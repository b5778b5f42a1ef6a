import type { EventFrame } from "../../model.js";
import type { Span } from "../span.js";
import events from "./data/events.js";
import { agreedDate, agreedPlace, recent } from "./agreement.js";
import { datesBetween, lowerText, sentenceAt, type SubjectContext } from "./context.js";
import { eventDate } from "./event-date.js";
import { byVerbAt, capitalAfter, openingPlace, placeInClause } from "./event-place.js";
import { datelinePlace, leadEnd } from "./story-lead.js";
import { compoundNoun, nameEvent, type EventReading } from "./event.js";
import { anchorChains, eventPlaceAfter, placesAroundIn, rememberPlace } from "./named-place.js";
import { classOfEvent, EVENTS } from "./lexicon.js";
import { lastWordsIn, singular, wordsIn } from "./words.js";
import { wordBeforeEnd } from "../word-before.js";
import { wordTrie } from "../word-trie.js";
import { firesGuns, strikingEvent } from "./event-word-idiom.js";

/**
 * The event part of a frame: its type class (an explosion, a blast and a bomb attack are one
 * class, data/events.json), the place it happened and the day, read from the words around
 * the event noun, or else from the same event named elsewhere in the article ("An explosion
 * tore through the market on Sunday ... The blast killed 12": the blast is Sunday's).
 */

const VENUES = new Set<string>(events.venues);
const LABOUR = new Set<string>(events.labourCues);
const MODIFIER_CLASSES = new Map<string, string>(Object.entries(events.modifierClasses));
const VENUE_AFTER = new RegExp(String.raw`^[^,;:.!?()]{0,40}?\b(?:through|on|in|at|near|inside|outside|into|targeting|targeted|hit|struck|outside of)\s+(?:the|a|an|its|their)\s+(?:[\p{L}’'-]+\s+){0,2}?(${events.venues.join("|")})s?\b`, "iu");

/**
 * The type class of an event word: "explosion" and "bomb attack" are "attack"; a strike by
 * workers is a "labour-strike", not a military one.
 * @example eventClass("airstrike", "a general strike", { start: 10, end: 16 }) // "labour-strike"
 */
export function eventClass(kind: string, text: string, noun: Span): string {
  // "the Brumadinho dam disaster", "the ferry tragedy": a generic noun takes its class from the word before it.
  if (kind === "disaster") {
    const word = wordBeforeEnd(text.slice(Math.max(0, noun.start - 20), noun.start))?.toLowerCase() ?? "";
    // "a ferry sinking incident": an event word before the generic one is its class.
    const cls = MODIFIER_CLASSES.get(word) ?? (EVENTS[word] && EVENTS[word] !== "disaster" ? classOfEvent(EVENTS[word]!) : undefined);
    if (cls) return cls;
  }
  if (/^strikes?$/i.test(text.slice(noun.start, noun.end))) {
    if (isLabourStrike(text, noun)) return "labour-strike";
    const striking = strikingEvent(text, noun.start, noun.end);
    if (striking) return striking;
  }
  // "a gunman opened fire": a shooting, not a blaze.
  if (kind === "fire" && noun.end - noun.start === 4 && firesGuns(text, noun.start)) return "attack";
  return classOfEvent(kind);
}

function isLabourStrike(text: string, noun: Span): boolean {
  const before = text.slice(Math.max(0, noun.start - 30), noun.start);
  if (/\b(?:on|went on|go on|going on|called a|call a|staged a|stage a)\s+$/i.test(before)) return true;
  const words = lastWordsIn(text, Math.max(0, noun.start - 30), noun.start, 2);
  if (words.some((w) => LABOUR.has(w.lower))) return true;
  return /^\s+(?:by|of)\s+(?:workers|staff|teachers|nurses|doctors|unions?|employees|drivers|miners)\b|^\s+action\b/i.test(text.slice(noun.end, noun.end + 30));
}

/**
 * The venue of an event: "an explosion tore through the market", "the stadium bombing".
 * @example venueOf("An explosion tore through the market", { start: 3, end: 12 }, { start: 3, end: 12 })?.id // "market"
 */
export function venueOf(text: string, lead: Span, noun: Span): { id: string; text: string } | null {
  const before = wordBeforeEnd(text.slice(Math.max(0, lead.start - 20), lead.start));
  if (before && VENUES.has(before.toLowerCase())) return { id: singular(before), text: before };
  const after = VENUE_AFTER.exec(text.slice(noun.end, noun.end + 90));
  return after ? { id: singular(after[1]!), text: after[1]! } : null;
}



/** A mention of an event somewhere in the article, with what the words around it say. */
export interface NamedEvent {
  start: number;
  /** The event word as written ("blast", "fires"). */
  word: string;
  /** A name read with it ("istiklal", "tubbs"), several events counted together, as nameEvent reads them. */
  name?: string;
  several?: boolean;
  id: string;
  place?: string;
  date?: string;
}

/** Per event class, the words that name it, as one case-sensitive regex over lowercased text. */
const CLASS_WORDS = new Map<string, RegExp>();
{
  const words = new Map<string, string[]>();
  const add = (cls: string, word: string) => words.set(cls, [...(words.get(cls) ?? []), word]);
  for (const [word, kind] of Object.entries(EVENTS)) add(classOfEvent(kind), word);
  add("labour-strike", "strike");
  // "ferry disaster" is a capsizing: each class a modifier gives is also named by the generic nouns.
  for (const cls of new Set(MODIFIER_CLASSES.values())) for (const [word, kind] of Object.entries(EVENTS)) if (kind === "disaster") add(cls, word);
  add("labour-strike", "strikes");
  // As a trie (word-trie.ts: the same match at each place, longest first, one character deciding each branch): each is a scan of the whole article.
  for (const [cls, list] of words) CLASS_WORDS.set(cls, new RegExp(String.raw`\b${wordTrie(list)}\b`, "g"));
}

interface ArticleEvents {
  lower: string;
  byClass: Map<string, NamedEvent[]>;
}

/**
 * Every mention of one event class in the article with its place and day, read on first need
 * for that class only (an article names a handful of classes).
 */
export function eventsOfClass(context: SubjectContext, cls: string): NamedEvent[] {
  const cache = (context.events ??= { lower: lowerText(context), byClass: new Map() }) as ArticleEvents;
  const known = cache.byClass.get(cls);
  if (known) return known;
  const found: NamedEvent[] = [];
  const pattern = CLASS_WORDS.get(cls);
  let single = 0;
  if (pattern) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(cache.lower); m && single < 50; m = pattern.exec(cache.lower)) {
      const sentence = sentenceAt(context, m.index);
      const words = wordsIn(context.text, Math.max(sentence.start, m.index - 30), m.index + m[0].length);
      const noun = words[words.length - 1]!;
      const reading = nameEvent(context.text, sentence, noun, compoundNoun(words, words.length - 1));
      // Several events counted together ("twin blasts") are kept, marked, for the story's event.
      if (reading.several) {
        found.push({ start: m.index, word: m[0], id: cls, several: true });
        continue;
      }
      const frame = eventFrame(reading, context.text, sentence, context, false);
      if (frame.id === cls) {
        found.push({ start: m.index, word: m[0], id: frame.id, place: frame.place, date: frame.date, name: reading.name });
        single++;
      }
    }
  }
  anchorChains(context, found.map((e) => e.place));
  cache.byClass.set(cls, found);
  return found;
}

/**
 * "By late Monday, 398 people were reported dead ... from the quake": a sentence opening on "By",
 * "As of" or "Until" and a day tells when its count stood, not when the event happened (it struck
 * on Sunday). The opener's day is no date of the event.
 */
function countTime(context: SubjectContext, sentence: Span, date: string): boolean {
  const text = context.text.slice(sentence.start, sentence.end);
  const comma = text.indexOf(",");
  if (comma < 0 || !COUNT_OPENER.test(text)) return false;
  return datesBetween(context, sentence.start, sentence.start + comma).some((d) => d.value === date);
}

const COUNT_OPENER = /^\s*(?:by|as\s+of|until)\s/i;

/**
 * The frame of an event reading. Without a place or day of its own, it takes them from the
 * same event class named elsewhere in the article, but only when every other mention that
 * gives one agrees: an article about this year's and last year's bombing inherits nothing.
 */
export function eventFrame(reading: EventReading, text: string, sentence: Span, context: SubjectContext | undefined, inherit = true): EventFrame {
  const id = `${reading.several ? "several-" : ""}${eventClass(reading.kind, text, reading.noun)}`;
  const frame: EventFrame = { id, text: text.slice(reading.span.start, reading.span.end).trim() };
  // An event told by a verb ("a gas can exploded ... in Oruro") has no noun phrase to name its place.
  const byVerb = !EVENTS[text.slice(reading.noun.start, reading.noun.end).toLowerCase()] || byVerbAt(text, reading.noun.end);
  let place = reading.place ?? openingPlace(text, sentence, reading.noun.start) ?? capitalAfter(text, reading.noun.end, sentence.end);
  // "the stampede at Kanjuruhan Stadium, Malang, East Java": a named place the gazetteer lacks, with what contains it.
  if (context) datelinePlace(context);
  const chain = eventPlaceAfter(text, reading.noun.end, sentence.end, context);
  if (chain && (!place || chain.entity.within?.includes(place))) {
    place = chain.entity.id;
    rememberPlace(context, chain.entity);
  }
  place ??= byVerb ? placeInClause(text, reading.noun.end, sentence.end) : undefined;
  if (place) frame.place = place;
  const date = context ? eventDate(context, sentence, reading.span) : undefined;
  if (date && !countTime(context!, sentence, date)) frame.date = date;
  if (inherit && context && !reading.several) {
    const others = eventsOfClass(context, frame.id).filter((e) => !e.several && e.start !== reading.noun.start);
    if (!frame.date) {
      // A day from another sentence only when all agree and it is recent: "the deadliest since a
      // truck bomb at the Marriott in 2008" dates another bombing, not the one the story reports.
      const day = agreedDate(others);
      // An old day counts when the lead gives it: the story retells that event ("The assassination
      // of Benazir Bhutto took place on 27 December 2007 ... 23 others were killed by the bombing").
      if (day && (recent(day, context.published) || others.some((e) => e.date && e.start < leadEnd(context)))) frame.date = day;
    }
    // "in southern Philippines" and, for the same landslide, "in Maco town": the most specific place the story agrees on.
    const where = agreedPlace(frame.place ? [...others, { start: -1, word: "", id: frame.id, place: frame.place }] : others, (id) => placesAroundIn(context, id));
    if (where) frame.place = where;
  }
  return frame;
}

