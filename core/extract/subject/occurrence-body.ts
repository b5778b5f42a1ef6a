import type { ScopeEntity } from "../../model.js";
import events from "./data/events.js";
import { ONGOING_CLASSES } from "../../check/data/story-classes.js";
import { classOfEvent } from "./lexicon.js";
import { leadEnd } from "./story-lead.js";
import { STORY_DAY, STORY_NAME, storyNames } from "./story-names.js";
import { storyEventNamed } from "./story-event.js";
import { tellsOtherEvent } from "./story-names-step.js";
import { namedHappenings, STORY_INCIDENT_RULE } from "./occurrence-story.js";
import type { SubjectInput, SubjectReading } from "./reading.js";

/**
 * The story's one incident, dated after the lead by a reader of an event noun ("The terrorist
 * attack took place in the Crocus City Hall concert hall ... on the evening of March 22", "the
 * explosion, which occurred in the wee hours of Saturday July 7", "The tragedy, which occurred in
 * the morning of Saturday, May 28"): a news report tells one disaster, accident or attack, and a
 * noun of the story's own class (or a generic one: "the tragedy", "the incident") in its body is
 * that incident, so the date carries the story's names as the lead's day does (story-day.ts
 * storyDayOf), and two reports of one story that date it apart meet (core/check/frame/date-lead-day.ts).
 * Not in a story of an event that lasts days over many places (a war, a flood: check/data/story-classes.ts
 * ONGOING_CLASSES), whose incidents are many; nor when the sentence tells another happening before the day ("another", "last year's"), the lead tells two,
 * the text names two happenings to made things, the noun names a thing of its own ("Storm
 * Daniel"), or the day is far from the story's: more than DAYS_FROM_LEAD from the day the lead
 * gives, or, with none, after the report or more than DAYS_BEFORE_REPORT before it (a retelling
 * years on, or a recalled incident of the same class, is told by a lead that dates it).
 */

const TOLL_CLASSES: ReadonlySet<string> = new Set(events.tollClasses);
const ONGOING: ReadonlySet<string> = new Set(ONGOING_CLASSES);

/** The generic class ("the tragedy", "the incident"): the story's own incident when the story tells one class. */
const GENERIC = "disaster";

/** A day this far from the one the lead gives is another happening's, not a slip of the same one. */
const DAYS_FROM_LEAD = 3;
/** Without a lead's day, a report tells an incident of the last month. */
const DAYS_BEFORE_REPORT = 31;

/** A day told relative to when it was said. */
const RELATIVE_DAY = /^(?:yesterday|today|tonight|last\s+night|this\s+(?:morning|afternoon|evening))$/i;
const QUOTE = /["“”]/;

const DAY_MS = 86_400_000;
const dayNumber = (value: string): number => Math.floor(Date.parse(value.slice(0, 10)) / DAY_MS);

/** The story's class: the event its lead names, else the one class its names carry (story-names.ts `class:`). */
function storyClassOf(input: SubjectInput, names: readonly ScopeEntity[]): string | undefined {
  const named = storyEventNamed(input.context!, input.sentence, true)?.frame.id;
  return named || markOf(names, "class:");
}

/** What the story's names carry after a mark ("class:", `day:`: story-names.ts), or undefined. */
function markOf(names: readonly ScopeEntity[], mark: string): string | undefined {
  return names.flatMap((n) => n.within ?? []).find((w) => w.startsWith(mark))?.slice(mark.length);
}

/** Whether a date is near the story's day: the lead's, or the report's last month. */
function nearStory(value: string, names: readonly ScopeEntity[], published: string | undefined): boolean {
  const lead = markOf(names, STORY_DAY);
  if (lead) return Math.abs(dayNumber(value) - dayNumber(lead)) <= DAYS_FROM_LEAD;
  if (!published || !/^\d{4}-\d{2}-\d{2}/.test(published)) return false;
  const before = dayNumber(published) - dayNumber(value);
  return before >= 0 && before <= DAYS_BEFORE_REPORT;
}

/**
 * A body reading of an event noun's date, as the story's incident when it is one; else the reading as it was.
 * @example storyIncidentOf(inputOf(crocusReport, "March 22"), attackReading)?.subject.frame?.rules // [..., "frame.story-incident"]
 */
export function storyIncidentOf(input: SubjectInput, reading: SubjectReading | null): SubjectReading | null {
  const frame = reading?.subject.frame;
  const { text, sentence, mention, context } = input;
  if (!frame?.event || frame.measure.id !== "date.occurred" || !context) return reading;
  if (frame.rules?.includes(STORY_INCIDENT_RULE) || frame.scope.some((e) => e.kind === "named")) return reading;
  if (typeof mention.value !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(mention.value)) return reading;
  // "“The accident happened yesterday, Saturday,” said the prefect": a quote's relative day counts from when it was said, not from the report's day.
  if (RELATIVE_DAY.test(text.slice(mention.start, mention.end).trim()) && QUOTE.test(text.slice(sentence.start, mention.start))) return reading;
  const lead = leadEnd(context);
  // Words of another happening before the day ("a similar blast last year on"); after it they tell what followed ("its fourth anniversary").
  if (sentence.start < lead || tellsOtherEvent(text.slice(sentence.start, mention.end)) || tellsOtherEvent(text.slice(0, lead))) return reading;
  const names = storyNames(context).filter((n) => n.id.startsWith(STORY_NAME));
  if (names.length === 0 || !nearStory(mention.value, names, context.published)) return reading;
  const story = storyClassOf(input, names);
  // A war, a flood or a crackdown is told over days and places as many incidents: "the incident on June 30" is one of them.
  if (!story || !TOLL_CLASSES.has(story) || story === GENERIC || ONGOING.has(story)) return reading;
  const own = classOfEvent(frame.event.id);
  if ((own !== story && own !== GENERIC) || namedHappenings(text) >= 2) return reading;
  frame.event = { ...frame.event, id: story };
  frame.scope.push(...names);
  frame.rules = [...(frame.rules ?? []), STORY_INCIDENT_RULE];
  return reading;
}
