import type { Frame, ScopeEntity } from "../../model.js";
import type { Span } from "../span.js";
import { compoundNoun, nameEvent } from "./event.js";
import { agreedPlace } from "./agreement.js";
import { eventFrame, eventsOfClass } from "./frame-event.js";
import { addStreet, placeEntity, slugOf } from "./frame-scope.js";
import { eventPlaceAfter } from "./named-place.js";
import { buildSubject } from "./key.js";
import { EVENT_PHASE, EVENT_VERBS, EVENTS } from "./lexicon.js";
import events from "./data/events.js";
import { gazetteerPlace } from "./gazetteer.js";
import { firstDate } from "./first-dates.js";
import { lifeEventDate, withYear } from "./life-dates.js";
import { lifeDate, personDate } from "./person-dates.js";
import type { SubjectInput, SubjectReading } from "./reading.js";
import { firstWordsIn, isCapitalized, lastWordsIn, wordsIn, type Word } from "./words.js";

/**
 * Subjects of dates and durations: the event they date or measure, so the checker can compare
 * "the raid on 26 October 2019" with "the 27 October 2019 raid". A date without an event noun
 * or a person right next to it ("On 25 July, Italy became ...") dates the whole sentence and
 * is nothing to compare. Shapes, in order:
 * - "Nov. 13 attack": the date right before an event noun dates it;
 * - "the Syrian war began in 2011": an event noun with a start or end verb before the date;
 * - "the raid on 26 October 2019": an event noun right before "on/in" and the date;
 * - "On 26 October 2019, US forces carried out the raid": a date opening its sentence dates the
 *   first event noun of the clause after it;
 * - "Smith was born on 4 July 1950", "Smith died on ...": a person's birth or death.
 * The frame's measure is "date.<phase>" (occurred, start, end, birth, death); the event
 * carries no date of its own, since the claim's value is that date.
 * Durations: "13 years of conflict in Syria" measures the conflict ("duration.war").
 */

/**
 * @example dateSubject({ text: "since the Syrian war began in 2011", sentence, previousSentence: "", mention: date2011 })?.subject.key // "war|start|syria"
 */
export function dateSubject(input: SubjectInput): SubjectReading | null {
  const { text, sentence, mention } = input;
  const next = firstWordsIn(text, mention.end, Math.min(sentence.end, mention.end + 30), 1)[0];
  // "the Nov. 13 attack", "the March 11, 2004, explosions" (a year set off by commas).
  const gap = next ? text.slice(mention.end, next.start) : "";
  if (next && (/^(?:['’]s)?\s{1,2}$/.test(gap) || (/^,\s{1,2}$/.test(gap) && /\d{4}$/.test(text.slice(mention.start, mention.end)))) && EVENTS[next.lower]) {
    return fromEvent(input, next, "date", "subject.event-date");
  }
  // Every shape below reads at most the last five words before the date.
  const before = lastWordsIn(text, Math.max(sentence.start, mention.start - 60), mention.start, 5);
  let i = before.length - 1;
  if (i >= 0 && /^(?:in|on|at)$/.test(before[i]!.lower)) i--;
  const verb = before[i];
  if (verb && EVENT_PHASE[verb.lower]) {
    const noun = before[i - 1];
    if (noun && EVENTS[noun.lower]) return fromEvent(input, noun, EVENT_PHASE[verb.lower]!, "subject.event-phase");
    // "The war in Syria began in 2011": the event noun before an "in/of <Place>".
    const placed = before[i - 3];
    if (placed && EVENTS[placed.lower] && /^(?:in|of|on|against)$/.test(before[i - 2]!.lower) && isCapitalized(noun!)) {
      return fromEvent(input, placed, EVENT_PHASE[verb.lower]!, "subject.event-phase");
    }
    const outNoun = before[i - 2];
    if ((verb.lower === "broke" || noun?.lower === "out") && outNoun && EVENTS[outNoun.lower]) return fromEvent(input, outNoun, "start", "subject.event-phase");
  }
  if (verb && /^out$/.test(verb.lower) && before[i - 1]?.lower === "broke" && before[i - 2] && EVENTS[before[i - 2]!.lower]) {
    return fromEvent(input, before[i - 2]!, "start", "subject.event-phase");
  }
  const onWord = before[before.length - 1];
  // "a stampede late on November 22": a part of the day between the noun and "on".
  const early = /^(?:early|late)$/.test(before[before.length - 2]?.lower ?? "") ? 1 : 0;
  const noun = before[before.length - 2 - early];
  // "joined families of victims of the Madrid train bombings on Tuesday": the day they joined.
  if (onWord && noun && /^(?:on|in)$/.test(onWord.lower) && EVENTS[noun.lower] && !RETROSPECT.test(text.slice(Math.max(sentence.start, noun.start - 60), noun.start))) {
    return fromEvent(input, noun, "date", "subject.event-on-date");
  }
  const life = lifeDate(input) ?? personDate(input) ?? lifeEventDate(input) ?? firstDate(input);
  if (life) return withYear(input, life);
  return occurrenceDate(input) ?? openingDate(input);
}

/** Verbs of an event happening, after its noun: "the raid took place on", "the quake struck at 11:59 pm on". */
const OCCURRED = /\b(?:took\s+place|happened|occurred|struck|hit|erupted|exploded|went\s+off|was\s+carried\s+out|was\s+launched)\b/gi;
/** "the raid that killed al-Baghdadi": the person an event is known by. */
const THAT_KILLED = /^\s+(?:that|which)\s+killed\s+((?:\p{Lu}[\p{L}’'.-]*|al-\p{Lu}[\p{L}-]*|bin)(?:\s+(?:\p{Lu}[\p{L}’'.-]*|al-\p{Lu}[\p{L}-]*|bin)){0,3})/u;

/**
 * "The raid that killed al-Baghdadi took place on 26 October 2019", "The quake struck at 11:59
 * pm local time on Monday, December 18, 2023": an event noun, the verb of its happening, then
 * the date, in one clause. The place comes from the event's other mentions when the clause
 * names none (the claim's own value is the event's date, so no date is inherited).
 */
function occurrenceDate(input: SubjectInput): SubjectReading | null {
  const { text, sentence, mention } = input;
  const from = Math.max(sentence.start, mention.start - 160);
  const stretch = text.slice(from, mention.start);
  // A clause break, but not the colon of a time ("at 11:59 pm").
  const cut = Math.max(stretch.lastIndexOf(";"), stretch.search(/:(?!\d)[^:]*$/), stretch.lastIndexOf("("), stretch.lastIndexOf(")"), stretch.lastIndexOf(", "));
  const clause = stretch.slice(cut + 1);
  let verb: RegExpExecArray | null = null;
  OCCURRED.lastIndex = 0;
  for (let m = OCCURRED.exec(clause); m; m = OCCURRED.exec(clause)) verb = m;
  if (!verb) return null;
  const clauseStart = from + cut + 1;
  const verbAt = clauseStart + verb.index;
  const between = text.slice(verbAt + verb[0].length, mention.start);
  if (between.length > 80 || /\b(?:when|after|before|since|until|which|who|while|and|but)\b/i.test(between)) return null;
  const words = wordsIn(text, clauseStart, verbAt);
  const k = words.findIndex((w) => EVENTS[w.lower] && !/^(?:election|elections|ceasefire|truce|operation|protests?)$/.test(w.lower));
  if (k < 0) return null;
  // Only the noun's own words or a "that killed X" clause between the noun and the verb.
  const after = text.slice(words[k]!.end, verbAt);
  const killed = THAT_KILLED.exec(after);
  if (!/^\s*$/.test(killed ? after.slice(killed[0].length) : after)) return null;
  const reading = fromEvent(input, words[k]!, "date", "subject.event-occurred", compoundNoun(words, k));
  const frame = reading.subject.frame!;
  if (killed) frame.scope.unshift({ kind: "named", id: slugOf(killed[1]!), text: killed[1]! });
  if (frame.event && !frame.event.place && input.context) {
    const others = eventsOfClass(input.context, frame.event.id).filter((e) => !e.several);
    // Two places for the class in one story ("a quake off Chile ... a quake in China"): which one is this?
    if (new Set(others.map((e) => e.place).filter(Boolean)).size > 1 && !agreedPlace(others)) return null;
    const place = agreedPlace(others);
    if (place) {
      frame.event.place = place;
      frame.scope.push(placeEntity(place, place, text, sentence));
      frame.rules = [...(frame.rules ?? []), "frame.event-place-story"];
    }
  }
  return reading;
}

/**
 * The first event noun of a clause, unless a subordinate clause opens before it. Unanchored:
 * the first position where either matches, as "^.*?" would find it, without retrying the
 * prefix at every length.
 */
const CLAUSE_EVENT = new RegExp(String.raw`\b(?:(?:which|who|when|after|before|while|because|since)\b|(${Object.keys(EVENTS).filter((w) => !/^(?:election|elections|ceasefire|truce|operation|protests?)$/.test(w)).sort((a, b) => b.length - a.length).join("|")})\b)`);

/** "On 26 October 2019, US forces carried out the raid": the date opens the sentence. */
function openingDate(input: SubjectInput): SubjectReading | null {
  const { text, sentence, mention } = input;
  if (mention.start - sentence.start > 40 || text.charCodeAt(mention.end) !== 44 /* , */) return null;
  if (!OPENING.test(text.slice(sentence.start, mention.start)) || !/^\s*,/.test(text.slice(mention.end, mention.end + 3))) return null;
  const end = Math.min(sentence.end, mention.end + 150);
  const m = CLAUSE_EVENT.exec(text.slice(mention.end, end).toLowerCase());
  if (!m || !m[1]) return verbOpened(input, end);
  const at = mention.end + m.index + m[0].length - m[1].length;
  // "Friday, April 15, marks the 33rd anniversary of the disaster": the date of a remembrance, not of the event.
  if (RETROSPECT.test(text.slice(mention.end, at))) return null;
  const clause = wordsIn(text, Math.max(mention.end, at - 30), at + m[1].length);
  return fromEvent(input, clause[clause.length - 1]!, "date", "subject.date-opens-event", compoundNoun(clause, clause.length - 1));
}

/** Words that put an event in the past of the sentence's own time: "the anniversary of", "victims of the". */
const RETROSPECT = /\b(?:anniversary|anniversaries|victims|families|survivors|memory|memorial|commemoration|remembrance|aftermath)\s+of\b[^,;:.]*$/i;

/** What may open a sentence before its date: "On", "On the night of", "10 years ago, on the evening of". */
const OPENING = /^\s*(?:(?:\d+|\p{L}+)\s+years?\s+ago,?\s+)?(?:(?:on|in|early on|late on)(?:\s+the\s+(?:night|morning|evening|afternoon|eve)\s+of)?\s+)?$/iu;

/**
 * "On 24 January 2019, the dam of Vale's mine in Brumadinho burst": no event noun, but a verb of
 * an event ends the clause; its place is an "in <Place>" before it.
 */
function verbOpened(input: SubjectInput, end: number): SubjectReading | null {
  const { text, sentence, mention } = input;
  const clause = /^[^;:()]*?(?=[.;:]|$)/.exec(text.slice(mention.end, end))?.[0] ?? "";
  const words = wordsIn(text, mention.end, mention.end + clause.length);
  const verb = words.findIndex((w) => EVENT_VERBS[w.lower]);
  if (verb < 0) return null;
  const kind = EVENT_VERBS[words[verb]!.lower]!;
  const place = /\bin\s+(\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,2})/u.exec(text.slice(mention.end, words[verb]!.start))?.[1];
  const id = gazetteerPlace(place ?? "") ?? (place ? slugOf(place) : undefined);
  const subject = buildSubject({ text: text.slice(mention.end, words[verb]!.end).replace(/^,\s*/, ""), head: kind, measure: "date", place: id });
  const eventId = (events.classes as Record<string, string>)[kind] ?? kind;
  const scope: ScopeEntity[] = id ? [placeEntity(id, place!, text, sentence)] : [];
  subject.frame = { measure: { id: "date.occurred", text: words[verb]!.text }, scope, event: { id: eventId, text: words[verb]!.text, ...(id ? { place: id } : {}) }, rules: ["subject.date-opens-verb"] };
  return { subject, rules: ["subject.date-opens-verb"] };
}

/**
 * @example durationSubject({ text: "After 13 years of conflict in Syria", sentence, previousSentence: "", mention })?.subject.key // "war|duration|syria"
 */
export function durationSubject(input: SubjectInput): SubjectReading | null {
  const { text, sentence, mention } = input;
  const after = firstWordsIn(text, mention.end, Math.min(sentence.end, mention.end + 40), 3);
  if (after[0]?.lower !== "of") return null;
  const noun = after[1]?.lower === "the" ? after[2] : after[1];
  if (!noun || !EVENTS[noun.lower]) return null;
  return fromEvent(input, noun, "duration", "subject.event-duration");
}

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
