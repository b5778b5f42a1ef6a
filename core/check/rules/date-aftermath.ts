import type { Claim } from "../../model.js";
import { AFTERMATH_WORDS } from "../data/aftermath-words.js";
import { wordAlternation } from "../../extract/subject/alternation.js";
import { ONGOING_CLASSES } from "../data/story-classes.js";
import { storyDay } from "../frame/date-lead-day.js";
import { asserts } from "../pairs.js";
import { daySpan } from "../time.js";

/**
 * A report that dates a count of its happening's aftermath before the happening itself: "On
 * Saturday night, a crowd surge in the Itaewon district ..." and, further down, "As of Saturday
 * afternoon, more than 2,600 people had contacted ... to inquire about if they were among the hurt
 * or killed". The dead and the missing are counted after the happening, so one of the two days
 * (or times of day) is wrong. Read inside one report only (two reports may tell their times in
 * two zones), for the day and time of day the report gives its story's happening (a lead's or
 * story's day: frame/date-lead-day.ts storyDay) and an "as of" bound whose sentence counts the
 * dead, the hurt, the missing or those asking after them (data/aftermath-words.ts). The "as of"
 * must end before the happening starts, each as written (a day alone runs to its midnight).
 */

const AS_OF = /^as\s+of\b/iu;
const AFTERMATH = new RegExp(String.raw`\b(?:${wordAlternation(AFTERMATH_WORDS)})\b`, "iu");
const ONGOING: ReadonlySet<string> = new Set(ONGOING_CLASSES);
const DAY = 1440;

/** The first and last minute a date claim covers, from 1970 on, as written. */
function minutes(claim: Claim): { first: number; last: number } | null {
  const span = daySpan(claim.value);
  if (!span || span.first !== span.last) return null;
  return { first: span.first * DAY + (claim.time?.low ?? 0), last: span.first * DAY + (claim.time?.high ?? DAY - 1) };
}

/** The report's one day of its story's happening: its claims dating it agree on one value, else none. */
function happeningDay(claims: readonly Claim[]): Claim | null {
  const days = claims.filter((c) => c.kind === "date" && asserts(c) && !AS_OF.test(c.text.trim()) && c.subject?.frame && storyDay(c.subject.frame));
  if (days.length === 0 || new Set(days.map((c) => c.value)).size > 1) return null;
  if (days.some((c) => ONGOING.has(c.subject?.frame?.event?.id ?? ""))) return null;
  return days.find((c) => c.time) ?? days[0]!;
}

/**
 * Pairs of one report's "as of" date of an aftermath count and its happening's day, the count dated first.
 * @example aftermathBefore(claims, body) // [[asOfSaturdayAfternoon, onSaturdayNight]]
 */
export function aftermathBefore(claims: readonly Claim[], body: string): Array<[Claim, Claim]> {
  const happening = happeningDay(claims);
  const at = happening ? minutes(happening) : null;
  if (!happening || !at) return [];
  const pairs: Array<[Claim, Claim]> = [];
  for (const claim of claims) {
    if (claim.kind !== "date" || !AS_OF.test(claim.text.trim()) || !claim.sentence || (claim.time?.zone ?? "") !== (happening.time?.zone ?? "")) continue;
    const bound = minutes(claim);
    if (!bound || bound.last >= at.first) continue;
    if (AFTERMATH.test(body.slice(claim.sentence.start, claim.sentence.end))) pairs.push([claim, happening]);
  }
  return pairs;
}

/** The explanation's middle: what each date says. */
export function aftermathWhy(count: Claim, happening: Claim): string {
  return `This report dates a count of its happening's aftermath “${count.text}”, before the happening itself (“${happening.text}”): the dead, the hurt and the missing are counted after it, so one of the two is wrong`;
}
