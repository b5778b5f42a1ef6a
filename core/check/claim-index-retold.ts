/**
 * The keys of a past event by its year (`killed/told:attack@artur#1996`), where its retellings
 * meet the reports of its time and each other (frame/retold-event.ts `retoldMatch`).
 */
import type { Claim } from "../model.js";
import { frameOf, part } from "./claim-anchors.js";
import { TOLD } from "./claim-index-story.js";
import { countsAnIncident } from "./claim-index-windows.js";
import { toldEvent } from "./frame/retold-event.js";
import { type DaySpan, dayString } from "./time.js";

/** A key with the time it is filed at or read around. */
export interface TimedKey {
  key: string;
  span: DaySpan;
}

const yearOf = (day: number) => dayString(day).slice(0, 4);

/**
 * A count of one incident (a toll, those aboard) whose report names its event's kind is filed at
 * its event's time under the event's kind, each rare name its lead gives (retoldMatch ties through
 * nothing else) and each year that time touches; a claim that dates its event reads there, around
 * the event's time, so the nearest it reads are the reports of that time (and of no other year).
 * Reports that do not date their event file only: they meet each other through their story and
 * event keys.
 * @example toldYearKeys(tollOfPortArthurIn2011, "reads").map((k) => k.key) // ["injured/told:attack@artur#1996"]
 */
export function toldYearKeys(claim: Claim, side: "inside" | "reads"): TimedKey[] {
  const frame = frameOf(claim);
  if (!frame || claim.kind === "date" || !countsAnIncident(frame.measure.id)) return [];
  const event = toldEvent(claim, frame);
  // A claim dated by its event's own date reads: its asOf may be that date, not its report's,
  // so a retelling is not told from a report of the time here (retoldMatch tells them apart).
  if (!event || (side === "reads" && !event.date)) return [];
  const years = [...new Set([yearOf(event.span.first), yearOf(event.span.last)])];
  const measure = part(frame.measure.id.split(".")[0] ?? "");
  return event.rare.flatMap((name) => years.map((year) => ({ key: `${measure}/${TOLD}${part(event.kind)}@${part(name)}#${year}`, span: event.span })));
}
