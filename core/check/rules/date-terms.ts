import type { Claim } from "../../model.js";

/**
 * A person's time in power told as a span of years ("Kibaki was Kenya's president from 2002 to
 * 2012", "Fujimori (1990-2000)"): the extraction frames it `date.office-start`, the value the
 * first year, `high` the last. Two spans that start alike and end apart disagree on when the term
 * ended; a span that ended before the year another report dates a taking of office is another
 * term ("president from 2017 to 2021" and "took office in 2025"), not the same one misdated.
 */

const TERM = "date.office-start";

/** The year a date claim's value starts in: "2002", "2025-01-20" -> 2002, 2025. */
function yearOf(value: Claim["value"]): number | undefined {
  const year = typeof value === "number" ? value : Number.parseInt(String(value).slice(0, 4), 10);
  return Number.isFinite(year) ? year : undefined;
}

/** The last year of a term told as a span, or undefined for anything else. */
export function termEnd(claim: Claim): number | undefined {
  if (claim.qualifier !== "range" || claim.subject?.frame?.measure.id !== TERM || claim.high === undefined) return undefined;
  const high = Number(claim.high);
  return Number.isFinite(high) ? high : undefined;
}

/**
 * Two spans of one term whose last years differ.
 * @example termEndsApart(kibaki2002to2012, kibaki2002to2013) // true
 */
export function termEndsApart(a: Claim, b: Claim): boolean {
  const [x, y] = [termEnd(a), termEnd(b)];
  return x !== undefined && y !== undefined && x !== y;
}

/**
 * Two terms: one told as a span that ended before the other's first year.
 * @example twoTerms(president2017to2021, tookOffice2025) // true
 */
export function twoTerms(a: Claim, b: Claim): boolean {
  const ended = (span: Claim, other: Claim) => {
    const end = termEnd(span);
    const start = other.subject?.frame?.measure.id === TERM ? yearOf(other.value) : undefined;
    return end !== undefined && start !== undefined && start > end;
  };
  return ended(a, b) || ended(b, a);
}

/** How two spans of one term are told apart in an explanation: "ends in 2012 and in 2013". */
export function termEndsWhy(a: Claim, b: Claim): string {
  return `the term is said to end in ${termEnd(a)} and in ${termEnd(b)}`;
}
