import type { Claim } from "../../model.js";
import { daySpan, formatDate } from "../time.js";
import { leadFullDay } from "./story-names.js";
import { storyNamesOf } from "./story-shared.js";

/**
 * How two reports of one dated event stand to it in time. A toll is counted for weeks (the
 * wounded die, the missing are found, the double-counted removed) and then settles: retold a
 * year on or later, "Nepal's 2015 earthquake killed 8,964" and "killed 8,962" are two final
 * figures for one settled count, and one of them is wrong. A figure given days after the event
 * against one given a year on ("risen to 84" the next day, "killing 86" three months later; "80
 * dead or presumed dead" in June, the police's final 71 in November) is an early count and a
 * later one: the early figure was superseded, which is a discrepancy the explanation puts down
 * to the count going on, not an error of either report when it was written.
 */
export type Retelling =
  | { kind: "settled"; event: string }
  | { kind: "superseded"; event: string; early: Claim; late: Claim };

/** Reported this long after the event, a toll is a settled figure. */
const SETTLED_DAYS = 365;
/** Reported within this many days of the event, a toll is an early count. */
const EARLY_DAYS = 31;

/**
 * The event date the two claims' frames give (they were matched, so they agree), else the one
 * full day both their stories' leads tell (an anniversary story's is its event's: two retellings
 * of the Rana Plaza collapse on its anniversaries).
 */
function eventDate(a: Claim, b: Claim): string | undefined {
  const given = a.subject?.frame?.event?.date ?? b.subject?.frame?.event?.date;
  if (given) return given;
  const [da, db] = [a, b].map((c) => (c.subject?.frame ? leadFullDay(storyNamesOf(c.subject.frame)) : undefined));
  return da !== undefined && da === db ? da : undefined;
}

/** Days from the end of the event's date to the claim's time, or null when either is unknown. */
function after(claim: Claim, event: { last: number }): number | null {
  const at = daySpan(claim.asOf);
  return at ? at.first - event.last : null;
}

/**
 * @example retelling(nepal8964in2023, nepal8962in2025) // { kind: "settled", event: "April 2015" }
 */
export function retelling(a: Claim, b: Claim): Retelling | undefined {
  const date = eventDate(a, b);
  const event = daySpan(date);
  if (!date || !event) return undefined;
  const [x, y] = [after(a, event), after(b, event)];
  if (x === null || y === null || x < 0 || y < 0) return undefined;
  if (x >= SETTLED_DAYS && y >= SETTLED_DAYS) return { kind: "settled", event: formatDate(date) };
  const [early, late, lateDays] = x <= y ? [a, b, y] : [b, a, x];
  const earlyDays = Math.min(x, y);
  return earlyDays <= EARLY_DAYS && lateDays > EARLY_DAYS ? { kind: "superseded", event: formatDate(date), early, late } : undefined;
}
