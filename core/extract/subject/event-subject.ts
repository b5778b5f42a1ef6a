import type { Frame, ScopeEntity } from "../../model.js";
import type { Span } from "../span.js";
import { nameEvent } from "./event.js";
import { eventFrame } from "./frame-event.js";
import { addStreet, placeEntity } from "./frame-scope.js";
import { eventPlaceAfter } from "./named-place.js";
import { buildSubject } from "./key.js";
import { EVENTS } from "./lexicon.js";
import type { SubjectInput, SubjectReading } from "./reading.js";
import { type Word } from "./words.js";

/**
 * The subject of a date or duration told about an event noun: its type class, place and name,
 * with the measure of its phase ("date.occurred", "date.start", "duration.war").
 */

const PHASE_ID: Record<string, string> = { date: "date.occurred", start: "date.start", end: "date.end", duration: "duration" };

export function fromEvent(input: SubjectInput, noun: Word, measure: string, rule: string, lead?: Word): SubjectReading {
  const { text, sentence } = input;
  const event = nameEvent(text, sentence, noun, lead);
  const head = EVENTS[noun.lower] ?? noun.lower;
  const subject = buildSubject({ text: text.slice(event.span.start, event.span.end), head, measure, place: event.place, event: event.event });
  // No context: the event's own date is this claim's value, and is not read again.
  const frameEvent = eventFrame(event, text, sentence, undefined);
  const chain = frameEvent.place ? eventPlaceAfter(text, event.noun.end, sentence.end, input.context) : null;
  const scope: ScopeEntity[] = !frameEvent.place ? [] : chain?.entity.id === frameEvent.place ? [chain.entity] : [placeEntity(frameEvent.place, frameEvent.place, text, sentence as Span, input.context?.places)];
  if (event.name) scope.unshift({ kind: "named", id: event.name, text: event.name });
  addStreet(scope, frameEvent, text, sentence);
  const id = measure === "duration" ? `duration.${frameEvent.id}` : PHASE_ID[measure] ?? `date.${measure}`;
  const frame: Frame = { measure: { id, text: text.slice(noun.start, noun.end) }, scope, event: frameEvent, rules: [rule, "frame.event"] };
  subject.frame = frame;
  return { subject, rules: [rule] };
}

