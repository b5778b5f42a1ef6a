import type { Claim } from "../../model.js";
import { elsewhereInTime, introducesEvent, introducesOtherEvent } from "../frame/new-event.js";

/**
 * A figure whose sentence also tells of an event at another time is still the story's when its own
 * words date it to the story's day: "According to the Kachin News Group, 20 people were killed in
 * Wednesday's landslide, which came just three days after a similar incident ... reportedly left
 * five people dead" (Myanmar Now on the Hpakant landslide, 22 Dec 2021, whose lead gives "At least
 * one person is confirmed dead" in the landslide early Wednesday). The words of another time
 * belong to the other event's figure; the extractor has dated this one's event to the story's day.
 */

/** The day a date or an ISO time names: "2021-12-22". */
function dayOf(date: string | undefined): string | undefined {
  return date !== undefined && /^\d{4}-\d{2}-\d{2}/u.test(date) ? date.slice(0, 10) : undefined;
}

/**
 * Whether two figures set apart only by words of another time in one's sentence are told of one
 * event of one day: the figure in that sentence names an event of the other's kind dated to the
 * other's day, and neither sentence brings in a second event ("another attack", two "a ... blast").
 * @example datedToOneEvent(twentyInWednesdaysLandslide, oneConfirmedDead, body) // true
 */
export function datedToOneEvent(a: Claim, b: Claim, body: string, told: ReadonlyMap<Claim, Claim> = new Map()): boolean {
  const [farA, farB] = [elsewhereInTime(a, body), elsewhereInTime(b, body)];
  if (farA === farB) return false;
  const later = a.start <= b.start ? b : a;
  if (introducesOtherEvent(later, body) || (introducesEvent(a, body) && introducesEvent(b, body))) return false;
  const [far, near] = farA ? [a, b] : [b, a];
  const event = far.subject?.frame?.event;
  const other = (told.get(near) ?? near).subject?.frame?.event;
  const day = dayOf(event?.date);
  if (!event || !other || day === undefined || event.id !== other.id) return false;
  if (event.place !== undefined && other.place !== undefined && event.place !== other.place) return false;
  return day === (dayOf(other.date) ?? dayOf(near.asOf));
}
