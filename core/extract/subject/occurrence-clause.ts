import type { ScopeEntity } from "../../model.js";
import { lastMatch } from "../last-match.js";
import { agreedPlace } from "./agreement.js";
import { ANY_CASE_THING } from "./date-thing-nouns.js";
import { compoundNoun } from "./event.js";
import { fromEvent } from "./event-subject.js";
import { eventsOfClass } from "./frame-event.js";
import { placeEntity, slugOf } from "./frame-scope.js";
import { gazetteerPlace } from "./gazetteer.js";
import { buildSubject } from "./key.js";
import acts from "./data/occurrence-acts.js";
import { ACT_VERBS, classOfEvent, EVENT_PHASE, EVENT_VERBS, EVENTS } from "./lexicon.js";
import { onlyAdjuncts } from "./life-clause.js";
import type { SubjectInput, SubjectReading } from "./reading.js";
import { firstWordsIn, wordsIn } from "./words.js";
import { cueFamily, mayHold } from "./date-cues.js";
import { pastVerbBetween } from "./date-head-verb.js";

const OWN_DATES = new Set(acts.ownDates);

/**
 * Dates tied to a happening by their own clause, in shapes the noun and verb readers of
 * occurrence-date.ts do not see: a date owning the event ("Monday’s attack at a mosque in
 * Peshawar", "Thursday’s Kabul blasts"), and an event's verb before its date with a made thing
 * or an event noun as its subject ("The five-storey building ... collapsed early yesterday
 * morning").
 */

/** Words that end the owned phrase before any event noun: "Monday's decision to ...", "Monday's vote in the". */
const NOT_MODIFIER = /^(?:the|a|an|of|in|on|at|to|for|and|or|by|with|from|was|were|is|are|has|had)$/;

/** @example possessiveOccurrence(input)?.subject.frame?.event?.id // "attack" for "Monday’s attack at a mosque" */
export function possessiveOccurrence(input: SubjectInput): SubjectReading | null {
  const { text, sentence, mention } = input;
  const owned = /^['’]s\s/.exec(text.slice(mention.end, mention.end + 4));
  if (!owned) return null;
  const from = mention.end + owned[0].length;
  const words = firstWordsIn(text, from, Math.min(sentence.end, from + 60), 4);
  for (let k = 0; k < words.length; k++) {
    const word = words[k]!;
    if (NOT_MODIFIER.test(word.lower)) return null;
    if (EVENTS[word.lower] && isEventNoun(word.lower)) return fromEvent(input, word, "date", "subject.event-possessive", compoundNoun(words, k));
    // Only the noun's modifiers stand between: one more word after a comma or a stop is another phrase.
    if (/[,.;:]/.test(text.slice(word.end, word.end + 1))) return null;
  }
  return null;
}

/** An event noun a date can be about: not an election, a truce or protests, which have dates of their own kinds (as occurrence-date.ts). */
function isEventNoun(lower: string): boolean {
  return !OWN_DATES.has(lower);
}

/**
 * "The five-storey building, owned by the BMC, collapsed early yesterday morning", "the bomb
 * exploded in a crowded market on Sunday", "It had collapsed early Friday morning": a verb of
 * an event right before its date (past where, how or by whom), whose subject is a made thing,
 * an event noun, or "it" in a story of one happening. The event's class is the verb's, its place
 * the one the clause or the story names.
 */
export function verbOccurrence(input: SubjectInput): SubjectReading | null {
  const { text, sentence, mention } = input;
  if (!mayHold(input, EVENT_VERB_CUE)) return null;
  const from = Math.max(sentence.start, mention.start - 120);
  const verb = lastMatch(EVENT_VERB, text.slice(from, mention.start));
  if (!verb) return null;
  const verbAt = from + verb.index;
  const between = text.slice(verbAt + verb[0].length, mention.start);
  if (!onlyAdjuncts(between) || pastVerbBetween(between) || !hasSubject(text, sentence.start, verbAt)) return null;
  return occurred(input, between, classOfEvent(EVENT_VERBS[verb[0].toLowerCase()]!), verb[0], VERB_RULE);
}

const VERB_RULE = "subject.event-verb-clause";
const EVENT_VERB = new RegExp(String.raw`\b(?:${Object.keys(EVENT_VERBS).join("|")})\b`, "gi");
/** The verbs, as cue words of the date's window (date-cues.ts). */
const EVENT_VERB_CUE = cueFamily(Object.keys(EVENT_VERBS));
/** "had", "partially", "reportedly": words between a subject and its verb that change nothing. */
const AUX = /^(?:had|has|have|was|were|is|reportedly|partially|partly|completely|suddenly|then|also|later|finally)$/i;
const THING = new RegExp(String.raw`^(?:${ANY_CASE_THING})$`, "u");

/** Whether the verb's subject, the words right before it (past an aside), is a made thing, an event noun or "it". */
function hasSubject(text: string, sentenceStart: number, verbAt: number): boolean {
  const stretch = text.slice(Math.max(sentenceStart, verbAt - 200), verbAt).replace(/,\s+(?:[^,;:()]{1,120}),\s*$/, " ");
  const words = wordsIn(stretch, 0, stretch.length);
  let k = words.length - 1;
  while (k >= 0 && AUX.test(words[k]!.text)) k--;
  const head = words[k];
  if (!head) return false;
  if (/^it$/i.test(head.text)) return k === 0 || /[.,;:]\s*$/.test(stretch.slice(0, head.start)) || /^(?:and|as|when|after|before)$/i.test(words[k - 1]!.lower);
  return (Boolean(EVENTS[head.lower]) && isEventNoun(head.lower)) || THING.test(head.text) || THING.test(`${words[k - 1]?.text ?? ""} ${head.text}`);
}

/** The one place the story gives the event's class, if it gives one. */
function storyPlace(input: SubjectInput, cls: string): string | undefined {
  return input.context ? agreedPlace(eventsOfClass(input.context, cls).filter((e) => !e.several)) : undefined;
}

/**
 * "US forces raided the compound in Barisha on 26 October 2019", "Gunmen stormed the Bataclan
 * concert hall on 13 November 2015": an act of violence, its object and where, then its date.
 * Only verbs that name the act alone ("struck" may strike a deal, "exploded" is verbOccurrence's).
 */
export function actOccurrence(input: SubjectInput): SubjectReading | null {
  const { text, sentence, mention } = input;
  if (!mayHold(input, ACT_CUE)) return null;
  const from = Math.max(sentence.start, mention.start - 130);
  const verb = lastMatch(ACT, text.slice(from, mention.start));
  if (!verb) return null;
  const between = text.slice(from + verb.index + verb[0].length, mention.start);
  if (!objectAndAdjuncts(between)) return null;
  // "Russia invaded Ukraine on", "Hamas attacked Israel on": a place as the object is where it happened.
  const object = /^\s+(\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,2})\s+(?:on|in|at|early|late)\b/u.exec(between)?.[1];
  const where = object && gazetteerPlace(object) ? ` in ${object}` : between;
  return occurred(input, where, classOfEvent(ACTS.get(verb[0].toLowerCase())!), verb[0], "subject.event-act-clause");
}

/**
 * "The parliamentary election was held on 7 October", "voters went to the polls on Sunday": the
 * day an election took place (not one it is planned for: "will be held", "scheduled for").
 */
export function electionHeld(input: SubjectInput): SubjectReading | null {
  const { text, sentence, mention } = input;
  if (!mayHold(input, HELD_CUE)) return null;
  const before = text.slice(Math.max(sentence.start, mention.start - 130), mention.start);
  const m = lastMatch(HELD, before);
  if (!m || !onlyAdjuncts(before.slice(m.index + m[0].length))) return null;
  return occurred(input, before.slice(m.index + m[0].length), "election", m[0].trim(), "subject.election-held");
}

const ACTS = new Map<string, string>([...Object.entries(ACT_VERBS).filter(([v]) => !EVENT_VERBS[v] && v !== "struck"), ...Object.entries(acts.acts)]);
const ACT = new RegExp(String.raw`\b(?:${[...ACTS.keys()].join("|")})\b`, "gi");
const HELD = /\b(?:(?:elections?|polls?|vote|referendum|runoff|run-off)\s+(?:was|were)\s+held|went\s+to\s+the\s+polls)\b/gi;
/** What ACT and HELD need, as cue words of the date's window (date-cues.ts). */
const ACT_CUE = cueFamily(ACTS.keys());
// HELD's two shapes need "held" or "polls": keep these with HELD.
const HELD_CUE = cueFamily(["held", "polls"]);

/** An object of up to six words (no clause of its own), then where and when: " the compound in Barisha on". */
function objectAndAdjuncts(between: string): boolean {
  const m = /^\s+(?:(?:the|a|an|its|their)\s+)?(?:[\p{L}’'.-]+\s+){0,5}?(?=(?:in|at|near|on|outside|inside|early|late)\s|$)/u.exec(between);
  return Boolean(m) && onlyAdjuncts(` ${between.slice(m![0].length)}`) && !/\b(?:said|announced|that|which|who|and|but)\b/i.test(m![0]);
}

/** The frame of a happening of class `cls` told by `verb`, placed by an "in <Place>" after it or by the story. */
function occurred(input: SubjectInput, after: string, cls: string, verb: string, rule: string): SubjectReading {
  const { text, sentence } = input;
  const named = /\bin\s+(\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,2})/u.exec(after)?.[1];
  const place = (named && (gazetteerPlace(named) ?? slugOf(named))) || storyPlace(input, cls);
  const subject = buildSubject({ text: verb, head: cls, measure: "date", place });
  const scope: ScopeEntity[] = place ? [placeEntity(place, named ?? place, text, sentence)] : [];
  subject.frame = { measure: { id: "date.occurred", text: verb }, scope, event: { id: cls, text: verb, ...(place ? { place } : {}) }, rules: [rule] };
  return { subject, rules: [rule] };
}

/**
 * "The uprising, which began in March 2011,", "the war that began on 24 February 2022", "The
 * protests started on 17 December 2010 in Sidi Bouzid": an event noun, a verb of its start or
 * end (past "which" or "that"), where or how, then the date.
 */
export function phaseClause(input: SubjectInput): SubjectReading | null {
  const { text, sentence, mention } = input;
  if (!mayHold(input, PHASE_CUE)) return null;
  const from = Math.max(sentence.start, mention.start - 120);
  const verb = lastMatch(PHASE_VERB, text.slice(from, mention.start));
  if (!verb) return null;
  const verbAt = from + verb.index;
  if (!onlyAdjuncts(text.slice(verbAt + verb[0].length, mention.start))) return null;
  const lead = /(?:,\s*(?:which|that)|\s(?:which|that))?\s+(?:had\s+|has\s+|first\s+)?$/.exec(text.slice(Math.max(sentence.start, verbAt - 30), verbAt));
  const words = wordsIn(text, Math.max(sentence.start, verbAt - 80), verbAt - (lead?.[0].length ?? 0));
  const noun = words[words.length - 1];
  if (!noun || !EVENTS[noun.lower] || noun.lower === "operation") return null;
  const phase = verb[0].toLowerCase().startsWith("broke") ? "start" : EVENT_PHASE[verb[0].toLowerCase()]!;
  return fromEvent(input, noun, phase, "subject.event-phase-clause", compoundNoun(words, words.length - 1));
}

const PHASE_VERBS = Object.keys(EVENT_PHASE).filter((v) => !/^(?:start|begin|end|broke)$/.test(v));
const PHASE_VERB = new RegExp(String.raw`\b(?:${PHASE_VERBS.join("|")}|broke\s+out)\b`, "gi");
/** PHASE_VERB's words, as cue words of the date's window (date-cues.ts). */
const PHASE_CUE = cueFamily([...PHASE_VERBS, "broke"]);
