/**
 * A made thing's opening told loosely: a bare "opened" may mean the ceremony ("inaugurated") or
 * the first public use ("opened to traffic"), so across reports it meets either
 * (rules/date-conflict.ts), and the index reads their keys for it (claim-index-keys.ts).
 */
export const LOOSE_OPENING = "date.opening";

/** The phases a bare "opened" may mean. */
export const OPENING_PHASES: readonly string[] = ["date.service", "date.inauguration"];

/**
 * The other phases a check of one opening phase reads: the bare one reads each phase it may
 * mean, and each of those the bare one.
 * @example openingReads("date.service") // ["date.opening"]
 */
export function openingReads(measure: string): readonly string[] {
  if (measure === LOOSE_OPENING) return OPENING_PHASES;
  return OPENING_PHASES.includes(measure) ? [LOOSE_OPENING] : [];
}
