import type { Pair } from "./pair.js";
import { storyMatch } from "./story-names.js";
import { LEAD_DAY } from "../../extract/subject/lead-event-day.js";
import { STORY_INCIDENT_RULE } from "../../extract/subject/occurrence-story.js";
import { STORY_DAY_RULE } from "../../extract/subject/story-day.js";

/**
 * The day a report's lead gives its event (extract/subject/lead-event-day.ts), as the date match
 * (date-strength.ts) weighs it: the frame's measure is its verb's class ("captured": date.capture),
 * compared across reports of one story (story-names.ts storyMatch) with a date of the same class.
 */

/**
 * Two frames for the story match, a lead's day of its event told by its measure: its verb's class
 * ("captured": date.capture) is the class of event its story is of, whatever kinds the two
 * stories' words name elsewhere ("a war", "an attack"); the other frame, of the same measure and
 * no event of its own (a head's "died on"), is of that class too.
 */
export function byMeasure(fa: Pair["fa"], fb: Pair["fb"], b: Pair["b"]): [Pair["fa"], Pair["b"], Pair["fb"]] {
  if (!leadDayOfMeasure(fa, fb)) return [fa, b, fb];
  const told = (frame: Pair["fa"]) => (frame.event ? frame : { ...frame, event: { id: frame.measure.id.slice("date.".length), text: frame.measure.text } });
  return [told(fa), b, told(fb)];
}

/** The story match of two reports whose leads date their events (LEAD_DAY), or null. */
export function leadDayStory({ a, b, fa, fb }: Pair): ReturnType<typeof storyMatch> {
  if (a.articleId === b.articleId || !leadDayOfMeasure(fa, fb)) return null;
  return storyMatch(a, ...byMeasure(fa, fb, b));
}

/**
 * The marks of a date frame read as the day of its story's happening: told in the lead
 * (extract/subject/story-day.ts), or in any clause that tells the story's incident happening
 * (extract/subject/occurrence-story.ts), or the day a lead's verb tells its report's event (LEAD_DAY).
 */
const STORY_DAYS = [STORY_DAY_RULE, STORY_INCIDENT_RULE, LEAD_DAY];

/** Whether a date frame is the day of its story's happening (STORY_DAYS). */
export function storyDay(frame: Pair["fa"]): boolean {
  return STORY_DAYS.some((mark) => frame.rules?.includes(mark));
}

/** Whether one frame is a lead's day of its event and the other, of the same measure, names no event or the same class. */
export function leadDayOfMeasure(fa: Pair["fa"], fb: Pair["fb"]): boolean {
  const lead = (frame: Pair["fa"]) => frame.rules?.includes(LEAD_DAY) ?? false;
  if (!(lead(fa) || lead(fb)) || fa.measure.id !== fb.measure.id || fa.measure.id === "date.occurred") return false;
  return !fa.event || !fb.event || fa.event.id === fb.event.id;
}

