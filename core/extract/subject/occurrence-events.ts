import type { EventFrame, ScopeEntity } from "../../model.js";
import { classOfEvent, EVENTS } from "./lexicon.js";
import { wordsIn } from "./words.js";
import type { SubjectInput, SubjectReading } from "./reading.js";
import { buildSubject } from "./key.js";
import { placeEntity, slugOf } from "./frame-scope.js";
import { gazetteerPlace } from "./gazetteer.js";
import { storyEventNamed } from "./story-event.js";
import { boundaryFirst } from "../boundary-first.js";
import { cueFamily, mayHold } from "./date-cues.js";

/**
 * The story's happening told by a word that names no kind of event, with a verb of its
 * happening and its day: "Following the harrowing events that transpired on March 23, 2024, at
 * Crocus City Hall", "the incident, which took place on Friday night". The report tells one
 * happening (story-event.ts: every event it names before is of one class), and "the events" of
 * its day are that happening, so the day is the happening's (a date conflict with another
 * report's "stormed Friday night at the Crocus City Hall" meets it). A report naming events of
 * several classes has no one happening, and the day is left unread.
 */
// Read boundary first (boundary-first.ts): under "iu" the pattern as written is tried at every place before each date.
const GENERIC = boundaryFirst(String.raw`\b(?:the|these|those)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:events|incident|happenings)\s*,?\s+(?:that|which)\s+(?:had\s+)?(?:transpired|took\s+place|happened|occurred|unfolded)\s+(?:(?:early|late)\s+)?(?:on\s+)?$`, "iu");

/** GENERIC's nouns, as cue words of the date's window (date-cues.ts): most dates reach this reader, and few windows hold one. */
const CUE = cueFamily(["events", "incident", "happenings"]);

/** The place named right after the day: ", at Crocus City Hall in Krasnogorsk". */
const PLACE_AFTER = /^\s*,?\s+(?:at|in)\s+(?:the\s+)?(\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,3})/u;

/** @example genericOccurrence(inputOf("... the harrowing events that transpired on March 23, 2024, at Crocus City Hall", "March 23, 2024"))?.subject.frame?.event?.id // "attack" */
export function genericOccurrence(input: SubjectInput): SubjectReading | null {
  const { text, sentence, mention, context } = input;
  if (!context || typeof mention.value !== "string" || !mayHold(input, CUE)) return null;
  const before = text.slice(Math.max(sentence.start, mention.start - 120), mention.start);
  const told = GENERIC.exec(before);
  if (!told) return null;
  const story = storyEventNamed(context, sentence, true)?.frame ?? sentenceEvent(text, sentence.start, sentence.end);
  if (!story || story.id === "disaster") return null;
  const place = PLACE_AFTER.exec(text.slice(mention.end, Math.min(sentence.end, mention.end + 80)))?.[1];
  const id = place ? gazetteerPlace(place) ?? slugOf(place) : story.place;
  const scope: ScopeEntity[] = id ? [placeEntity(id, place ?? id, text, sentence, context.places)] : [];
  const said = told[0].trim();
  const subject = buildSubject({ text: said, head: story.id, measure: "date", place: id, event: story.id });
  subject.frame = { measure: { id: "date.occurred", text: said }, scope, event: { id: story.id, text: story.text, ...(id ? { place: id } : {}) }, rules: [RULE, "frame.event"] };
  return { subject, rules: [RULE] };
}

const RULE = "subject.event-generic";

/**
 * "... the events that transpired on March 23, 2024, at Crocus City Hall, ... the puzzle of this
 * horrific attack": when the story's event is not settled before the sentence, the one class of
 * event the sentence itself names (a generic word, "disaster" or "tragedy", names none).
 */
function sentenceEvent(text: string, start: number, end: number): EventFrame | undefined {
  const classes = new Map<string, string>();
  for (const word of wordsIn(text, start, end)) {
    const kind = EVENTS[word.lower];
    if (kind && classOfEvent(kind) !== "disaster") classes.set(classOfEvent(kind), word.text);
  }
  if (classes.size !== 1) return undefined;
  const [id, said] = [...classes][0]!;
  return { id, text: said };
}
