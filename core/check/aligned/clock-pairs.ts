import type { Claim } from "../../model.js";
import type { Alignment } from "./report-story.js";
import type { AlignedWith } from "../frame/date-aligned.js";
import { timesApart } from "../rules/date-time-of-day.js";
import { ONGOING_CLASSES, STORY_CLASS_FAMILIES } from "../data/story-classes.js";
import { GENERIC_EVENT_CLASSES } from "../data/event-words.js";
import { CLOCK_SLOT } from "../../extract/subject/clock-slot.js";

/**
 * The hours two reports of one story give its event (issue 15, session 20): each report's one
 * hour of a step of its happening (core/extract/subject/clock-slot.ts: "struck at 11:00 am",
 * "derailed at 6.51 pm", "took off at 2:36pm"; a report giving one step several hours gives none), the reports aligned as one story by what
 * they name as wholes (report-story.ts alignReports), the two hours of one day and one zone
 * (rules/date-time-of-day.ts timesApart) that do not meet. An event has one hour: a reader
 * putting the two reports side by side sees one of them wrong. Weak (a discrepancy): the match
 * stands on the story, not on the clauses, unless the clauses tell two happenings (a fire and a
 * wall's collapse hours into it). Not events that last days over many places (a flood,
 * a war: data/story-classes.ts ONGOING_CLASSES), whose bulletins give the hours of many parts.
 */

const ONGOING: ReadonlySet<string> = new Set(ONGOING_CLASSES);

/** Two reports' hours of one story's event that do not meet, with the alignment of their reports. */
export interface ClockPair {
  mine: Claim;
  theirs: Claim;
  alignment: Alignment;
}

/** A report's hour of a step of its event (CLOCK_SLOT, "clock:departure", ...). */
const hourOfEvent = (claim: Claim) => claim.kind === "date" && (claim.slot?.id === CLOCK_SLOT || claim.slot?.id.startsWith(`${CLOCK_SLOT}:`) === true);

const familyOf = (id: string) => STORY_CLASS_FAMILIES[id] ?? id;

/**
 * Two happenings of one story, told by the hours' own clauses: "the fire erupted around 3:15 a.m."
 * and "the collapse occurred about 5:50 a.m." (a wall falling on the firefighters hours later);
 * a word that names no kind ("the disaster", "the incident") is of any.
 */
function twoHappenings(a: Claim, b: Claim): boolean {
  const [x, y] = [a, b].map((c) => c.subject?.frame?.event?.id).map((id) => (id === undefined || GENERIC_EVENT_CLASSES.has(id) ? undefined : familyOf(id)));
  return x !== undefined && y !== undefined && x !== y;
}

/**
 * One pair per other report: the first of this report's hours that the other's of the same step does not meet.
 * @example clockPairs(claimsOfBalasoreReport, relatedClaims, aligned)[0]?.theirs.text // "6.51 pm"
 */
export function clockPairs(own: readonly Claim[], related: readonly Claim[], aligned: AlignedWith): ClockPair[] {
  const mine = own.filter(hourOfEvent);
  if (mine.length === 0) return [];
  const out: ClockPair[] = [];
  const met = new Set<string>();
  for (const theirs of related.filter(hourOfEvent)) {
    if (met.has(theirs.articleId)) continue;
    const alignment = aligned(theirs);
    if (!alignment || ONGOING.has(alignment.eventClass ?? "")) continue;
    const apart = mine.find((a) => a.slot!.id === theirs.slot!.id && !twoHappenings(a, theirs) && timesApart(a, theirs));
    if (!apart) continue;
    met.add(theirs.articleId);
    out.push({ mine: apart, theirs, alignment });
  }
  return out;
}
