import type { EventFrame, ScopeEntity } from "../../model.js";
import events from "./data/events.js";
import acts from "./data/occurrence-acts.js";
import { wordAlternation } from "./alternation.js";
import { storyEventNamed } from "./story-event.js";
import { tellsOtherEvent } from "./story-names-step.js";
import { STORY_NAME, storyNames } from "./story-names.js";
import { leadEnd, leadEndAtMost } from "./story-lead.js";
import { classOfEvent, EVENT_VERBS, EVENTS } from "./lexicon.js";
import { datesBetween } from "./context.js";
import { buildSubject } from "./key.js";
import type { SubjectInput, SubjectReading } from "./reading.js";
import { wordsIn, type Word } from "./words.js";
import { cueFamily, mayHold } from "./date-cues.js";
import { pastVerbBetween } from "./date-head-verb.js";
import { storyIncidentOf } from "./occurrence-body.js";

/**
 * The day of the story's one happening, told in its headline or lead: "a portion of a small dam
 * collapsed in Chhattisgarh's Balrampur district on Wednesday", "Thousands of panicked pilgrims
 * stampeded Sunday at a remote mountaintop temple". A news story is about one disaster, accident
 * or attack; the day its headline or lead gives in the clause that tells it (an event noun or verb
 * of the story's class, then the day, with nothing said, counted or of another happening between)
 * is that happening's day, whatever the clause names. Two reports of one story meet by the story's
 * distinctive names (story-names.ts), as their tolls do, so the date frame carries them.
 * Not a day of saying ("officials said on Wednesday"), of a toll ("rose to 105 on Wednesday"), of
 * rescue work, a funeral or a protest (no event word of a toll's class), nor a sentence of another
 * happening ("another", "last week's", "a similar crush").
 */

const TOLL_CLASSES: ReadonlySet<string> = new Set(events.tollClasses);

/** Words between the happening and its day that make the day another's: a saying, a count, a later act. */
const NOT_THE_HAPPENING = /[;:()–—]|\b(?:said|says|told|tells|reported|reports|announced|confirmed|according|added|rose|risen|rises|climbed|soared|mounted|jumped|reached|stood|increased|revised|updated|identified|buried|mourned|funerals?|vigils?|protests?|since|until|before|after|when|while|which|who|that|and|but|killing|leaving|left|pulled|recovered|rescued|searched|found|arrested|anniversary|ago|last\s+(?:week|month|year)|is|are|was|were|has|have|had)\b/i;

/** A day opening the sentence ("On Tuesday night, the dam burst"): read by openingDate (occurrence-date.ts). */
const OPENS = /^\s*(?:(?:on|early\s+on|late\s+on)(?:\s+the\s+(?:night|morning|evening|afternoon)\s+of)?\s*)?$/i;

/**
 * @example storyDay(inputOf("Dam collapse kills 4\nA portion of a small dam collapsed in Balrampur district on Wednesday, causing a flash flood.", "Wednesday"))?.subject.frame?.measure.id // "date.occurred"
 */
export function storyDay(input: SubjectInput): SubjectReading | null {
  const { text, sentence, mention, context } = input;
  // A day, not a month or a year ("in July 2009", "since 2005"): the story's happening happened on one.
  if (typeof mention.value !== "string" || !/^\d{4}-\d{2}-\d{2}/.test(mention.value) || !context) return null;
  if (sentence.start >= leadEndAtMost(context)) return null;
  if (!mayHold(input, CUE)) return null;
  // The lead and the story's event are asked only once a happening's word stands before the day:
  // where the lead ends, whether it tells two happenings and, above all, the story's event (every
  // event word of the article, read once per class) cost far more than the words before one day,
  // and most days have no such word. Each answer is the same whenever it is asked.
  let story: EventFrame | undefined;
  let asked = false;
  // The happening's word nearest before the day, in its clause.
  const from = Math.max(sentence.start, mention.start - 160);
  const words = wordsIn(text, from, mention.start);
  // Without a happening's word the loop below can only end in null: every word before the first
  // such word either ends it or is passed over. Most days have none, and the look-ups are cheaper
  // than the tests of the words between each word and the day.
  if (!words.some((_, k) => tellsHappening(words, k))) return null;
  // "broke out in the dormitory of Hillside Endarasha Academy, a boarding school in central Kenya, during": an aside on a name is no clause.
  // An aside that says, counts or tells another act ("the school, officials said,") stays.
  const plain = text.slice(from, mention.start).replace(APPOSITIVE, (aside) => (NOT_THE_HAPPENING.test(aside) ? aside : " ".repeat(aside.length)));
  for (let k = words.length - 1; k >= 0; k--) {
    const word = words[k]!;
    const between = plain.slice(word.end - from);
    // "in a small dam burst near Bhendewadi hamlet following torrential downpour, late on Tuesday night": a comma only before the day.
    if (NOT_THE_HAPPENING.test(between) || pastVerbBetween(between) || between.includes("\n") || /,/.test(between.replace(DAY_COMMA, "")) || between.replace(/ {2,}/g, " ").length > 110) return null;
    if (!tellsHappening(words, k)) continue;
    // "carry a body at the site of the landslide in Malin village on Thursday": the event names where another verb's act was.
    if (sceneOf(text, sentence.start, word.start)) return null;
    // "lowered the death toll from the Easter Sunday suicide bombings ... on Thursday": the day of the toll's change.
    if (TOLL_CHANGED.test(text.slice(sentence.start, word.start))) return null;
    // "The death toll in the building collapse in Chennai Sunday went up to 11": the toll's verb after the day makes it the toll's.
    if (TOLL_OF.test(text.slice(sentence.start, word.start)) && TOLL_VERB_AFTER.test(text.slice(mention.end, mention.end + 30))) return null;
    // "the collapse in Mazgaon area here yesterday soared to 54 tonight": a day of its own comes first.
    if (datesBetween(context, word.end, mention.start).length > 0) return null;
    if (!asked) {
      asked = true;
      if (sentence.start >= leadEnd(context) || OPENS.test(text.slice(sentence.start, mention.start))) return null;
      if (tellsOtherEvent(text.slice(sentence.start, sentence.end)) || leadTellsTwo(context)) return null;
      // The story's class; a lead naming no event by a noun ("Maharashtra dam burst kills seven") is of its verb's.
      story = storyEventNamed(context, sentence, true)?.frame;
      if (story && (!TOLL_CLASSES.has(story.id) || story.id === "disaster")) return null;
    }
    const cls = story?.id ?? ownClass(word.lower);
    if (!cls) continue;
    const names = storyNames(context).filter((n) => n.id.startsWith(STORY_NAME));
    if (names.length === 0) return null;
    return dayReading(text, word, cls, names);
  }
  return null;
}

/**
 * Whether the word at `k` tells a happening: an event noun or verb of a class a toll can be of
 * ("collapse", "capsized", "stampeded"), or a verb of happening ("occurred", "took place", "broke
 * out"), whose subject in a lead is the story's happening ("The breach in the Luti reservoir
 * occurred late Tuesday night"). The class is the story's: "a dam collapsed ..., causing a flash
 * flood" tells one happening however each report names it.
 */
function tellsHappening(words: readonly Word[], k: number): boolean {
  const lower = words[k]!.lower;
  const name = EVENTS[lower] ?? EVENT_VERBS[lower];
  if (name) return TOLL_CLASSES.has(classOfEvent(name)) && classOfEvent(name) !== "disaster";
  if (HAPPENED.test(lower)) return true;
  const before = words[k - 1]?.lower;
  return (lower === "place" && before === "took") || (lower === "out" && before === "broke");
}

/** The class of an event noun or verb of its own, when the story names none. */
function ownClass(lower: string): string | undefined {
  const name = EVENTS[lower] ?? EVENT_VERBS[lower];
  return name ? classOfEvent(name) : undefined;
}

/** A toll's change told before the happening's word: the sentence's day is the change's. */
const TOLL_CHANGED = /\b(?:lower(?:ed|s)?|rais(?:ed|es)|revis(?:ed|es)|updat(?:ed|es)|cut|put|puts)\b[^.;]*\btoll\b/i;

/** The happening's word as what a toll is of: "The death toll in the 11-storey building collapse in Chennai". */
const TOLL_OF = /\btoll\s+(?:in|from|of|at)\s+(?:the\s+)?(?:[\p{L}\d'’-]+\s+){0,4}$/iu;
/** A toll's change or count right after the day: "Sunday went up to 11", "Monday rose to 50", "stood at". */
const TOLL_VERB_AFTER = /^\s*,?\s*(?:has\s+|had\s+)?(?:went\s+up|gone\s+up|rose|risen|climbed|reached|increased|jumped|mounted|soared|stood|touched|crossed)\b/iu;

/** An aside set off by commas after a name: ", a boarding school in central Kenya,". */
const APPOSITIVE = /(?<=\p{Lu}[\p{L}'’.-]*),\s+(?:an?|the)\s+[^,;:()\n]{1,60},/gu;

/** "the site of the", "survivors of a": a noun of what an event left, before the event's word (data/occurrence-acts.ts sceneOf). */
const SCENE_OF = new RegExp(String.raw`\b(?:${wordAlternation(acts.sceneOf)})\s+of\s+(?:the\s+|a\s+|an\s+|this\s+|that\s+)?(?:[\p{L}'’-]+\s+){0,2}$`, "iu");

/**
 * Whether the event word at `at` follows a noun of what an event left ("the site of the landslide"): its clause's day is another verb's.
 * @example sceneOf("carry a body at the site of the landslide on Thursday", 0, 32) // true
 */
export function sceneOf(text: string, sentenceStart: number, at: number): boolean {
  return SCENE_OF.test(text.slice(Math.max(sentenceStart, at - 30), at));
}

/** A comma right before the day ("..., late on Tuesday night"). */
const DAY_COMMA = /,\s*(?:(?:late|early)\s+)?(?:on\s+)?$/i;

/** Verbs of a happening whose subject the lead's story is. */
const HAPPENED = /^(?:occurred|happened|unfolded)$/;
/** The words tellsHappening asks for ("place" of "took place", "broke" before "out"), as cue words of the date's window (date-cues.ts): keep with tellsHappening. */
const CUE = cueFamily([...Object.keys(EVENTS), ...Object.keys(EVENT_VERBS), "occurred", "happened", "unfolded", "place", "broke"]);

/** The mark of a date frame read as the day a lead gives its story's happening (core/check/frame/date-lead-day.ts storyDay reads it). */
export const STORY_DAY_RULE = "frame.story-day";

/**
 * A headline or lead that tells another happening beside the story's ("Second, stronger quake hits
 * Ridgecrest", "a day after a 6.4 quake there", "another blast"): its days are not one happening's.
 */
function leadTellsTwo(context: NonNullable<SubjectInput["context"]>): boolean {
  return tellsOtherEvent(context.text.slice(0, leadEnd(context)));
}

/**
 * Another step's reading of a lead's day of the story's happening ("The Lutti dam collapsed on
 * September 2", "the ferry capsized early Tuesday in Munshiganj"): it carries the story's names
 * too, so that two reports meet by the story match whichever step read each.
 * @example storyDayOf(input, thingReading).subject.frame?.rules // [..., "frame.story-day"]
 */
export function storyDayOf(input: SubjectInput, reading: SubjectReading | null): SubjectReading | null {
  const frame = reading?.subject.frame;
  const { text, sentence, mention, context } = input;
  if (!frame?.event || frame.measure.id !== "date.occurred" || !context || frame.rules?.includes(STORY_DAY_RULE)) return reading;
  if (typeof mention.value !== "string" || !/^\d{4}-\d{2}-\d{2}/.test(mention.value)) return reading;
  // After the lead, the story's incident told by a noun of its class (occurrence-body.ts).
  if (sentence.start >= leadEnd(context)) return storyIncidentOf(input, reading);
  const cls = classOfEvent(frame.event.id);
  if (!TOLL_CLASSES.has(cls) || cls === "disaster" || tellsOtherEvent(text.slice(sentence.start, sentence.end)) || leadTellsTwo(context)) return reading;
  const story = storyEventNamed(context, sentence, true)?.frame;
  if (story && story.id !== cls) return reading;
  // A name the frame already holds ("Typhoon Haiyan" as `haiyan`) is not added again.
  const names = storyNames(context).filter((n) => n.id.startsWith(STORY_NAME) && !frame.scope.some((e) => e.id === n.id || e.id === n.id.slice(STORY_NAME.length)));
  if (names.length === 0) return reading;
  frame.scope.push(...names);
  frame.rules = [...(frame.rules ?? []), STORY_DAY_RULE];
  return reading;
}

/** The day's frame: the story's happening, of its class, known by the story's names. */
function dayReading(text: string, word: Word, cls: string, names: readonly ScopeEntity[]): SubjectReading {
  const subject = buildSubject({ text: word.text, head: cls, measure: "date" });
  subject.frame = { measure: { id: "date.occurred", text: text.slice(word.start, word.end) }, scope: [...names], event: { id: cls, text: word.text }, rules: [STORY_DAY_RULE] };
  return { subject, rules: [STORY_DAY_RULE] };
}
