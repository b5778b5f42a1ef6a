import { EVENT_PHASE, EVENTS } from "./lexicon.js";
import { firstDate } from "./first-dates.js";
import { thingDate } from "./date-thing.js";
import { routeSubject } from "./named-route.js";
import { lifeEventDate, withYear } from "./life-dates.js";
import { lifeDate, personDate } from "./person-dates.js";
import type { SubjectInput, SubjectReading } from "./reading.js";
import { firstWordsIn, isCapitalized, lastWordsIn, type Word } from "./words.js";
import { TELLING_ADVERBS } from "./data/telling-adverbs.js";
import { fromEvent } from "./event-subject.js";
import { occurrenceDate, openingDate, RETROSPECT, storyThing } from "./occurrence-date.js";
import { cueFamily, mayHold } from "./date-cues.js";
import { headDate } from "./date-head.js";
import { leadEventDay } from "./lead-event-day.js";
import { careerDate } from "./life-career.js";
import { termDate } from "./life-term.js";
import { RELATION_CUE, relativesLifeDate } from "./life-relatives.js";
import { suddenAsOccurred } from "./date-sudden.js";
import { eventBeforeAdjuncts } from "./event-adjunct-date.js";

/** The event nouns the shapes read here from the words around the date ask for, as cue words of its window (date-cues.ts). */
const EVENT_CUE = cueFamily(Object.keys(EVENTS));
const TELLING = new Set(TELLING_ADVERBS);
const notTelling = (word: Word) => !TELLING.has(word.lower);

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
  // "The fire broke out on Friday night": a sudden happening's start is the day it happened (date-sudden.ts).
  return suddenAsOccurred(input, readDateSubject(input));
}

function readDateSubject(input: SubjectInput): SubjectReading | null {
  const { text, sentence, mention } = input;
  // "His wife, Lucy Kibaki, died in 2016": a relative's life, told in passing, is no claim to compare.
  if (mayHold(input, RELATION_CUE) && relativesLifeDate(text.slice(Math.max(sentence.start, mention.start - 160), mention.start))) return null;
  // A named thing's phase ("the Holland Tunnel was opened to traffic on", "the Rana Plaza collapse on"):
  // the thing is a better anchor than the event noun alone.
  const thing = thingDate(input);
  if (thing) return thing;
  // Each shape read from the words around the date needs an event noun: without one in the window, none is read.
  const events = mayHold(input, EVENT_CUE);
  const next = events ? firstWordsIn(text, mention.end, Math.min(sentence.end, mention.end + 30), 1)[0] : undefined;
  // "the Nov. 13 attack", "the March 11, 2004, explosions" (a year set off by commas).
  const gap = next ? text.slice(mention.end, next.start) : "";
  if (next && (/^(?:['’]s)?\s{1,2}$/.test(gap) || (/^,\s{1,2}$/.test(gap) && /\d{4}$/.test(text.slice(mention.start, mention.end)))) && EVENTS[next.lower]) {
    // "the incident on 24 April 2013": a generic event noun's date is the story's one happening to a made thing (occurrence-date.ts).
    return storyThing(input, fromEvent(input, next, "date", "subject.event-date"));
  }
  // Every shape below reads at most the last five words before the date.
  // "The blaze reportedly started at": a word of how the report knows it stands outside the five.
  const before = events ? lastWordsIn(text, Math.max(sentence.start, mention.start - 72), mention.start, 6).filter(notTelling).slice(-5) : [];
  let i = before.length - 1;
  if (i >= 0 && isOneOf(before[i]!.lower, IN_ON_AT)) i--;
  const verb = before[i];
  if (verb && EVENT_PHASE[verb.lower]) {
    const noun = before[i - 1];
    if (noun && EVENTS[noun.lower]) return fromEvent(input, noun, EVENT_PHASE[verb.lower]!, "subject.event-phase");
    // "The war in Syria began in 2011": the event noun before an "in/of <Place>".
    const placed = before[i - 3];
    if (placed && EVENTS[placed.lower] && isOneOf(before[i - 2]!.lower, PLACED_BY) && isCapitalized(noun!)) {
      return fromEvent(input, placed, EVENT_PHASE[verb.lower]!, "subject.event-phase");
    }
    const outNoun = before[i - 2];
    if ((verb.lower === "broke" || noun?.lower === "out") && outNoun && EVENTS[outNoun.lower]) return fromEvent(input, outNoun, "start", "subject.event-phase");
  }
  if (verb && /^out$/.test(verb.lower) && before[i - 1]?.lower === "broke" && before[i - 2] && EVENTS[before[i - 2]!.lower]) {
    return fromEvent(input, before[i - 2]!, "start", "subject.event-phase");
  }
  // "Kobe Bryant passed away in a helicopter crash on Sunday": the named person's death, before the crash's date.
  const death = lifeDate(input);
  if (death) return withYear(input, death);
  const onWord = before[before.length - 1];
  // "a stampede late on November 22": a part of the day between the noun and "on".
  const early = isOneOf(before[before.length - 2]?.lower, EARLY_LATE) ? 1 : 0;
  const noun = before[before.length - 2 - early];
  // "joined families of victims of the Madrid train bombings on Tuesday": the day they joined.
  if (onWord && noun && isOneOf(onWord.lower, ON_IN) && EVENTS[noun.lower] && !RETROSPECT.test(text.slice(Math.max(sentence.start, noun.start - 60), noun.start))) {
    return storyThing(input, fromEvent(input, noun, "date", "subject.event-on-date"));
  }
  // lifeDate was read above and found nothing: it is not asked again.
  const life = personDate(input) ?? lifeEventDate(input) ?? firstDate(input);
  if (life) return withYear(input, life);
  // A public life's other happenings: office, election, sentence, diagnosis (life-career.ts, life-term.ts).
  const career = careerDate(input) ?? termDate(input);
  if (career) return career;
  // What the date's clause says happened, when nothing above read a thing, a life or an event noun; an event noun
  // before where it happened and the date ("a riot in a prison near Dushanbe on Sunday night", event-adjunct-date.ts);
  // else, in a lead, the day of the report's event its verb tells (lead-event-day.ts).
  return occurrenceDate(input) ?? (events ? eventBeforeAdjuncts(input) : null) ?? openingDate(input) ?? headDate(input) ?? leadEventDay(input);
}

/**
 * Whether a lowercase word is one of a few: what `/^(?:in|on|at)$/.test(word)` asks, without a
 * pattern's run per word (these are asked of the words before every date).
 */
function isOneOf(word: string | undefined, words: ReadonlySet<string>): boolean {
  return word !== undefined && words.has(word);
}

const IN_ON_AT: ReadonlySet<string> = new Set(["in", "on", "at"]);
const PLACED_BY: ReadonlySet<string> = new Set(["in", "of", "on", "against"]);
const EARLY_LATE: ReadonlySet<string> = new Set(["early", "late"]);
const ON_IN: ReadonlySet<string> = new Set(["on", "in"]);

/**
 * @example durationSubject({ text: "After 13 years of conflict in Syria", sentence, previousSentence: "", mention })?.subject.key // "war|duration|syria"
 */
export function durationSubject(input: SubjectInput): SubjectReading | null {
  const { text, sentence, mention } = input;
  // A travel time on a named route ("between Hong Kong and Zhuhai ... 30 minutes"): F3's reader, named-route.ts.
  const route = routeSubject(input);
  if (route) return route;
  const after = firstWordsIn(text, mention.end, Math.min(sentence.end, mention.end + 40), 3);
  if (after[0]?.lower !== "of") return null;
  const noun = after[1]?.lower === "the" ? after[2] : after[1];
  if (!noun || !EVENTS[noun.lower]) return null;
  return fromEvent(input, noun, "duration", "subject.event-duration");
}

