import type { Mention } from "../mention.js";
import type { Span } from "../span.js";
import data from "./data/event-measures.js";
import events from "./data/events.js";
import type { EventReading } from "./event.js";
import { ACT_VERBS, classOfEvent, EVENT_VERBS } from "./lexicon.js";
import { wordsIn } from "./words.js";
import { literalPattern } from "../literal-pattern.js";

/**
 * The events a distance from a place belongs to, read from its sentence (distance-from.ts reads the
 * place and what is located): the verb that places the figure ("MV Bukoba sank 30 nautical miles
 * off Mwanza"), and names of events that move, which no distance locates ("Hurricane Otis").
 * The event classes that happen at one spot are data (data/event-measures.ts 'distance').
 */

const FIXED = new Set(data.distance.events);

/** Whether a word names an event of a class that moves (a storm, a fire): "Hurricane", "Typhoon". */
function movingWord(word: string): boolean {
  const event = events.words[word.toLowerCase() as keyof typeof events.words];
  return Boolean(event && !FIXED.has(classOfEvent(event)));
}

/**
 * "the center of Hurricane Otis was located about 60 miles north-northwest of Acapulco", "Otis was approximately 135 miles
 * south-southeast of Acapulco" in a story that names "Hurricane Otis": a storm named is no thing, and it moves.
 */
export function movingEvent(name: string, text: string): boolean {
  if (movingWord(name.split(/\s+/)[0]!)) return true;
  const titled = new RegExp(String.raw`(?<![\p{L}])(\p{L}+)\s+${literalPattern(name)}(?![\p{L}])`, "gu");
  for (const hit of text.matchAll(titled)) if (movingWord(hit[1]!)) return true;
  return false;
}

/**
 * The event a verb of the figure's clause tells, when it places the figure ("the ship capsized last
 * week in calm waters some 10 km northwest of Mwanza", "MV Bukoba sank 30 nautical miles off
 * Mwanza"): the verb that locates the distance is its event, nearer than a noun further back ("In
 * the deadliest disaster ..."). No name or place is read from a verb.
 * @example placingEvent("MV Bukoba sank 30 km off Mwanza.", sentence, mentionOf("30 km"))?.kind // "capsizing"
 */
export function placingEvent(text: string, sentence: Span, m: Mention): EventReading | null {
  const words = wordsIn(text, Math.max(sentence.start, m.start - 80), m.start);
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i]!;
    // "..., the ship capsized": a clause break before the verb ends the search; the comma of an apposition right
    // before the figure does not ("derailed near the station Kudawa station, about 30 kilometers from ... Harda").
    if (i + 1 < words.length && /[,;:]/.test(text.slice(word.end, words[i + 1]!.start))) return null;
    const event = EVENT_VERBS[word.lower] ?? ACT_VERBS[word.lower];
    if (event && FIXED.has(classOfEvent(event))) return subjectEvent(text, words.slice(0, i)) ?? eventAt(event, word.start, word.end);
  }
  return null;
}

/**
 * "The quake struck 105 miles north of Valparaiso": the verb's subject names the event ("struck"
 * alone would be an air strike's), when an event noun opens the clause a few words before it.
 */
function subjectEvent(text: string, before: readonly { lower: string; start: number; end: number }[]): EventReading | null {
  for (let k = before.length - 1; k >= 0 && k >= before.length - 4; k--) {
    const word = before[k]!;
    if (k + 1 < before.length && /[,;:]/.test(text.slice(word.end, before[k + 1]!.start))) return null;
    const event = events.words[word.lower as keyof typeof events.words];
    if (event && FIXED.has(classOfEvent(event))) return eventAt(event, word.start, word.end);
  }
  return null;
}

const CUE = new RegExp(String.raw`\b(${Object.keys(data.distance.cueEvents).join("|")})\b`, "i");

/**
 * The event a word of the sentence implies when it names none: "According to the US Geological Survey, the epicenter was
 * roughly 12 km from Saint-Louis du Sud" (Haiti 2021), "Its epicenter was 80 km west-northwest of Chengdu" (Sichuan 2008):
 * an epicentre is a quake's (data/event-measures.ts 'cueEvents').
 */
export function cuedEvent(text: string, sentence: Span, m: Mention): EventReading | null {
  const hit = CUE.exec(text.slice(sentence.start, m.start));
  if (!hit) return null;
  const event = data.distance.cueEvents[hit[1]!.toLowerCase()]!;
  const start = sentence.start + hit.index;
  return eventAt(event, start, start + hit[0].length);
}

/** An event told by one word at [start, end): the word is its noun and its span, with no name or place. */
function eventAt(event: string, start: number, end: number): EventReading {
  return { event, kind: event, noun: { start, end }, span: { start, end } };
}
