import type { Frame, ScopeEntity } from "../../model.js";
import type { Span } from "../span.js";
import { compoundNoun, nameEvent } from "./event.js";
import { eventFrame } from "./frame-event.js";
import { addStreet, placeEntity, slugOf } from "./frame-scope.js";
import { buildSubject } from "./key.js";
import { EVENT_PHASE, EVENTS } from "./lexicon.js";
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
  if (next && /^(?:['’]s)?\s{1,2}$/.test(text.slice(mention.end, next.start)) && EVENTS[next.lower]) {
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
  const noun = before[before.length - 2];
  if (onWord && noun && /^(?:on|in)$/.test(onWord.lower) && EVENTS[noun.lower]) {
    return fromEvent(input, noun, "date", "subject.event-on-date");
  }
  return lifeDate(input) ?? openingDate(input);
}

const LIFE = /^(?:(?:was|were)\s+)?(born|died|killed|assassinated|executed|buried)\s+(?:on|in)?\s*$/i;

/** "Smith was born on 4 July 1950", "Jane Doe, who died in 2001": a person's birth or death. */
function lifeDate(input: SubjectInput): SubjectReading | null {
  const { text, sentence, mention } = input;
  const lead = text.slice(Math.max(sentence.start, mention.start - 30), mention.start);
  if (!/born|died|killed|assassinated|executed|buried/i.test(lead)) return null;
  const m = /(?:^|\s)((?:(?:was|were)\s+)?(?:born|died|killed|assassinated|executed|buried)\s+(?:on|in)?\s*)$/i.exec(lead);
  if (!m || !LIFE.test(m[1]!)) return null;
  const before = wordsIn(text, Math.max(sentence.start, mention.start - 60), mention.start);
  const verbAt = mention.start - m[1]!.length;
  const words = before.filter((w) => w.end <= verbAt && !/^(?:who|was|were|,)$/i.test(w.lower));
  const run: Word[] = [];
  for (let k = words.length - 1; k >= 0 && run.length < 5 && isNameWord(words[k]!); k--) run.unshift(words[k]!);
  while (run.length && !isCapitalized(run[0]!)) run.shift();
  if (run.length === 0 || !/^[\s,]*(?:who\s+)?(?:was\s+|were\s+)?$/i.test(text.slice(run[run.length - 1]!.end, verbAt))) return null;
  const name = run.map((w) => w.text).join(" ");
  const phase = /born/i.test(m[1]!) ? "birth" : "death";
  const person: ScopeEntity = { kind: "named", id: slugOf(name), text: name };
  const subject = buildSubject({ text: text.slice(run[0]!.start, verbAt + m[1]!.trimEnd().length), head: phase, measure: "date", event: person.id });
  const rule = `subject.${phase}-date`;
  subject.frame = { measure: { id: `date.${phase}`, text: m[1]!.trim() }, scope: [person], rules: [rule] };
  return { subject, rules: [rule] };
}

/** A word of a person's name: capitalised, or a particle ("al-Baghdadi", "bin", "van"). */
function isNameWord(word: Word): boolean {
  return isCapitalized(word) || /^(?:al|el|ad|as|ash|at)-\p{Lu}/u.test(word.text) || /^(?:bin|ibn|de|da|van|von|der|du|dos|del|di|le|la)$/.test(word.text);
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
  if (mention.start - sentence.start > 12 || text.charCodeAt(mention.end) !== 44 /* , */) return null;
  if (!/^\s*(?:(?:on|in|early on|late on)\s+)?$/i.test(text.slice(sentence.start, mention.start)) || !/^\s*,/.test(text.slice(mention.end, mention.end + 3))) return null;
  const end = Math.min(sentence.end, mention.end + 150);
  const m = CLAUSE_EVENT.exec(text.slice(mention.end, end).toLowerCase());
  if (!m || !m[1]) return null;
  const at = mention.end + m.index + m[0].length - m[1].length;
  const clause = wordsIn(text, Math.max(mention.end, at - 30), at + m[1].length);
  return fromEvent(input, clause[clause.length - 1]!, "date", "subject.date-opens-event", compoundNoun(clause, clause.length - 1));
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

function fromEvent(input: SubjectInput, noun: Word, measure: string, rule: string, lead?: Word): SubjectReading {
  const { text, sentence } = input;
  const event = nameEvent(text, sentence, noun, lead);
  const head = EVENTS[noun.lower] ?? noun.lower;
  const subject = buildSubject({ text: text.slice(event.span.start, event.span.end), head, measure, place: event.place, event: event.event });
  // No context: the event's own date is this claim's value, and is not read again.
  const frameEvent = eventFrame(event, text, sentence, undefined);
  const scope: ScopeEntity[] = frameEvent.place ? [placeEntity(frameEvent.place, frameEvent.place, text, sentence as Span)] : [];
  if (event.name) scope.unshift({ kind: "named", id: event.name, text: event.name });
  addStreet(scope, frameEvent, text, sentence);
  const id = measure === "duration" ? `duration.${frameEvent.id}` : PHASE_ID[measure] ?? `date.${measure}`;
  const frame: Frame = { measure: { id, text: text.slice(noun.start, noun.end) }, scope, event: frameEvent, rules: [rule, "frame.event"] };
  subject.frame = frame;
  return { subject, rules: [rule] };
}
