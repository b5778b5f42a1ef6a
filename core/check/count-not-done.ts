import type { Claim } from "../model.js";
import { isDead } from "./bodies-found.js";
import { CONFIRMED_FLOOR, OPEN_COUNT } from "./data/toll-words.js";
import { daySpan } from "./time.js";

/**
 * A report that gives its toll of the dead as the count so far ("at least 41 people killed", "the
 * provisional toll is 20 dead") tells that the count is not done: on the day it is published the
 * dead are still being found, and another report of that same day with another figure is the
 * count of another hour (Reuters' 41 and PTI's 49 the morning and evening of the Mangaf fire;
 * AFP's provisional 20 and the Red Cross's current 30 of one bus fire), not two reports at odds.
 * Across days the order of the reports says which is later (counting-toll.ts countGoingOn); inside one
 * day only a report's own words can. The dead only: the injured are counted as hospitals admit
 * them, and two outlets' injured of one day that differ are two counts at odds.
 */

const words = (list: readonly string[]) => new RegExp(list.map((w) => String.raw`(?<![\p{L}\p{N}])${w}(?![\p{L}\p{N}])`).join("|"), "iu");
const OPEN = words(OPEN_COUNT);
const FLOOR = new RegExp(String.raw`^(?:${CONFIRMED_FLOOR.join("|")})$`, "iu");

/** The single day a claim is of, when it is of one day. */
function oneDay(claim: Claim): number | undefined {
  const span = daySpan(claim.asOf);
  return span && span.first === span.last ? span.first : undefined;
}

/** The figure given as the dead confirmed so far, or in a phrase that calls it provisional or current. */
export function givenAsOpen(claim: Claim): boolean {
  return (claim.qualifier === "atLeast" && FLOOR.test((claim.qualifierText ?? "").trim())) || OPEN.test(claim.subject?.text ?? "");
}

/**
 * Whether `figure`'s report gives it (or the same number of the dead, elsewhere in it: the lead's
 * "at least 41" beside "41 people were killed") as a count not yet done. `claims`: the claims
 * at hand, the report's among them.
 */
function openInItsReport(figure: Claim, claims: readonly Claim[]): boolean {
  return givenAsOpen(figure) || claims.some((claim) => claim.articleId === figure.articleId && claim.value === figure.value && isDead(claim) && givenAsOpen(claim));
}

/**
 * Two reports' tolls of the dead of one day, one of them given by its report as the count so
 * far: the count going on, no finding (rules/cross-article-conflict.ts).
 * @example countNotDone(fortyOneOnJune12, fortyNineOnJune12, [atLeastFortyOneOnJune12]) // true
 */
export function countNotDone(a: Claim, b: Claim, claims: readonly Claim[] = []): boolean {
  if (a.articleId === b.articleId || !isDead(a) || !isDead(b) || typeof a.value !== "number" || typeof b.value !== "number") return false;
  const day = oneDay(a);
  if (day === undefined || day !== oneDay(b)) return false;
  return openInItsReport(a, claims) || openInItsReport(b, claims);
}
