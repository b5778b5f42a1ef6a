import { findEvent, type EventReading } from "./event.js";
import { eventMeasure } from "./event-measure.js";
import { cuedEvent, placingEvent } from "./distance-event.js";
import { stop } from "./quantity-head.js";
import { classOfEvent, EVENTS } from "./lexicon.js";
import type { SubjectStep } from "./reading.js";

/** The plural event words of the lexicon ("quakes", "tremors", "blasts"). */
const PLURAL_EVENTS = Object.keys(EVENTS).filter((w) => /^\p{L}+s$/u.test(w) && EVENTS[w.slice(0, -1)] !== undefined).join("|");

// An ordinal before a superlative ranks a place, not one of several events: "Morocco's fourth largest city", "Ecuador's second-largest city".
// "two quakes", "both tremors", "twin blasts" count events; "killing two people" does not.
const SEVERAL = new RegExp(String.raw`\b(?:(?:first|second|third|fourth)(?![\s-]+(?:\p{L}+est|most)\b)|another|earlier|previous|subsequent|aftershocks?|foreshocks?|follows?|followed|following|preceded|precedes|preceding)\b|\b(?:twin|two|both)\s+(?:[\p{L}-]+\s+)?(?:${PLURAL_EVENTS})\b|\b(?:minutes?|day|days|hours?|weeks?|months?|years?)\s+(?:after|before|earlier|later)\b`, "iu");

/**
 * "The magnitude 6.8 earthquake struck", "It had sustained winds of 100 mph": a measure of the
 * event itself. The head is the measured thing ("earthquake", "wind", "wave"), the measure its
 * dimension, and the event the one its sentence names when it is of a class the measure belongs
 * to (a quake's magnitude is never a bombing's); a story's one event is lent later
 * (frame-story-steps.ts) when the sentence names none.
 */
export const EVENT_MEASURE_STEP: SubjectStep = {
  name: "subject.event-measure",
  run: (r) => {
    if (r.head !== undefined || r.named || r.casualty) return;
    const { text, sentence, mention } = r.input;
    const found = eventMeasure(text, sentence, mention);
    if (!found) return;
    // "The first tremor, of magnitude 5.4", "A second, stronger quake", "a 5.1 aftershock": one of
    // several events of the story, which one the frame cannot tell.
    if (SEVERAL.test(text.slice(sentence.start, sentence.end))) return stop(r);
    r.eventMeasure = found;
    r.head = found.head;
    r.headSpan = found.span;
    r.phrase = null;
    r.rules.push("subject.event-measure");
    // "The earthquake, with a magnitude of 6.3, struck": the event word may sit anywhere in the sentence.
    // "the ship capsized ... some 10 km northwest of Mwanza", "sank ... in 25 metres of water": a measure of where the
    // event happened has the verb that places it for its event, if one does.
    const placed = found.ownEvent ? placingEvent(text, sentence, mention) : null;
    const nearest = placed ?? findEvent(text, sentence, mention.start, mention.end) ?? findEvent(text, sentence, sentence.end, sentence.end)
      ?? (found.measure === "distance" ? cuedEvent(text, sentence, mention) : null);
    // "at a depth of 15 kilometres ..., raising fears that it could generate a tsunami": a nearer event of
    // another class is the measured event's consequence; the one before the figure may still be its own.
    const ofMeasure = (e: EventReading | null) => (e && found.events.includes(classOfEvent(e.kind)) ? e : null);
    const event = ofMeasure(nearest) ?? ofMeasure(findEvent(text, { start: sentence.start, end: mention.start }, mention.start, mention.start));
    if (event) {
      // "The quake struck 60 km north of Kathmandu" did not happen in Kathmandu: the place a distance is told from is no event's place.
      r.event = found.measure === "distance" && event.place === found.head.replace(/^from-/, "") ? { ...event, place: undefined } : event;
      r.rules.push("subject.event");
    }
  },
};
