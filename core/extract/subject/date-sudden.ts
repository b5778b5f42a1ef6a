import events from "./data/events.js";
import { buildSubject } from "./key.js";
import type { SubjectInput, SubjectReading } from "./reading.js";
import { placeEntity, slugOf } from "./frame-scope.js";
import { gazetteerPlace } from "./gazetteer.js";

/**
 * A sudden happening's start is its occurrence. "The fire broke out on Friday night" (date.start)
 * and "the fire on Thursday night" (date.occurred) date one moment of the Jhansi NICU fire (2024),
 * and two reports telling them differently disagree; kept apart, they are never compared. A war,
 * a flood or a wildfire lasts: its start is one day of it, not the day it happened
 * (data/events.ts 'sudden').
 */

const SUDDEN: ReadonlySet<string> = new Set(events.sudden.classes);
const LASTING: ReadonlySet<string> = new Set(events.sudden.lasting);
const SUDDEN_WORDS: ReadonlySet<string> = new Set(events.sudden.words);

/** Whether an event noun of class `eventClass` tells a sudden happening ("fire", "blast", "crash"; not "war", "flood", "wildfire"). */
export function isSudden(eventClass: string, noun: string): boolean {
  const word = noun.toLowerCase();
  return SUDDEN_WORDS.has(word) || (SUDDEN.has(eventClass) && !LASTING.has(word));
}

/**
 * @example suddenAsOccurred(reading("The fire broke out on Friday night"))?.subject.frame?.measure.id // "date.occurred"
 * @example suddenAsOccurred(reading("The wildfire broke out on Monday"))?.subject.frame?.measure.id // "date.start"
 */
export function suddenAsOccurred(input: SubjectInput, reading: SubjectReading | null): SubjectReading | null {
  const frame = reading?.subject.frame;
  if (!reading || !frame || frame.measure.id !== "date.start" || !frame.event || !isSudden(frame.event.id, frame.measure.text)) return reading;
  // The event's words as told ("a forest fire broke out", "the wildfire"): one lasting word keeps its start a start.
  const said = `${toldBefore(input, frame.measure.text)} ${reading.subject.text} ${frame.event.text}`.toLowerCase().split(/[^\p{L}-]+/u);
  if (said.some((word) => LASTING.has(word))) return reading;
  const { key: _key, ...fields } = reading.subject;
  const subject = buildSubject({ ...fields, measure: fields.measure === "start" ? "date" : fields.measure });
  subject.frame = { ...frame, measure: { ...frame.measure, id: "date.occurred" } };
  return { subject, rules: reading.rules };
}

/** The event noun as its sentence tells it before the date, with the word before it ("forest fire"). */
function toldBefore(input: SubjectInput, noun: string): string {
  const { text, sentence, mention } = input;
  const at = text.lastIndexOf(noun, mention.start);
  return at < sentence.start ? "" : text.slice(Math.max(sentence.start, at - 20), at + noun.length);
}

/** The first name in a verb's object: "jolted the Kyushu region", "rocked southern Iran". */
const OBJECT_NAME = /(?:^|\s)(\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,2})/u;

/**
 * "a magnitude-6.2 earthquake jolted the Kyushu region on Thursday", in a story of the Ecuador
 * quake (Free Press Journal, 2016): what a sudden happening's verb befell names where it happened,
 * so the story's place is not lent to it. Returns whether the object named a place.
 */
export function placeFromObject(input: SubjectInput, reading: SubjectReading, object: string): boolean {
  const frame = reading.subject.frame;
  const name = OBJECT_NAME.exec(object)?.[1];
  if (!frame?.event || frame.event.place || !name) return false;
  const place = gazetteerPlace(name) ?? slugOf(name);
  frame.event.place = place;
  frame.scope.push(placeEntity(place, name, input.text, input.sentence));
  return true;
}
