import type { ScopeEntity } from "../../model.js";
import { wordAlternation } from "./alternation.js";
import acts from "./data/occurrence-acts.js";
import { compoundNoun } from "./event.js";
import { fromEvent } from "./event-subject.js";
import { placeEntity, slugOf } from "./frame-scope.js";
import { gazetteerPlace } from "./gazetteer.js";
import { buildSubject } from "./key.js";
import { classOfEvent, EVENT_VERBS, EVENTS } from "./lexicon.js";
import type { SubjectInput, SubjectReading } from "./reading.js";
import { storyDayOf } from "./story-day.js";
import { wordsIn } from "./words.js";
import { cueFamily, mayHold } from "./date-cues.js";

/**
 * A date opening its sentence, for the happening of the clause after it: "On 26 October 2019,
 * US forces carried out the raid" (its first event noun), "On 24 January 2019, the dam of
 * Vale's mine in Brumadinho burst" (its event verb). "On 1 August 2022, Biden announced the
 * assassination ..." dates the announcement, not the assassination.
 */

/**
 * The first event noun of a clause, unless a subordinate clause opens before it. Unanchored:
 * the first position where either matches, as "^.*?" would find it, without retrying the
 * prefix at every length.
 */
const CLAUSE_EVENT = new RegExp(String.raw`\b(?:(?:which|who|when|after|before|while|because|since)\b|(${wordAlternation(Object.keys(EVENTS).filter((w) => !acts.ownDates.includes(w)))})\b)`);

/** "On 26 October 2019, US forces carried out the raid": the date opens the sentence. */
export function openingDate(input: SubjectInput): SubjectReading | null {
  return storyDayOf(input, openingRead(input));
}

function openingRead(input: SubjectInput): SubjectReading | null {
  const { text, sentence, mention } = input;
  // "On April 23, 2013 the Rana Plaza building ... collapsed": the comma after an opening date is often left out.
  const comma = /^\s*,/.test(text.slice(mention.end, mention.end + 3));
  const opens = comma || /^\s+(?:the|a|an)\s/i.test(text.slice(mention.end, mention.end + 6));
  if (mention.start - sentence.start > 40 || !opens) return null;
  const opening = OPENING.exec(text.slice(sentence.start, mention.start));
  // "At 8:00 a.m. EDT on Wednesday the center of Hurricane Otis was located": a clock opens a clause of its own only before a comma.
  if (!opening || (!comma && /\bat\s/i.test(opening[0]))) return null;
  if (!mayHold(input, CUE)) return null;
  const end = Math.min(sentence.end, mention.end + 150);
  const m = CLAUSE_EVENT.exec(text.slice(mention.end, end).toLowerCase());
  if (!m || !m[1]) return verbOpened(input, end);
  const at = mention.end + m.index + m[0].length - m[1].length;
  // "Friday, April 15, marks the 33rd anniversary of the disaster": the date of a remembrance, not of the event.
  if (RETROSPECT.test(text.slice(mention.end, at))) return null;
  // "On 1 August 2022, Biden announced the assassination of ...": the day of the announcement.
  if (SAID_BEFORE.test(text.slice(mention.end, at))) return null;
  const clause = wordsIn(text, Math.max(mention.end, at - 30), at + m[1].length);
  return fromEvent(input, clause[clause.length - 1]!, "date", "subject.date-opens-event", compoundNoun(clause, clause.length - 1));
}

/** An event noun of CLAUSE_EVENT or an event verb of verbOpened, as cue words of the date's window (date-cues.ts). */
const CUE = cueFamily([...Object.keys(EVENTS), ...Object.keys(EVENT_VERBS)]);

const SAID_BEFORE = /\b(?:said|says|announced|announces|confirmed|confirms|reported|reports|told|revealed|disclosed)\b/i;

/** Words that put an event in the past of the sentence's own time: "the anniversary of", "victims of the". */
export const RETROSPECT = /\b(?:anniversary|anniversaries|victims|families|survivors|memory|memorial|commemoration|remembrance|aftermath)\s+of\b[^,;:.]*$/i;

/**
 * What may open a sentence before its date: "On", "On the night of", "10 years ago, on the evening of"; a list's dash or bullet
 * before it ("- On August 4, a landslide occurred"); "At" before a clock ("At 5:15pm, the tank ruptured").
 */
const OPENING = /^\s*(?:[-–—•*]\s+)?(?:(?:\d+|\p{L}+)\s+years?\s+ago,?\s+)?(?:(?:on|in|early on|late on)(?:\s+the\s+(?:night|morning|evening|afternoon|eve)\s+of)?\s+|at\s+(?:(?:about|around|approximately)\s+)?)?$/iu;

/**
 * "On 24 January 2019, the dam of Vale's mine in Brumadinho burst": no event noun, but a verb of
 * an event ends the clause; its place is an "in <Place>" before it.
 */
export function verbOpened(input: SubjectInput, end: number): SubjectReading | null {
  const { text, sentence, mention } = input;
  const clause = /^[^;:()]*?(?=[.;:]|$)/.exec(text.slice(mention.end, end))?.[0] ?? "";
  const words = wordsIn(text, mention.end, mention.end + clause.length);
  const verb = words.findIndex((w) => EVENT_VERBS[w.lower]);
  if (verb < 0) return null;
  const kind = EVENT_VERBS[words[verb]!.lower]!;
  const place = /\bin\s+(\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,2})/u.exec(text.slice(mention.end, words[verb]!.start))?.[1];
  const id = gazetteerPlace(place ?? "") ?? (place ? slugOf(place) : undefined);
  const subject = buildSubject({ text: text.slice(mention.end, words[verb]!.end).replace(/^,\s*/, ""), head: kind, measure: "date", place: id });
  const eventId = classOfEvent(kind);
  const scope: ScopeEntity[] = id ? [placeEntity(id, place!, text, sentence)] : [];
  subject.frame = { measure: { id: "date.occurred", text: words[verb]!.text }, scope, event: { id: eventId, text: words[verb]!.text, ...(id ? { place: id } : {}) }, rules: ["subject.date-opens-verb"] };
  return { subject, rules: ["subject.date-opens-verb"] };
}

