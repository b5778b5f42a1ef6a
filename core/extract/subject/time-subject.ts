import type { Mention } from "../mention.js";
import type { Span } from "../span.js";
import { nameEvent } from "./event.js";
import { buildSubject } from "./key.js";
import { EVENT_PHASE, EVENTS } from "./lexicon.js";
import { wordsIn } from "./words.js";
import type { SubjectReading } from "./index.js";

/**
 * Subjects of dates and durations: the event they date or measure, so the checker can compare
 * "the raid on 26 October 2019" with "the 27 October 2019 raid". Only three shapes, because a
 * date without an event noun right next to it ("On 25 July, Italy became ...") dates the whole
 * sentence and is nothing to compare:
 * - "Nov. 13 attack": the date right before an event noun dates it;
 * - "the Syrian war began in 2011": an event noun with a start or end verb before the date;
 * - "the raid on 26 October 2019": an event noun right before "on/in" and the date.
 * Durations: "13 years of conflict in Syria" measures the conflict.
 */

/**
 * @example dateSubject("since the Syrian war began in 2011", sentence, date2011)?.subject.key // "war|start|syria"
 */
export function dateSubject(text: string, sentence: Span, mention: Mention): SubjectReading | null {
  const next = wordsIn(text, mention.end, Math.min(sentence.end, mention.end + 30))[0];
  if (next && /^\s{1,2}$/.test(text.slice(mention.end, next.start)) && EVENTS[next.lower]) {
    return fromEvent(text, sentence, next, "date", "subject.event-date");
  }
  const before = wordsIn(text, Math.max(sentence.start, mention.start - 60), mention.start);
  let i = before.length - 1;
  if (i >= 0 && /^(?:in|on|at)$/.test(before[i]!.lower)) i--;
  const verb = before[i];
  if (verb && EVENT_PHASE[verb.lower]) {
    const noun = before[i - 1];
    if (noun && EVENTS[noun.lower]) return fromEvent(text, sentence, noun, EVENT_PHASE[verb.lower]!, "subject.event-phase");
    const outNoun = before[i - 2];
    if (verb.lower === "broke" && outNoun && EVENTS[outNoun.lower]) return fromEvent(text, sentence, outNoun, "start", "subject.event-phase");
  }
  const onWord = before[before.length - 1];
  const noun = before[before.length - 2];
  if (onWord && noun && /^(?:on|in)$/.test(onWord.lower) && EVENTS[noun.lower]) {
    return fromEvent(text, sentence, noun, "date", "subject.event-on-date");
  }
  return null;
}

/**
 * @example durationSubject("After 13 years of conflict in Syria", sentence, thirteenYears)?.subject.key // "war|duration|syria"
 */
export function durationSubject(text: string, sentence: Span, mention: Mention): SubjectReading | null {
  const after = wordsIn(text, mention.end, Math.min(sentence.end, mention.end + 40));
  if (after[0]?.lower !== "of") return null;
  const noun = after[1]?.lower === "the" ? after[2] : after[1];
  if (!noun || !EVENTS[noun.lower]) return null;
  return fromEvent(text, sentence, noun, "duration", "subject.event-duration");
}

function fromEvent(text: string, sentence: Span, noun: ReturnType<typeof wordsIn>[number], measure: string, rule: string): SubjectReading {
  const event = nameEvent(text, sentence, noun);
  const head = EVENTS[noun.lower] ?? noun.lower;
  return {
    subject: buildSubject({ text: text.slice(event.span.start, event.span.end), head, measure, place: event.place, event: event.event }),
    rules: [rule],
  };
}
