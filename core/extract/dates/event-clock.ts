import type { Mention } from "../mention.js";
import { leadEndOf } from "../text-lead.js";
import { CONVERSION, clockTimes } from "./time-of-day.js";
import { partsOfDayAlone } from "./part-of-day-alone.js";
import { eventNounBefore, MOMENT_EVENT_WORDS } from "./event-noun-clock.js";
import { datelineDay } from "../dateline-day.js";
import { HAPPENING_STEPS } from "./data/happening-verbs.js";
import { wordAlternation } from "../subject/alternation.js";
import dayVerbs from "../subject/data/lead-day-verbs.js";

/**
 * The time of day a report gives its event with no date beside it (issue 15, session 20): "The
 * quake struck at 11:00 am local time", "At 7.20pm, the Coromandel Express derailed", "the fire
 * broke out at around 11:45pm", "the accident occurred in the afternoon" (a part of the day, session 24). Outlets put the day in the lead and the hour a paragraph down,
 * and two reports of one event at two hours disagree as two days do. Such a clock becomes a date
 * claim of the day the report tells its event on (`eventDay`; its time marked `day: "lead"`), when
 * its clause tells a step of the event happening (data/happening-verbs.ts: the event, a take-off,
 * the last contact) and its sentence gives no other day. A report telling its event on two days
 * lends none. The day is borrowed, so only the time is compared (core/check/rules/date-conflict.ts);
 * a clock joined to a date is that date's (time-of-day.ts), and a bound ("by 2 p.m.") is no time of anything.
 */

/** How far before a clock its step's words may stand in its clause ("The fire broke out at an inland container storage facility ... shortly before midnight"). */
const REACH = 160;

/** Each step's words as a pattern: before the clock in its clause, after a clock opening the sentence, after it in a clause of "as". */
const STEPS = Object.entries(HAPPENING_STEPS).map(([step, words]) => {
  const verb = wordAlternation(words);
  return {
    step,
    before: new RegExp(String.raw`\b(?:${verb})\b([^.;:!?\n"“”]{0,${REACH}})$`, "iu"),
    after: new RegExp(String.raw`^[^.;:!?\n"“”]{0,60}\b(?:${verb})\b`, "iu"),
    as: new RegExp(String.raw`^(?:\s*\([^()]{0,30}\))?[\s,]*(?:as|when)\b[^.;:!?\n"“”]{0,50}\b(?:${verb})\b`, "iu"),
  };
});
/** The nouns of an event at one moment (data/happening-verbs.ts MOMENT_EVENTS). */
const EVENT_NOUN = wordAlternation(MOMENT_EVENT_WORDS);
/** The event named right before its clock ("caused the collapse at 5am local time", "the blast around 10 pm"), or after it as its time ("at 11:52 a.m., the time of the eruption"). */
const NOUN_BEFORE = new RegExp(String.raw`\b(?:the|a|an|this|that|[\p{Lu}][\p{L}'’]*['’]s)\s+(?:[\p{L}-]+\s+)?(?:${EVENT_NOUN})\s+(?:at\s+)?$`, "iu");
const TIME_OF_NOUN = new RegExp(String.raw`^\s*,?\s*(?:the|that was the)\s+(?:time|moment|hour)\s+(?:of|when)\s+the\s+(?:${EVENT_NOUN})\b`, "iu");
/** The day of a saying, right after its verb ("officials said Saturday", "told reporters on Monday"): not the event's day. */
const SAYING = wordAlternation(dayVerbs.saying);
const SAID_BEFORE = new RegExp(String.raw`\b(?:${SAYING})(?:\s+[\p{L}'’]+){0,2}\s+(?:on\s+)?$`, "iu");
/** A verb of saying or counting between a happening's words and a time: the time is of that ("crashed ..., officials said Saturday"). */
const SAID_BETWEEN = new RegExp(String.raw`\b(?:${SAYING})\b`, "iu");

/**
 * A clause of its own between a happening's words and a time, opened by a comma and a pronoun with
 * its verb ("broke out on 25 March at midday, it became possible to bring the fire under control
 * only on 26 March morning"): the time is of what that clause tells.
 */
const NEW_CLAUSE = /,\s+(?:it|they|he|she|we|there|this)\s+(?:\p{Ll}+ly\s+)?(?:was|were|is|are|had|has|have|became|took|began|started|\p{Ll}+ed)\b/u;

/** A clock, or a date told with its clock, that opens its sentence ("At 7.20pm, the train derailed", "On August 4, at about 19:00 local time, a huge explosion occurred", "Then at about half past 11 PM, fire broke out"). */
const OPENING = /(?:^|[.!?]\s+|\n)(?:(?:then|but|and|later|suddenly),?\s+)?(?:at|around|about|on|shortly after|just after|just before|shortly before)?(?:\s+about|\s+around)?\s*$/iu;

const FULL_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The day of the report's event: the one day it tells a happening on ("came down on Monday");
 * else the one day its headline and lead give (of two, the one not of a saying: "the crash Friday
 * evening ..., officials said Saturday");
 * else the one day the whole report gives; a report that gives no day, and no date in its lead,
 * tells its event on its own day. Undefined when it tells two.
 */
function eventDay(text: string, all: readonly Mention[], published: string | undefined): string | undefined {
  const dates = all.filter((d) => !datelineDay(text, d.start, d.end));
  const days = dates.filter((d) => d.qualifier !== "range" && typeof d.value === "string" && FULL_DAY.test(d.value));
  const one = (list: readonly Mention[]) => (new Set(list.map((d) => d.value)).size === 1 ? (list[0]!.value as string) : undefined);
  const told = days.filter((d) => stepOfClause(text, d.start, d.end) !== undefined);
  if (told.length > 0) return one(told);
  const end = leadEndOf(text);
  const lead = days.filter((d) => d.start < end);
  if (lead.length > 0) return one(lead) ?? one(lead.filter((d) => !SAID_BEFORE.test(text.slice(Math.max(0, d.start - 40), d.start))));
  // A report that gives one day, past its lead, tells its event on it ("tremors were felt in Kolkata on Saturday").
  if (days.length > 0 && dates.length === days.length) return one(days);
  // A report that gives no day, and no date in its lead, tells its event on its own day: a year past the lead is of
  // another happening ("Cyclone Phailin hit the coast ... at about 21:15", and the cyclone of 1999 further down).
  const leadDated = dates.some((d) => d.start < end);
  return days.length === 0 && !leadDated && published !== undefined && FULL_DAY.test(published.slice(0, 10)) ? published.slice(0, 10) : undefined;
}

/** The sentence around a span: from the last sentence end before it to the next after it. */
function sentenceOf(text: string, start: number, end: number): { start: number; end: number } {
  const before = text.slice(Math.max(0, start - 300), start);
  const cut = Math.max(before.search(/[.!?]\s+[^.!?]*$/u), before.lastIndexOf("\n"));
  const after = text.slice(end, end + 300).search(/[.!?](?:\s|$)|\n/u);
  return { start: cut < 0 ? Math.max(0, start - 300) : start - before.length + cut + 1, end: after < 0 ? Math.min(text.length, end + 300) : end + after };
}

/**
 * The step of the event the clause of a time (at `start` to `end`) tells happening
 * (data/happening-verbs.ts: "event", "departure", "contact-lost"), or undefined: its words before
 * the time in the clause ("struck at"), after it in a clause of "as" or "when", or after a time
 * that opens the sentence ("At 7.20pm, the train derailed"). The nearest words before win; with
 * none, an event noun right before the time ("the collapse at 5am") or named as its time tells the event.
 * @example stepOfClause("The quake struck at 11:00 am.", 20, 28) // "event"
 */
export function stepOfClause(text: string, start: number, end: number, sentence = sentenceOf(text, start, end)): string | undefined {
  const before = text.slice(sentence.start, start);
  const after = text.slice(end, sentence.end).replace(CONVERSION, "");
  const opening = OPENING.test(text.slice(Math.max(0, start - 40), start));
  let nearest: { step: string; at: number } | undefined;
  for (const { step, before: told } of STEPS) {
    const m = told.exec(before);
    if (m && (SAID_BETWEEN.test(m[1]!) || NEW_CLAUSE.test(m[1]!))) continue;
    if (m && (!nearest || m.index > nearest.at)) nearest = { step, at: m.index };
  }
  if (nearest) return nearest.step;
  if (NOUN_BEFORE.test(before.slice(-60)) || TIME_OF_NOUN.test(after) || eventNounBefore(before)) return "event";
  return STEPS.find((s) => s.as.test(after) || (opening && s.after.test(after)))?.step;
}

/**
 * Date mentions for the clocks of a report's event, of the day it tells the event on.
 * @example eventClocks("Quake kills 15 in Herat\n\nA quake struck Herat on Saturday. It struck at 11:00 am.", dates, "2023-10-07")[0].time // { low: 660, high: 660, precision: "minute", day: "lead" }
 */
export function eventClocks(text: string, dates: readonly Mention[], published: string | undefined): Mention[] {
  // The event's day is read only for a clock that may need it: most reports give no clock time,
  // and the day reads every full day's clause with each step's patterns (session 22: 26 of the
  // bench's 452 articles have a clock).
  let day: string | undefined | null = null;
  const out: Mention[] = [];
  for (const clock of [...clockTimes(text), ...partsOfDayAlone(text)].sort((a, b) => a.start - b.start)) {
    if (dates.some((d) => d.start < clock.end && clock.start < d.end)) continue;
    if (day === null) day = eventDay(text, dates, published);
    if (day === undefined) return [];
    const sentence = sentenceOf(text, clock.start, clock.end);
    // A sentence that gives a day of its own tells the hour of that day, or of another step.
    if (dates.some((d) => d.start >= sentence.start && d.end <= sentence.end && d.value !== day)) continue;
    if (stepOfClause(text, clock.start, clock.end, sentence) === undefined) continue;
    out.push({ kind: "date", start: clock.start, end: clock.end, value: day, qualifier: "exact", rules: ["event-clock"], time: { ...clock.time, day: "lead" } });
  }
  return out;
}
