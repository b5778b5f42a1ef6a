import type { Claim, TimeOfDay } from "../../model.js";
import type { SubjectContext } from "./context.js";
import { namesOf } from "./counted-slot.js";
import { stepOfClause } from "../dates/event-clock.js";

/**
 * The hours a report gives the steps of its event (issue 15, session 20): the report's dates told
 * with a time of day in a clause of a step happening ("struck at 11:00 am", "collapsed on Tuesday
 * at 1:28 a.m.", "took off at 2:36pm", "lost contact at 06:17 a.m": dates/event-clock.ts and
 * dates/data/happening-verbs.ts), each marked as the slot of its step (CLOCK_SLOT, "clock:departure",
 * "clock:contact-lost") with the report's story names, so that they are filed under the story's
 * keys (core/check/aligned/slot-keys.ts) and met by the other reports' hours of the same step
 * (core/check/aligned/clock-pairs.ts). A report that gives one step several hours that do not
 * meet (a quake and its aftershocks) marks none of that step: which hour is the event's is not
 * told. Stored with the claim, as every slot is.
 */

/** The slot of a report's hour of its event; the hour of another step is this and the step ("clock:departure"). */
export const CLOCK_SLOT = "clock";

/** The slot of a step's hour. */
const slotOfStep = (step: string) => (step === "event" ? CLOCK_SLOT : `${CLOCK_SLOT}:${step}`);

/** Whether two times of day meet: one reading of one hour. */
const meet = (x: TimeOfDay, y: TimeOfDay) => x.low <= y.high && y.low <= x.high;

/**
 * The claims, the report's dates of its event's hour marked `slot` CLOCK_SLOT.
 * @example markClockSlots(claims, "Quake hits Herat\n\nThe quake struck at 11:00 am.", "2023-10-07", context).find((c) => c.slot)?.slot?.id // "clock"
 */
export function markClockSlots(claims: Claim[], body: string, published: string | undefined, context?: SubjectContext): Claim[] {
  const bySlot = new Map<string, Claim[]>();
  for (const c of claims) {
    if (c.kind !== "date" || c.time === undefined || (c.modality !== "asserted" && c.modality !== "quoted")) continue;
    const step = stepOfClause(body, c.start, c.end);
    if (step === undefined) continue;
    const slot = slotOfStep(step);
    bySlot.set(slot, [...(bySlot.get(slot) ?? []), c]);
  }
  const marked = new Map<Claim, string>();
  for (const [slot, hours] of bySlot) {
    if (hours.every((a) => hours.every((b) => a.value === b.value && meet(a.time!, b.time!)))) for (const c of hours) marked.set(c, slot);
  }
  if (marked.size === 0) return claims;
  const story = namesOf(claims, body, published, context);
  if (story.length === 0) return claims;
  return claims.map((c) => (marked.has(c) ? { ...c, slot: { id: marked.get(c)!, said: "time", story } } : c));
}
