import { compoundNoun } from "./event.js";
import acts from "./data/occurrence-acts.js";
import { agreedPlace } from "./agreement.js";
import { eventsOfClass } from "./frame-event.js";
import { placeEntity, slugOf } from "./frame-scope.js";
import { classOfEvent, EVENTS, MONTHS_AND_DAYS } from "./lexicon.js";
import { isSudden, placeFromObject } from "./date-sudden.js";
import type { SubjectInput, SubjectReading } from "./reading.js";
import { wordsIn } from "./words.js";
import { fromEvent } from "./event-subject.js";
import { storyHappening } from "./story-happening.js";
import { carrierDate } from "./date-thing-carrier.js";
import { placedOccurrence } from "./occurrence-placed.js";
import { actOccurrence, electionHeld, phaseClause, possessiveOccurrence, verbOccurrence } from "./occurrence-clause.js";
import { storyDay, storyDayOf } from "./story-day.js";
import { tollDay } from "./occurrence-toll.js";
import { namedHappenings, storyIncidentDate } from "./occurrence-story.js";
import { cueFamily, mayHold } from "./date-cues.js";
import { storyIncidentOf } from "./occurrence-body.js";
import { genericOccurrence } from "./occurrence-events.js";

export { openingDate, RETROSPECT, verbOpened } from "./occurrence-opening.js";

/**
 * Dates of things that happened, told around the event's noun: "the raid took place on <date>",
 * "the quake struck at 11:59 pm on <date>", "On 26 October 2019, US forces carried out the raid",
 * "a plane carrying the Chapecoense team crashed near Medellin on <date>" (date-thing-carrier.ts).
 */

/**
 * Verbs of an event happening, after its noun: "the raid took place on", "the quake struck at 11:59
 * pm on"; and of the toll it took then: "where a stampede claimed the lives of hundreds of people
 * early on November 23", "the blast killed 12 people in Kabul on Monday".
 */
const OCCURRED_VERBS = [...acts.suddenVerbs, "took place", "happened", "occurred", "struck", "hit", "erupted", "exploded", "went off", "was carried out", "was launched", "tore through", "ripped through", "swept through", "slammed into", "made landfall", "killed", "claimed"];
const OCCURRED = new RegExp(String.raw`\b(?:${OCCURRED_VERBS.map((v) => v.replace(/ /g, String.raw`\s+`)).join("|")})\b`, "gi");
const SUDDEN_VERBS: ReadonlySet<string> = new Set(acts.suddenVerbs);
/** OCCURRED's verbs, as cue words of the date's window (date-cues.ts). */
const OCCURRED_CUE = cueFamily(OCCURRED_VERBS);
/** A day something was said about the event, not when it happened: "killed 12 people, officials said on Monday". */
const SAID = /\b(?:said|says|told|reported|announced|confirmed|according)\b/i;
/** "Hurricane Katrina", "Storm Daniel", "Typhoon Haiyan": a name right after the event noun names the event. */
const EVENT_NAME = /^\s+(?:\p{Lu}[\p{L}’'.-]*\s*){1,2}$/u;
/** The frame rule of an event whose scope names the person it killed. */
export const KILLED_NAMED = "frame.killed-named";
/** "the raid that killed al-Baghdadi": the person an event is known by. */
const THAT_KILLED = /^\s+(?:that|which)\s+killed\s+((?:\p{Lu}[\p{L}’'.-]*|al-\p{Lu}[\p{L}-]*|bin)(?:\s+(?:\p{Lu}[\p{L}’'.-]*|al-\p{Lu}[\p{L}-]*|bin)){0,3})/u;

/**
 * "The raid that killed al-Baghdadi took place on 26 October 2019", "The quake struck at 11:59
 * pm local time on Monday, December 18, 2023": an event noun, the verb of its happening, then
 * the date, in one clause. The place comes from the event's other mentions when the clause
 * names none (the claim's own value is the event's date, so no date is inherited).
 */
export function occurrenceDate(input: SubjectInput): SubjectReading | null {
  const possessive = possessiveOccurrence(input);
  if (possessive) return storyThing(input, possessive);
  const read = storyDayOf(input, nounOccurrence(input) ?? placedOccurrence(input) ?? carrierDate(input)) ?? storyDay(input) ?? tollDay(input);
  return read ?? storyDayOf(input, verbOccurrence(input) ?? actOccurrence(input)) ?? electionHeld(input) ?? phaseClause(input) ?? genericOccurrence(input);
}

function nounOccurrence(input: SubjectInput): SubjectReading | null {
  const { text, sentence, mention } = input;
  if (!mayHold(input, OCCURRED_CUE)) return null;
  const from = Math.max(sentence.start, mention.start - 160);
  // "The earthquake, which measured 6.8, struck on": an aside between the noun and its verb is no clause break.
  const stretch = maskAsides(text.slice(from, mention.start));
  // The verb is looked for in the clause, a part of the stretch that opens after a stop, a bracket
  // or a comma: a verb there is one in the stretch too. Most stretches have none, and the clause's
  // cut costs more than this test.
  OCCURRED.lastIndex = 0;
  if (!OCCURRED.test(stretch)) return null;
  // A clause break (a dateline's dash too: "KARACHI, Pakistan — Fire ravaged"), but not the colon of a time ("at 11:59 pm").
  // ", Islamabad on" / ", Pakistan, on": a comma before the place of the verb's object is no clause break.
  const comma = PLACE_TAIL.test(stretch) ? stretch.slice(0, stretch.search(PLACE_TAIL)).lastIndexOf(", ") : stretch.lastIndexOf(", ");
  const cut = Math.max(stretch.lastIndexOf(";"), stretch.search(/:(?!\d)[^:]*$/), stretch.lastIndexOf("("), stretch.lastIndexOf(")"), comma, stretch.lastIndexOf(" — "));
  const clause = stretch.slice(cut + 1);
  let verb: RegExpExecArray | null = null;
  OCCURRED.lastIndex = 0;
  for (let m = OCCURRED.exec(clause); m; m = OCCURRED.exec(clause)) verb = m;
  if (!verb) return null;
  const clauseStart = from + cut + 1;
  const verbAt = clauseStart + verb.index;
  const between = text.slice(verbAt + verb[0].length, mention.start);
  // "struck Turkey and Syria on": an "and" between two names joins places, not clauses.
  // A place and the places it is in ("in the city of Krasnogorsk, Moscow region, on the evening of") may take more words than other clauses.
  if (between.length > (PLACE_TAIL.test(between) ? 120 : 80) || /\b(?:when|after|before|since|until|which|who|while|and|but)\b/i.test(between.replace(NAMES_JOINED, "$1 ")) || SAID.test(between)) return null;
  // "the earthquake that struck on Monday rose to 41 on Wednesday": another date, or a verb of its own, comes first.
  if (/\b(?:rose|risen|fell|climbed|reached|stood|was|were|is|are)\b/i.test(between) || wordsIn(text, verbAt, mention.start).some((w) => MONTHS_AND_DAYS.has(w.lower))) return null;
  let words = wordsIn(text, clauseStart, verbAt);
  let k = words.findIndex(isEventNoun);
  // "a deadly bomb blast struck": the last noun of a compound is its head.
  while (k >= 0 && k + 1 < words.length && isEventNoun(words[k + 1]!) && /^\s+$/.test(text.slice(words[k]!.end, words[k + 1]!.start))) k++;
  // "..., as it struck on the night of Friday": "it" is the one event the sentence named before.
  if (k < 0) {
    // "The bombing, which took place on": the noun before the comma the relative clause opens after.
    if (/^\s*(?:which|that)\s+(?:had\s+|has\s+)?$/i.test(text.slice(clauseStart, verbAt))) {
      const head = wordsIn(text, Math.max(sentence.start, clauseStart - 60), clauseStart).pop();
      return head && isEventNoun(head) && /^,\s*$/.test(text.slice(head.end, clauseStart)) ? storyThing(input, fromEvent(input, head, "date", "subject.event-occurred-which")) : null;
    }
    if (!/^\s*(?:(?:as|when|after|and)\s+)?it\s+$/i.test(text.slice(clauseStart, verbAt))) return null;
    words = wordsIn(text, sentence.start, clauseStart);
    const nouns = words.filter(isEventNoun);
    if (nouns.length === 0 || new Set(nouns.map((w) => EVENTS[w.lower])).size > 1) return null;
    k = words.lastIndexOf(nouns[nouns.length - 1]!);
    return storyThing(input, fromEvent(input, words[k]!, "date", "subject.event-occurred-it", compoundNoun(words, k)));
  }
  // Only the noun's own words, a "that killed X" clause, or a relative clause on the noun
  // ("an earthquake on the Richter scale that struck on") between the noun and the verb.
  const after = maskAsides(text.slice(words[k]!.end, verbAt));
  const killed = THAT_KILLED.exec(after);
  const rest = killed ? after.slice(killed[0].length) : after;
  const name = EVENT_NAME.test(rest) && !/^\s+(?:The|A|An|It|This|That)\b/.test(rest) ? rest.trim() : undefined;
  if (!/^\s*$/.test(rest) && !name && !RELATIVE.test(rest) && !PLACED.test(rest) && !OWN_MEASURE.test(rest)) return null;
  // "Fire ravaged a factory in Karachi early Wednesday" tells the fire's day; a war "ravaged" a country for years.
  if (SUDDEN_VERBS.has(verb[0].toLowerCase()) && !isSudden(classOfEvent(EVENTS[words[k]!.lower]!), words[k]!.lower)) return null;
  const reading = fromEvent(input, words[k]!, "date", "subject.event-occurred", compoundNoun(words, k));
  const frame = reading.subject.frame!;
  // "the raid that killed al-Baghdadi": the person it killed, marked so that the raid's date may be read as the death's (check/rules/date-deaths.ts).
  if (killed) {
    frame.scope.unshift({ kind: "named", id: slugOf(killed[1]!), text: killed[1]! });
    frame.rules = [...(frame.rules ?? []), KILLED_NAMED];
  }
  // The name alone: "Storm Daniel" and "Cyclone Daniel" are one storm.
  if (name) frame.scope.unshift({ kind: "named", id: slugOf(name), text: `${words[k]!.text} ${name}` });
  const placed = SUDDEN_VERBS.has(verb[0].toLowerCase()) && placeFromObject(input, reading, between); // "jolted the Kyushu region" (date-sudden.ts)
  if (frame.event && !frame.event.place && input.context && !placed) {
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
  return storyThing(input, reading);
}

/**
 * "The disaster occurred early Tuesday" in a story of the Francis Scott Key Bridge collapse: a
 * generic event noun (class "disaster": disaster, incident, tragedy, accident) is the one
 * happening to one made thing the article tells by a noun, so its date meets that thing's.
 * @example storyThing(input, reading)?.subject.frame?.event?.id // "collapse" in a story of "the X Bridge collapse"
 */
export function storyThing(input: SubjectInput, reading: SubjectReading): SubjectReading | null {
  if (reading.rules.some((r) => NOUN_RULES.has(r)) && tollRoseAfter(input)) return null;
  const frame = reading.subject.frame;
  // "the Wednesday night blast", "the raid on 26 October" in a lead: the story's happening, known by its names too.
  if (!frame?.event || frame.event.id !== "disaster" || frame.event.place || frame.scope.some((e) => e.kind === "named")) return storyDayOf(input, reading)!;
  const story = storyHappening(input.text);
  // "In a devastating incident on Wednesday, a bus ... veered off a bridge": no made thing, so the incident the report tells.
  if (!story) return (namedHappenings(input.text) < 2 ? storyIncidentDate(input) : null) ?? storyIncidentOf(input, reading);
  frame.event = { ...frame.event, id: story.cls };
  frame.scope.unshift(story.thing);
  frame.rules = [...(frame.rules ?? []), "subject.story-thing-happening"];
  return reading;
}

/**
 * "The death toll in the Mazgaon building collapse on Saturday rose to 43": a date right after
 * an event's noun, then a toll's verb, is the day the toll rose (a verb before the date, "the
 * earthquake that struck on Monday rose to 41", dates the event).
 */
export function tollRoseAfter(input: SubjectInput): boolean {
  return TOLL_ROSE.test(input.text.slice(input.mention.end, input.mention.end + 24));
}

const TOLL_ROSE = /^,?\s+(?:rose|has\s+risen|had\s+risen|climbed|jumped|increased|reached|stood|went\s+up|soared)\b/;
/** Readings of a date right after an event's noun ("the collapse on Saturday", "the Nov. 13 attack"). */
const NOUN_RULES = new Set(["subject.event-on-date", "subject.event-date"]);

const OWN_DATES = new Set(acts.ownDates);
/** An event noun a date can be about: not an election, a truce or protests, which have dates of their own kinds (data/occurrence-acts.ts ownDates). */
function isEventNoun(word: { lower: string }): boolean {
  return Boolean(EVENTS[word.lower]) && !OWN_DATES.has(word.lower);
}

/** "on the Richter scale that", "of magnitude 6.8 which": words of the noun's own phrase, then a relative pronoun. */
/** An aside set off by commas ("which measured 6.8", "a 7.8-magnitude tremor"), blanked to keep offsets. */
const ASIDE = /,\s+(?:which|who|a|an|measuring|rated|registering|with|one\s+of)\b[^,;:()]{1,80},/g;
const maskAsides = (words: string) => words.replace(ASIDE, (m) => " ".repeat(m.length));

/**
 * ", Islamabad on", ", Balochistan province, on", "of Gofa, Kencho Shacha Gozdi Kebele, Geze Gofa
 * Woreda, on": a place's names set off by commas (a place and the places it is in), then the
 * date's preposition. Several names only with it: "in Sibolangit, North Sumatra, Indonesia,
 * Monday, May 16, 2016" ends a photo caption, whose day is the photo's.
 */
const PLACE_TAIL = new RegExp(String.raw`(?:,\s+\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,2}(?:\s+(?:province|state|district|region|county))?,?\s+(?:on|in|at|early\s+on|late\s+on)?|(?:,\s+\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,3}){2,3},?\s+(?:on|in|at|early\s+on|late\s+on))(?:\s+the\s+(?:morning|afternoon|evening|night)\s+of)?\s*$`, "u");
/** Two names joined by "and" ("Turkey and Syria"): blanked to one to keep a list of places from reading as a second clause. */
const NAMES_JOINED = /(\p{Lu}[\p{L}'’-]*)\s+and\s+(?=\p{Lu})/gu;

/** "The earthquake of magnitude 7.5 struck", "a quake measuring 6.2 hit": the event's own size between noun and verb. */
const OWN_MEASURE = /^\s+(?:of\s+(?:a\s+)?magnitude(?:\s+of)?|measuring|with\s+a\s+magnitude\s+of)\s+\d{1,2}(?:\.\d)?\s+$/iu;
/** "The 2015 earthquake in Nepal struck on", "The bombing at Oxford Street happened on": the event's place between noun and verb. */
const PLACED = /^\s+(?:in|off|near|at)\s+(?:the\s+)?(?:coast\s+of\s+)?\p{Lu}[\p{L}’'.-]*(?:,?\s+\p{Lu}[\p{L}’'.-]*){0,3}\s+$/u;
const RELATIVE = /^\s+(?:(?:on|of|in|with)\s+(?:the\s+)?[\p{L}\p{N}.-]+(?:\s+[\p{L}\p{N}.-]+){0,2}\s+)?(?:that|which)\s+$/u;
