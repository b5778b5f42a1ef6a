import type { Claim } from "../../model.js";
import phases from "../../extract/subject/data/date-phases.js";
import { gapDays } from "../time.js";

/**
 * Phases that happen again to one subject (a hospital admission, a ferry's departure), as the
 * head data gives them (extract/subject/data/date-phases.ts 'heads.recurs'): two dates of one
 * such phase further apart than its days are two happenings (an admission and a readmission),
 * not one misdated. Outlets misdating one admission slip by days.
 */
const RECURS = new Map(Object.entries(phases.heads.recurs).map(([phase, days]) => [`date.${phase}`, days]));

/** @example twoHappenings(admittedJune6, admittedJune30) // true: 24 days apart, an admission recurs within 7 */
export function twoHappenings(a: Claim, b: Claim): boolean {
  const days = RECURS.get(a.subject?.frame?.measure.id ?? "");
  if (days === undefined || a.subject?.frame?.measure.id !== b.subject?.frame?.measure.id) return false;
  return (gapDays(a.value, b.value) ?? 0) > days;
}
