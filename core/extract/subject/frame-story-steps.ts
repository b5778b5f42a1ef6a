import { datesBetween, type SubjectContext } from "./context.js";
import { happenedClause } from "./event-date.js";
import { PLACE_BEFORE, placeBefore } from "./place-before.js";
import type { SubjectStep } from "./reading.js";
import type { Span } from "../span.js";
import { gazetteerPlace } from "./gazetteer.js";
import { placesAroundIn } from "./named-place.js";
import { isCasualtyTotal, isToll, storyEvent, storyEventNamed } from "./story-event.js";
import { leadEnd } from "./story-lead.js";
import { PART_CUE, tellsOtherEvent } from "./story-names-step.js";
export { STORY_NAMES_STEP } from "./story-names-step.js";

/**
 * "152 injured in the incident", "the tragedy": a generic event word refers back to the story's
 * one event and takes its class (and its place and day where it has none of its own). "That
 * incident", "another accident", "a separate incident" name some other event: no event at all,
 * rather than one that agrees with every class.
 */
export const GENERIC_EVENT_STEP: SubjectStep = {
  name: "frame.generic-event",
  run: (r) => {
    const event = r.frame.event;
    const context = r.input.context;
    if (!event || event.id !== "disaster" || !r.event) return;
    const before = r.input.text.slice(Math.max(0, r.event.noun.start - 30), r.event.noun.start);
    if (ELSEWHERE.test(before)) {
      delete r.frame.event;
      r.frame.rules.push("frame.other-event");
      return;
    }
    if (!context || !/\bthe\s+(?:[\p{L}-]+\s+){0,2}$/iu.test(before)) return;
    const story = storyEvent(context, r.input.sentence);
    if (!story || story.id === "disaster") return;
    const place = event.place ?? story.place;
    const date = event.date ?? story.date;
    r.frame.event = { ...event, id: story.id, ...(place ? { place } : {}), ...(date ? { date } : {}) };
    r.frame.rules.push("frame.generic-event");
  },
};

/** Words before a generic event word that point at another event than the story's. */
const ELSEWHERE = /\b(?:that|another|earlier|previous|separate|similar|second|other|latest|new|a|an)\s+(?:[\p{L}-]+\s+){0,2}$/iu;

// "This meant that the toll rose to 101": the story's one event, when the sentence names none.
export const STORY_EVENT_STEP: SubjectStep = {
  name: "frame.story-event",
  run: (r) => {
    const context = r.input.context;
    const { text, sentence, mention } = r.input;
    if (r.frame.event || !context || r.frame.rules.includes("frame.other-event")) return;
    // A toll, or a count of all the dead or injured in the headline and lead ("Officials say over 60 dead,
    // 3,000 wounded"), which report the story's event; not a part ("of those", "among").
    const measure = r.frame.measure!;
    const toll = isToll(measure, text.slice(Math.max(sentence.start, mention.start - 80), mention.start));
    const partCue = PART_CUE.test(text.slice(Math.max(sentence.start, mention.start - 30), mention.start));
    const lead = sentence.start < leadEnd(context) && isCasualtyTotal(measure) && !partCue;
    // "Mozambique has reported 602 deaths", "An additional 270 people remain missing", deep in a
    // story about one cyclone: a count of the dead, hurt or missing that names no event of its own
    // is of the story's one event, unless its sentence points elsewhere ("another", "last year").
    // "Another 10,100 are still missing" after the dead is the missing's total, not a part.
    // Only the dead and the missing (the injured in the body are mostly those still in hospital, a
    // subset), a count of several people, in a sentence naming no place or event but the story's
    // and no subset ("were identified", "the dead included"): "13 deaths were reported in Qinghai"
    // is a part.
    const body = (measure.id === "killed" || measure.id === "missing") && !SUBSET.test(text.slice(sentence.start, sentence.end)) && (!partCue || (measure.id === "missing" && MORE_MISSING.test(text.slice(Math.max(sentence.start, mention.start - 30), mention.start))))
      && typeof mention.value === "number" && mention.value >= 2 && !tellsOtherEvent(text.slice(sentence.start, sentence.end))
      && !OLD_FIGURE.test(text.slice(Math.max(sentence.start, mention.start - 40), mention.start));
    const tollOrLead = toll || lead || (measure.id === "missing" && isToll({ ...measure, id: "killed" }, text.slice(Math.max(sentence.start, mention.start - 80), mention.start)));
    // "It had sustained winds of 100 mph": a measure of the story's storm.
    const ofEvent = Boolean(r.eventMeasure);
    if (!tollOrLead && !body && !ofEvent) return;
    const story = storyEventNamed(context, r.input.sentence);
    if (!story || (r.eventMeasure && !r.eventMeasure.events.includes(story.frame.id))) return;
    const event = story.frame;
    // "In Syria, 1,444 died", "in Central Java 13": a figure with a place of its own is a part, or
    // another event, unless its place is the event's ("Death Toll In Nice Rises To 84").
    const own = r.place?.place ?? r.demonymAsPlace ?? (PLACE_BEFORE.test(text.slice(Math.max(sentence.start, mention.start - 60), mention.start)) ? placeBefore(r)?.id ?? "?" : undefined);
    if (own && own !== event.place) return;
    // "In all, Katrina killed 1,833": the whole of an event that spread over places, not of where it began.
    if (WHOLE.test(text.slice(sentence.start, mention.start))) return;
    // A count in the body whose sentence names another place ("13 deaths and 182 injuries were
    // reported in Qinghai") is that place's part.
    if (!tollOrLead && !ofEvent && otherPlaceIn(context, sentence, event.place)) return;
    r.frame.event = event.date ? event : { ...event, ...dayOfClause(context, sentence, mention.start) };
    // The story's names ("Idai", "Mina") are lent by STORY_NAMES_STEP as name: entities, which the
    // matching weighs as such; a plain named entity here would make them a place-like anchor.
    r.frame.rules.push("frame.story-event");
  },
};

/** Words of a sentence that count a subset of the dead or hurt: in hospital, identified, listed among them. */
const SUBSET = /\b(?:hospitals?|hospitali[sz]ed|treated|treatment|critical|discharged|identified|included|includes|including|aged|among|bodies)\b/i;

/** "the initial list of 3,200 missing", "an earlier count of 40": a figure the story says is superseded. */
const OLD_FIGURE = /\b(?:initial|original|earlier|previous|former|first)\b[^,;.]*$/i;

/** Words that make a figure the whole event's, over every place: "In all", "in total", "nationwide". */
const WHOLE = /\b(?:in\s+all|in\s+total|overall|altogether|all\s+told|nationwide|countrywide|across\s+the\s+(?:country|region|nation))\b/i;

/** "Another 10,100 people", "An additional 270": more people missing beside the dead just told. */
const MORE_MISSING = /\b(?:another|additional|further|more|other)\s+(?:\p{L}+\s+)?$/iu;

/** Whether a sentence names a place (a known one, or a capitalised name after "in"/"at") other than the event's. */
function otherPlaceIn(context: SubjectContext, sentence: Span, eventPlace: string | undefined): boolean {
  const words = context.text.slice(sentence.start, sentence.end);
  for (const m of words.matchAll(CAPITALISED_AFTER_IN)) {
    const place = gazetteerPlace(m[1]!) ?? m[1]!.toLowerCase().replace(/\s+/g, "-");
    if (place !== eventPlace && !(eventPlace && placesAroundIn(context, eventPlace).includes(place))) return true;
  }
  return false;
}

/** "in Qinghai", "at Kanjuruhan Stadium": a capitalised name where something is. */
const CAPITALISED_AFTER_IN = /\b(?:in|at|across|near)\s+(?:the\s+)?(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,2})/gu;

/**
 * "A suicide bomber blew himself up in Mosul on Monday, killing 4": a count lent the story's
 * undated event takes the one day its own clause tells before it; without it, the count would
 * meet every report of the same kind of event in that place, whatever its day.
 */
function dayOfClause(context: SubjectContext, sentence: { start: number; end: number }, at: number): { date?: string } {
  const days = datesBetween(context, sentence.start, at).filter((d) => typeof d.value === "string");
  // "125 people died after fans fled tear gas at the stadium on Saturday night": the day the clause after it tells.
  const after = datesBetween(context, at, sentence.end).find((d) => typeof d.value === "string");
  if (days.length === 0 && after && happenedClause(context.text.slice(at, after.start))) return { date: after.value as string };
  if (days.length !== 1) return {};
  const day = days[0]!;
  if (STATUS_DAY.test(context.text.slice(Math.max(sentence.start, day.start - 12), day.start)) || STATUS_OPENS.test(context.text.slice(day.start, day.end))) return {};
  return NOT_THE_EVENTS_DAY.test(context.text.slice(sentence.start, at)) ? {} : { date: day.value as string };
}

/** "By Friday, 63 had died", "as of Tuesday": the day a count stood at, not the event's. */
const STATUS_DAY = /\b(?:by|as\s+of|until|till)\s+$/iu;
/** The same words read as part of the date's own span. */
const STATUS_OPENS = /^(?:by|as\s+of|until|till)\s/iu;

/** A day said of something else: when a figure was given, or a day counted from the event. */
const NOT_THE_EVENTS_DAY = /\b(?:said|says|told|reported|announced|confirmed|revised|raised|lowered|updated|rose|risen|climbed|increased|identified|since|after|before|anniversary|ago|marks?|marked)\b/i;
