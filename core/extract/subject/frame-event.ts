import type { EventFrame } from "../../model.js";
import type { Span } from "../span.js";
import events from "./data/events.js";
import { agreedDate, agreedPlace, recent } from "./agreement.js";
import { datesBetween, sentenceAt, type SubjectContext } from "./context.js";
import { leadEnd } from "./story-event.js";
import { compoundNoun, nameEvent, type EventReading } from "./event.js";
import { slugOf } from "./frame-scope.js";
import { capitalOf, gazetteerPlace, placeOfDemonym } from "./gazetteer.js";
import { EVENTS, MONTHS_AND_DAYS } from "./lexicon.js";
import { lastWordsIn, singular, wordsIn } from "./words.js";

/**
 * The event part of a frame: its type class (an explosion, a blast and a bomb attack are one
 * class, data/events.json), the place it happened and the day, read from the words around
 * the event noun, or else from the same event named elsewhere in the article ("An explosion
 * tore through the market on Sunday ... The blast killed 12": the blast is Sunday's).
 */

const CLASSES = new Map<string, string>(Object.entries(events.classes));
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
    const before = /([\p{L}-]+)\s+$/u.exec(text.slice(Math.max(0, noun.start - 20), noun.start));
    const cls = before ? MODIFIER_CLASSES.get(before[1]!.toLowerCase()) : undefined;
    if (cls) return cls;
  }
  if (/^strikes?$/i.test(text.slice(noun.start, noun.end)) && isLabourStrike(text, noun)) return "labour-strike";
  // "a gunman opened fire": a shooting, not a blaze.
  if (kind === "fire" && /^fire$/i.test(text.slice(noun.start, noun.end)) && /\b(?:open|opened|opens|opening|returned|exchanged|came under)\s+$/i.test(text.slice(Math.max(0, noun.start - 14), noun.start))) return "attack";
  return CLASSES.get(kind) ?? kind;
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
  const before = /([\p{L}-]+)\s+$/u.exec(text.slice(Math.max(0, lead.start - 20), lead.start));
  if (before && VENUES.has(before[1]!.toLowerCase())) return { id: singular(before[1]!), text: before[1]! };
  const after = VENUE_AFTER.exec(text.slice(noun.end, noun.end + 90));
  return after ? { id: singular(after[1]!), text: after[1]! } : null;
}

/**
 * The day of the event whose words are `span`: a date right before it ("Monday's earthquake",
 * "last year's stadium bombing", "the Nov. 13 attack"), a date after it in its clause ("the
 * raid on 26 October 2019", "tore through the market on Sunday"), or a date opening its
 * sentence ("On 3 May 2021, police carried out the raid"). Values come from the date step.
 */
export function eventDate(context: SubjectContext, sentence: Span, span: Span): string | undefined {
  for (const date of datesBetween(context, sentence.start, sentence.end)) {
    const value = date.value as string;
    if (date.end <= span.start) {
      const between = context.text.slice(date.end, span.start);
      if (/^(?:['’]s)?\s+(?:[\p{L}-]+\s+){0,2}$/u.test(between) && !/\b(?:the|a|an|and|or|since|after|before|until)\s/i.test(between)) return value;
      if (date.start - sentence.start <= 24 && /^\s*,/.test(between) && OPENER.test(context.text.slice(sentence.start, date.start))) return value;
      if (/^(?:on|in)\s*$/i.test(context.text.slice(sentence.start, date.start).trim()) && /^,/.test(between.trimStart())) return value;
    } else if (date.start >= span.end) {
      const between = context.text.slice(span.end, date.start);
      // "The toll from the blast rose on Wednesday": the day the toll rose, not the blast's.
      // "after the suicide attack Monday night": a weekday right after the event noun, without "on" (wire style).
      if (/^\s+$/.test(between) && /^(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i.test(context.text.slice(date.start, date.end))) return value;
      if (between.length <= 80 && !/[,;:()–—]|\b(?:since|after|before|until|when|which|who|while|and|but|killing|leaving|died|dies|arrested|rose|risen|rises|climbed|increased|jumped|reached|stood|revised|said|says|told|reported)\b/i.test(between) && /\b(?:on|in|at|last|this|early|late)\s+(?:the\s+)?$/i.test(between)) return value;
    }
  }
  // "a 2015 tailings dam collapse": a year the date reader took for a count, right before the event's words.
  return YEAR_BEFORE.exec(context.text.slice(Math.max(sentence.start, span.start - 40), span.start))?.[1];
}

const YEAR_BEFORE = /\b(?:a|an|the|its|their|that|this)\s+((?:19|20)\d{2})\s+(?:[\p{L}-]+\s+){0,2}$/u;

/** What may open a sentence before its date: "On", "Early on", "On the night of". */
const OPENER = /^\s*(?:(?:on|in|early on|late on)(?:\s+the\s+(?:night|morning|evening|afternoon|eve)\s+of)?)?\s*$/i;

const CAPITAL = /\b(?:in|near|outside|of)\s+(?:the\s+)?(\p{Lu}[\p{L}’'.-]*?(?:\s+\p{Lu}[\p{L}’'.-]*?){0,2})(?:['’]s)?\s+capital\b(?:,?\s+(\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,2}))?/u;

/**
 * "in Iraq's capital Baghdad", "in the Iraqi capital": the capital named, or the capital of
 * the country or demonym before "capital".
 */
function capitalAfter(text: string, from: number, to: number): string | undefined {
  const clause = /^[^;:()–—.!?]{0,120}/.exec(text.slice(from, to))?.[0] ?? "";
  if (!clause.includes("capital")) return undefined;
  const m = CAPITAL.exec(clause);
  if (!m) return undefined;
  const named = m[2] ? gazetteerPlace(m[2].replace(/\.$/, "")) : null;
  if (named) return named;
  const country = gazetteerPlace(m[1]!) ?? placeOfDemonym(m[1]!);
  return (country && capitalOf(country)) ?? undefined;
}

/** "An explosion hit a bus station in Kandahar": an event noun whose verb says where it struck. */
const STRUCK = /^\s+(?:has\s+|had\s+)?(?:hit|hits|struck|strikes|tore|ripped|rocked|rocks|shook|shakes|jolted|rattled|occurred|happened|took place|went off|exploded|targeted|destroyed|damaged)\b/i;

/**
 * "exploded near the route of the Carnival in Oruro, Bolivia": the place of an event told by a
 * verb, from an "in <Place>" later in its clause (a known place, or a capitalised name with a
 * known place after its comma).
 */
function placeInClause(text: string, from: number, to: number): string | undefined {
  const clause = /^[^;:()–—.!?]{0,120}/.exec(text.slice(from, to))?.[0] ?? "";
  const m = PLACE_IN_CLAUSE.exec(clause);
  // "off Chile's Bio-Bio region": the owner of a possessive is the place; "in Islamabad
  // Wednesday": a day after the name is no part of it.
  const name = m?.[1]?.replace(/\.$/, "").replace(/^(\p{Lu}[\p{L}.-]*)['’]s(?:\s.*)?$/u, "$1").split(/\s+/).filter((w, i, all) => !all.slice(0, i + 1).some((x) => MONTHS_AND_DAYS.has(x.toLowerCase().replace(/\.$/, "")))).join(" ");
  if (!name || MONTHS_AND_DAYS.has(name.toLowerCase())) return undefined;
  const container = m![2]?.replace(/\.$/, "");
  // "An earthquake struck Maiduguri": a name the gazetteer lacks is still a place, by its slug,
  // so the quake there and the one that struck Beirut are two events.
  return gazetteerPlace(name) ?? (container && gazetteerPlace(container) ? slugOf(name) : NOT_PLACE.test(name) ? undefined : slugOf(name));
}

/** Capitalised words after "in"/"struck" that are no place: "in Brief", "struck The ...". */
const NOT_PLACE = /^(?:The|A|An|This|That|These|Those|It|Its|Their|His|Her|He|She|They|We|I|Some|Many|At|In|On|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;

/**
 * "struck Maiduguri", "in Oruro, Bolivia", "struck off Chile's Bio-Bio region", "rattled a
 * mountainous region of northwestern China": a place after a verb of striking.
 */
const PLACE_IN_CLAUSE = /\b(?:in|struck|hit|rocked|jolted|shook|rattled)\s+(?:near\s+|(?:just\s+)?off\s+(?:of\s+)?)?(?:(?:the|a|an)\s+(?:[\p{Ll}-]+\s+){0,3}(?:city|town|village|province|region|state|area|part)\s+of\s+(?:the\s+)?(?:(?:north|south|east|west|central)(?:ern|-?(?:east|west)(?:ern)?)?\s+)?)?(\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,2})(?:,\s+(\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,2}))?/u;

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
  for (const [word, kind] of Object.entries(EVENTS)) add(CLASSES.get(kind) ?? kind, word);
  add("labour-strike", "strike");
  // "ferry disaster" is a capsizing: each class a modifier gives is also named by the generic nouns.
  for (const cls of new Set(MODIFIER_CLASSES.values())) for (const [word, kind] of Object.entries(EVENTS)) if (kind === "disaster") add(cls, word);
  add("labour-strike", "strikes");
  for (const [cls, list] of words) CLASS_WORDS.set(cls, new RegExp(String.raw`\b(?:${list.sort((a, b) => b.length - a.length).join("|")})\b`, "g"));
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
  const cache = (context.events ??= { lower: context.text.toLowerCase(), byClass: new Map() }) as ArticleEvents;
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
  cache.byClass.set(cls, found);
  return found;
}

/**
 * The frame of an event reading. Without a place or day of its own, it takes them from the
 * same event class named elsewhere in the article, but only when every other mention that
 * gives one agrees: an article about this year's and last year's bombing inherits nothing.
 */
export function eventFrame(reading: EventReading, text: string, sentence: Span, context: SubjectContext | undefined, inherit = true): EventFrame {
  const id = `${reading.several ? "several-" : ""}${eventClass(reading.kind, text, reading.noun)}`;
  const frame: EventFrame = { id, text: text.slice(reading.span.start, reading.span.end).trim() };
  // An event told by a verb ("a gas can exploded ... in Oruro") has no noun phrase to name its place.
  const byVerb = !EVENTS[text.slice(reading.noun.start, reading.noun.end).toLowerCase()] || STRUCK.test(text.slice(reading.noun.end, reading.noun.end + 24));
  const place = reading.place ?? capitalAfter(text, reading.noun.end, sentence.end) ?? (byVerb ? placeInClause(text, reading.noun.end, sentence.end) : undefined);
  if (place) frame.place = place;
  const date = context ? eventDate(context, sentence, reading.span) : undefined;
  if (date) frame.date = date;
  if (inherit && context && !reading.several && (!frame.place || !frame.date)) {
    const others = eventsOfClass(context, frame.id).filter((e) => !e.several && e.start !== reading.noun.start);
    if (!frame.date) {
      // A day from another sentence only when all agree and it is recent: "the deadliest since a
      // truck bomb at the Marriott in 2008" dates another bombing, not the one the story reports.
      const day = agreedDate(others);
      // An old day counts when the lead gives it: the story retells that event ("The assassination
      // of Benazir Bhutto took place on 27 December 2007 ... 23 others were killed by the bombing").
      if (day && (recent(day, context.published) || others.some((e) => e.date && e.start < leadEnd(context)))) frame.date = day;
    }
    if (!frame.place) {
      const where = agreedPlace(others);
      if (where) frame.place = where;
    }
  }
  return frame;
}
