import type { Frame } from "../../model.js";
import { wordAlternation } from "./alternation.js";
import beforeNoun from "./data/before-noun.js";
import phases from "./data/date-phases.js";
import words from "./data/lead-day-verbs.js";
import { buildSubject } from "./key.js";
import { leadEnd } from "./story-lead.js";
import { STORY_DAY, STORY_NAME, storyNames } from "./story-names.js";
import { tellsOtherEvent } from "./story-names-step.js";
import { storyEventNamed } from "./story-event.js";
import { OPENER, planned } from "./thing-phase.js";
import type { SubjectInput, SubjectReading } from "./reading.js";

/**
 * The day of a report's event: the one day its headline and lead give (story-names.ts marks it
 * `day:` on the story's names), told in the clause of the verb that says what happened ("The
 * Taliban captured the provincial capital of Logar province on Friday", "Ivory Coast inaugurated
 * Saturday its new stadium", "Dubai shuttered Expo 2020 ... on Thursday"). A news report's lead
 * tells its story's event and when; two reports of one story (their names, core/check/frame/
 * story-names.ts storyMatch) dating the event of one class on two days contradict each other.
 * The class is the verb's (data/date-phases.ts, then data/lead-day-verbs.ts classes, else the verb
 * itself): a story's later developments ("arrested", "buried") are other events. Read last, for a
 * day no reader of a named thing, a person or an event noun framed.
 * Not the day: of a saying or a count ("officials said on Friday"), a bound ("by", "since"), a lead
 * telling two days or another happening, a clause with no verb of its own before the day.
 */

/** The mark of a frame read as the day of its report's event (core/check/frame/date-strength.ts reads it). */
export const LEAD_DAY = "frame.lead-day";

const IRREGULAR = new Set(words.irregular);
const SAYING = new Set(words.saying);
const NOT_ONCE = new Set(words.notOnce);
/** Phases of date-phases.ts, as their verbs are written, before this reader's own classes. */
const PHASES = new Map<string, string>([...Object.entries(phases.verbs), ...Object.entries(phases.heads.verbs)]);
const CLASSES = new Map(Object.entries(words.classes));

/** A bound, a start or a deadline right before the day: not the day it happened. */
const BOUND = new RegExp(String.raw`\b(?:${wordAlternation(words.bounds)})\s+(?:the\s+)?(?:(?:early|late)\s+)?$`, "i");
/** A bound in the date's own words: "by Monday", "as of Thursday". */
const OWN_BOUND = new RegExp(String.raw`^(?:${wordAlternation(words.ownBounds)})\b`, "i");
/** "It opened to the public on": a pronoun for what the sentence before named, no event of the story's own. */
const POINTER = /^\s*(?:it|this|that)\s+(?:(?:has|had|was|is)\s+)?(?:\p{Ll}+ly\s+)?$/iu;
/** What ends the verb's clause between it and the day. */
const BREAK = new RegExp(String.raw`[;:()–—\n]|\s-\s|\b(?:${wordAlternation(words.clauseBreaks)})\b`, "i");
/** "two days earlier", "a week later": counted from another moment, not from the report's day. */
const COUNTED = new RegExp(String.raw`\b(?:${wordAlternation(words.countedFrom)})$`, "i");
/** How far before the day its verb may stand, and after a day opening the sentence. */
const REACH = 140;

const WORD = /[\p{L}'’-]+/gu;

/** A preposition or a determiner right before a word: what follows qualifies a noun, it is no verb. */
const ADJECTIVE_AFTER = new RegExp(String.raw`\b(?:${[...beforeNoun.determiners, ...beforeNoun.leadDay].join("|")})\s+$`, "i");

interface Verb {
  text: string;
  cls: string;
  at: number;
}

/**
 * @example leadEventDay(inputOf("Taliban take Logar capital\nThe Taliban captured the capital of Logar province on Friday.", "Friday"))?.subject.frame?.measure.id // "date.capture"
 */
export function leadEventDay(input: SubjectInput): SubjectReading | null {
  const { text, sentence, mention, context } = input;
  if (typeof mention.value !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(mention.value) || !context) return null;
  const said = text.slice(mention.start, mention.end).trim();
  if (sentence.start >= leadEnd(context) || COUNTED.test(said) || OWN_BOUND.test(said)) return null;
  const names = storyNames(context).filter((n) => n.id.startsWith(STORY_NAME));
  if (!names.some((n) => n.within?.includes(`${STORY_DAY}${mention.value}`))) return null;
  if (BOUND.test(text.slice(Math.max(sentence.start, mention.start - 30), mention.start))) return null;
  if (tellsOtherEvent(text.slice(0, leadEnd(context)))) return null;
  const verb = verbBefore(text, sentence.start, mention.start) ?? verbAfter(text, sentence, mention);
  if (!verb || planned(text, sentence.start, verb.at) || POINTER.test(text.slice(sentence.start, verb.at))) return null;
  // A story whose words name its event ("the stampede", "the attack") is read by story-day.ts and the
  // event readers; a verb of its lead that they leave is mostly of the work after it ("retrieved",
  // "suspended its search") and its event would be a second one of the story (core/check/frame/story.ts).
  if (storyEventNamed(context, sentence, true)) return null;
  return reading(verb, names);
}

/** The nearest verb of a happening before the day in its clause: "captured the capital of Logar province on". */
function verbBefore(text: string, sentenceStart: number, dayStart: number): Verb | null {
  const from = Math.max(sentenceStart, dayStart - REACH);
  const found = [...text.slice(from, dayStart).matchAll(WORD)];
  for (let k = found.length - 1; k >= 0; k--) {
    const m = found[k]!;
    const at = from + m.index;
    if (BREAK.test(text.slice(at + m[0].length, dayStart))) return null;
    const verb = happeningVerb(text, at, m[0]);
    if (verb === "saying") return null;
    if (verb) return verb;
  }
  return null;
}

/** "On 13 February, unveiled and floated ...", "On Thursday March 31, Expo 2020 Dubai came to end": the first verb after a day opening its sentence. */
function verbAfter(text: string, sentence: { start: number; end: number }, mention: { start: number; end: number }): Verb | null {
  if (mention.start - sentence.start > 40 || !OPENER.test(text.slice(sentence.start, mention.start)) || !/^\s*,/.test(text.slice(mention.end))) return null;
  const clause = /^[^;:.!?\n]*/.exec(text.slice(mention.end, Math.min(sentence.end, mention.end + REACH)))![0];
  for (const m of clause.matchAll(WORD)) {
    const verb = happeningVerb(text, mention.end + m.index, m[0]);
    if (verb === "saying") return null;
    if (verb) return verb;
  }
  return null;
}

/**
 * The verb at `at` and its class, "saying" for a verb of saying or counting, or null for a word
 * that is no past verb of a happening (a participle its agent follows: "punctuated by fireworks").
 */
function happeningVerb(text: string, at: number, word: string): Verb | "saying" | null {
  const lower = word.toLowerCase();
  if (word !== lower) return null;
  if (SAYING.has(lower)) return "saying";
  const after = text.slice(at + word.length, at + word.length + 30);
  // "treatment for undisclosed ailment", "a crowded market": a word after a preposition or a determiner qualifies a noun.
  if (/^\s+by\b/.test(after) || ADJECTIVE_AFTER.test(text.slice(Math.max(0, at - 12), at))) return null;
  // "passed away", "took control of", "came to an end": a class written in up to four words, the longest first.
  const next = /^(?:\s+\p{Ll}+){1,3}/u.exec(after)?.[0].trim().split(/\s+/) ?? [];
  // Built by pushes: a map's array changes elements kind once this function is optimised, which throws its code away (H, session 18).
  const phrases: string[] = [];
  for (let k = 0; k < next.length; k++) phrases.push([lower, ...next.slice(0, next.length - k)].join(" "));
  phrases.push(lower);
  for (const phrase of phrases) {
    if (NOT_ONCE.has(phrase)) return null;
    const cls = CLASSES.get(phrase) ?? PHASES.get(phrase);
    if (cls) return { text: text.slice(at, at + phrase.length), cls, at };
  }
  if (!(IRREGULAR.has(lower) || /^\p{Ll}{3,}ed$/u.test(lower))) return null;
  return { text: word, cls: lower, at };
}

/**
 * The day's frame: the event's class as its measure (a happening's as date.occurred) and as its
 * event (the story names none of its own), known by the story's names. The event's class is what the story match and the claim index read as the story's kind (core/check/
 * claim-index-story.ts keys a known city by it): "Dubai shuttered Expo 2020" and "Expo 2020 Dubai
 * came to end" meet under `closure@dubai`.
 */
function reading(verb: Verb, names: Frame["scope"]): SubjectReading {
  const happening = verb.cls.startsWith("occurred:") ? verb.cls.slice("occurred:".length) : undefined;
  const frame: Frame = { measure: { id: happening ? "date.occurred" : `date.${verb.cls}`, text: verb.text }, scope: [...names], rules: [LEAD_DAY] };
  frame.event = { id: happening ?? verb.cls, text: verb.text };
  const subject = buildSubject({ text: verb.text, head: happening ?? verb.cls, measure: "date" });
  subject.frame = frame;
  return { subject, rules: [LEAD_DAY] };
}
