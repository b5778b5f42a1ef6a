/**
 * The publication date as the reference every relative date is resolved against.
 * Articles carry "YYYY-MM-DD" or an ISO datetime; anything else means "no reference", and then
 * only dates that name their own year are kept (see dates.ts).
 */
export interface Reference {
  /** Noon UTC of the publication day: noon keeps "today" on the same calendar day in any zone. */
  instant: Date;
  year: number;
  month: number;
  day: number;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][0-9:.]{0,20}(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * @example referenceFrom("2023-01-11") // { year: 2023, month: 1, day: 11, instant: 2023-01-11T12:00Z }
 */
export function referenceFrom(published: string | undefined): Reference | null {
  if (typeof published !== "string") return null;
  const match = ISO_DAY.exec(published.trim());
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const instant = new Date(Date.UTC(year, month - 1, day, 12));
  // Reject 2023-02-31 and the like: Date.UTC rolls them over silently.
  if (instant.getUTCMonth() !== month - 1 || instant.getUTCDate() !== day) return null;
  return { instant, year, month, day };
}

/**
 * Chrono always needs some instant; without a publication date we give it a fixed one and drop
 * every result that depended on it, so the output never depends on this value.
 */
export const NO_REFERENCE: Reference = referenceFrom("2000-01-01") as Reference;
