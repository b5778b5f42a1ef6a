import acts from "./data/occurrence-acts.js";
import phases from "./data/date-phases.js";
import { wordAlternation } from "./alternation.js";
import events from "./data/events.js";
import { datesBetween } from "./context.js";
import { buildSubject } from "./key.js";
import { classOfEvent, EVENT_VERBS, EVENTS, PHRASE_STOP } from "./lexicon.js";
import { pastVerbBetween } from "./date-head-verb.js";
import type { SubjectInput, SubjectReading } from "./reading.js";
import { storyEventNamed } from "./story-event.js";
import { leadEnd } from "./story-lead.js";
import { STORY_NAME, storyNames } from "./story-names.js";
import { tellsOtherEvent } from "./story-names-step.js";
import { planned } from "./thing-phase.js";
import { wordsIn, type Word } from "./words.js";
import { sceneOf } from "./story-day.js";
import { cueFamily, mayHold } from "./date-cues.js";

/**
 * The day of the report's one incident, told in any clause that tells it happening: "a massive
 * cloudburst struck Chositi village in Kishtwar district on Wednesday afternoon", "A deadly
 * cloudburst hit the Chishoti area ..., along the route to the Machail Mata Yatra, on Thursday",
 * "In a devastating incident on Wednesday, a bus ... veered off a bridge". A news report tells
 * one disaster, accident or attack; a day its lead gives to a happening (an event word of a
 * toll's class, or a verb of happening: data/occurrence-acts.ts 'happening') is that incident's
 * day, and after the lead a day given to a word of the story's own class is too. Read last, when
 * no reader of a thing, a life, an event noun or a clause head framed the date, so it never
 * overrides a closer reading. The frame is the story's happening known by the story's names
 * (story-names.ts), as its tolls are: two reports of one incident dating it apart meet.
 * Not the day of a saying, a toll's change, the search, a funeral or an anniversary (words
 * between the happening and the day), nor of a sentence that tells another happening
 * ("another", "a similar crash last year"), a plan, or a bound ("since", "until").
 */

const TOLL_CLASSES: ReadonlySet<string> = new Set(events.tollClasses);
const HAPPENING = new Set(acts.happening);
const NOUNS: Readonly<Record<string, string>> = acts.happeningNouns;

/** Words between the happening and its day that make the day another act's: a saying, a count, a later step, another clause. */
const NOT_THE_HAPPENING = new RegExp(String.raw`[;:()–—\n]|\b(?:${wordAlternation(acts.notTheHappening)})\b`, "i");
/** A verb's participle between the happening and its day opens a clause of its own: "ferry disaster here pushing the toll to 122 on Thursday". */
const PARTICIPLE = /(?<![\p{L}'’-])\p{Ll}{2,}ing(?![\p{L}'’-])/gu;
const NOT_PARTICIPLES = new Set(acts.notParticiples);
const NOT_AFTER = new Set(acts.notHappeningAfter);
/** A bound, a range's start or a deadline right before the day. */
const BOUND = /\b(?:by|until|till|since|from|before|after|through|between|as\s+of)\s+(?:the\s+)?(?:(?:early|late|mid)\s+)?$/i;
/** How far before the day the happening's word may stand. */
const REACH = 200;

/** @example storyIncidentDate(inputOf("Cloudburst kills 12 in Chositi\nA massive cloudburst struck Chositi village on Wednesday afternoon.", "Wednesday afternoon"))?.subject.frame?.measure.id // "date.occurred" */
export function storyIncidentDate(input: SubjectInput): SubjectReading | null {
  const { text, sentence, mention, context } = input;
  if (typeof mention.value !== "string" || !/^\d{4}-\d{2}-\d{2}/.test(mention.value) || !context) return null;
  // "the Saturday Nation can reveal": a day after "the" names a paper or a noun's day, not when something happened;
  // "a flood hit Dua Warna waterfall in Sibolangit, North Sumatra, Indonesia, Monday, May 16, 2016": a day set off by a comma ends a caption (the photo's day).
  const before = text.slice(Math.max(sentence.start, mention.start - 30), mention.start);
  if (BOUND.test(before) || /\bthe\s+$/i.test(before) || /,\s*$/.test(before) || !mayHold(input, CUE)) return null;
  const from = Math.max(sentence.start, mention.start - REACH);
  const words = wordsIn(text, from, mention.start);
  const inLead = sentence.start < leadEnd(context);
  // The nearest happening word, then what stands between each word from it to the day: the
  // day is the happening's only when nothing between any of them ends the clause. Most days
  // have no happening word within reach at all; the words between are then never tested.
  let k = words.length - 1;
  while (k >= 0 && !happening(text, words, k)) k--;
  if (k < 0 || sceneOf(text, sentence.start, words[k]!.start)) return null;
  for (let j = words.length - 1; j >= k; j--) {
    const between = text.slice(words[j]!.end, mention.start);
    if (NOT_THE_HAPPENING.test(between) || participleIn(between) || pastVerbBetween(between)) return null;
    if (datesBetween(context, words[j]!.end, mention.start).length > 0) return null;
  }
  const sentenceText = text.slice(sentence.start, sentence.end);
  if (tellsOtherEvent(sentenceText) || planned(text, sentence.start, words[k]!.start)) return null;
  // "The death toll in the building collapse in Chennai Sunday went up to 11": the day of the toll.
  if (/\btoll\b/i.test(text.slice(sentence.start, words[k]!.start))) return null;
  const story = storyEventNamed(context, sentence, true)?.frame;
  const storyClass = story && TOLL_CLASSES.has(story.id) && story.id !== "disaster" ? story.id : undefined;
  const own = classOf(words, k);
  // After the lead, only a word of the story's own class tells the story's incident.
  if (!inLead && (!storyClass || own !== storyClass)) return null;
  const cls = storyClass ?? own ?? subjectClass(words, k);
  if (!cls) return null;
  const names = storyNames(context).filter((n) => n.id.startsWith(STORY_NAME));
  if (names.length === 0) return null;
  const word = words[k]!;
  const subject = buildSubject({ text: word.text, head: cls, measure: "date" });
  subject.frame = { measure: { id: "date.occurred", text: word.text }, scope: [...names], event: { id: cls, text: word.text }, rules: [STORY_INCIDENT_RULE] };
  return { subject, rules: [STORY_INCIDENT_RULE] };
}

/** The mark of a date frame read as the day of the story's incident (core/check/frame/date-lead-day.ts storyDay reads it). */
export const STORY_INCIDENT_RULE = "frame.story-incident";

function participleIn(between: string): boolean {
  for (const m of between.matchAll(PARTICIPLE)) if (!NOT_PARTICIPLES.has(m[0])) return true;
  return false;
}

/**
 * Whether the word at `k` tells a happening: an event word of a toll's class, a verb of happening
 * ("struck", "took place"). A noun right before another word of its phrase ("disaster
 * preparedness", "fire brigade") modifies it and names no happening.
 */
function happening(text: string, words: readonly Word[], k: number): boolean {
  const lower = words[k]!.lower;
  if (classOf(words, k)) return EVENT_VERBS[lower] !== undefined || (!modifies(text, words, k) && !NOT_AFTER.has(words[k - 1]?.lower ?? ""));
  if (HAPPENING.has(lower)) return true;
  const before = words[k - 1]?.lower;
  return (lower === "place" && before === "took") || (lower === "out" && before === "broke");
}

/** Whether the noun at `k` stands before another noun of its phrase. */
function modifies(text: string, words: readonly Word[], k: number): boolean {
  const next = words[k + 1];
  if (!next || !/^\s+$/.test(text.slice(words[k]!.end, next.start))) return false;
  return !PHRASE_STOP.has(next.lower) && !HAPPENING.has(next.lower) && !/^(?:that|which|was|were|has|had|took|broke|here|there)$/.test(next.lower) && !/^\p{Lu}/u.test(next.text);
}

/** The toll class of the event word at `k`, if it is one. */
function classOf(words: readonly Word[], k: number): string | undefined {
  return TOLL_CLASS_OF.get(words[k]!.lower);
}

/**
 * Each event word of a toll's class with its class (an event noun, else a verb, else a noun of
 * an incident), worked out once: every word before a date is looked up, and a word read from
 * the text is looked up faster in a Map than as a key of the tables.
 */
const TOLL_CLASS_OF = new Map<string, string>();
for (const word of new Set([...Object.keys(EVENTS), ...Object.keys(EVENT_VERBS), ...Object.keys(NOUNS)])) {
  const name = EVENTS[word] ?? EVENT_VERBS[word] ?? NOUNS[word];
  const cls = name ? classOfEvent(name) : undefined;
  if (cls && TOLL_CLASSES.has(cls)) TOLL_CLASS_OF.set(word, cls);
}

/**
 * What a happening's word needs in the date's window (date-cues.ts): an event word of a toll's
 * class, a verb of happening, "took place" or "broke out" (`happening`). Most days have none, and
 * their words were split and looked up one by one.
 */
const CUE = cueFamily([...TOLL_CLASS_OF.keys(), ...HAPPENING, "took place", "broke out"]);

/** "a massive cloudburst struck": the class of the event noun a verb of happening tells, in its clause before it. */
function subjectClass(words: readonly Word[], k: number): string | undefined {
  for (let j = k - 1; j >= 0 && j >= k - 5; j--) {
    const cls = classOf(words, j);
    if (cls) return cls;
  }
  return undefined;
}

/** Nouns of a happening to a made thing ("collapse", "sinking": data/date-phases.ts 'nouns' of an occurred phase). */
const THING_HAPPENING = new RegExp(String.raw`(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})\s+(?:${wordAlternation(Object.entries(phases.nouns).filter(([, phase]) => phase.startsWith("occurred:")).map(([noun]) => noun))})(?![\p{L}])`, "gu");

/**
 * How many named things a text tells a happening to ("the Morandi Bridge collapse", "the Polcevera
 * Viaduct collapse"): with two, "the disaster" may be either, and no incident is the report's one.
 * @example namedHappenings("After the Morandi Bridge collapse, engineers recalled the Polcevera Viaduct collapse.") // 2
 */
export function namedHappenings(text: string): number {
  return new Set([...text.matchAll(THING_HAPPENING)].map((m) => m[1]!.replace(/^(?:The|A|An)\s+/, ""))).size;
}
