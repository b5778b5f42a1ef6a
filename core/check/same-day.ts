import type { Claim } from "../model.js";
import { TOLL_HEADS } from "./counting-toll.js";
import { daySpan } from "./time.js";

/**
 * Two reports of one day do not say which was written first, and while an event's dead and hurt
 * are being counted its toll moves by the hour: wire copies of one morning give 26 dead, of the
 * afternoon 31. Two tolls of one day are only at odds when the reports' own words leave no room
 * for the hours between them.
 */

/** The single day a claim is of, when it is of one day. */
function oneDay(claim: Claim): number | undefined {
  const span = daySpan(claim.asOf);
  return span && span.first === span.last ? span.first : undefined;
}

/** Both of one day, of one toll's head ("killed", "injured"), in two reports. */
function sameDayTolls(a: Claim, b: Claim): boolean {
  if (a.articleId === b.articleId || typeof a.value !== "number" || typeof b.value !== "number") return false;
  const heads = [a, b].map((claim) => (claim.subject?.head ?? "").toLowerCase());
  if (!TOLL_HEADS.has(heads[0]!) || heads[0] !== heads[1]) return false;
  const day = oneDay(a);
  return day !== undefined && day === oneDay(b);
}

/** "the death toll rose to 31", "Death toll rises to 22": the figure told as where a rising count now stands. */
function toldRisen(claim: Claim): boolean {
  return claim.change?.direction === "up" && claim.change.role === "to";
}

/**
 * Two tolls of one day whose higher one its report tells as risen ("rose to 31" beside another
 * outlet's "rose to 26" the same Tuesday): the higher is the later count of the day, the lower
 * an earlier hour's: the count going on, no finding (rules/cross-article-conflict.ts), as a
 * rise over days (counting-toll.ts countGoingOn); a fall told the same day is still read as one
 * moment's. The rise may be told beside another mention of the same figure in its report
 * ("rose to 31" in the lead, "a total of 31 people were now confirmed killed" below): `claims`
 * holds the reports' claims.
 * @example sameDayRise(roseTo26OnJuly1, totalOf31OnJuly1, [roseTo31OnJuly1]) // true
 */
export function sameDayRise(a: Claim, b: Claim, claims: readonly Claim[] = []): boolean {
  if (!sameDayTolls(a, b)) return false;
  const [lower, higher] = (a.value as number) < (b.value as number) ? [a, b] : [b, a];
  if (!((higher.value as number) > (lower.value as number))) return false;
  const head = (claim: Claim) => (claim.subject?.head ?? "").toLowerCase();
  return toldRisen(higher) || claims.some((claim) => claim.articleId === higher.articleId && claim.value === higher.value && head(claim) === head(higher) && toldRisen(claim));
}

/** How many days after its event the dead of it are still being found and counted by the hour. */
const FINDING_THE_DEAD_DAYS = 1;

/**
 * Two tolls of the dead, both of their event's own day or the day after ("Nine Nepali guides
 * killed" and "claims 12 lives" the morning of an avalanche; "Toll rises to 23" and "death toll
 * was 35" the day after a landslide): while the dead are still being found, reports of one day
 * are hours apart in a count that climbs by the hour, so they are not two reports of one moment.
 * Worth a discrepancy (one may be out of date), not a contradiction
 * (rules/cross-article-conflict.ts). The hurt are counted as hospitals admit them, and two
 * outlets' injured of one day that differ are two counts at odds (every gatherer lists them so),
 * so only the dead are read here.
 * @example countedOnTheDay(nineOnApril18, twelveOnApril18) // true, the avalanche of 18 April
 */
export function countedOnTheDay(a: Claim, b: Claim): boolean {
  if (!sameDayTolls(a, b) || (a.subject?.head ?? "").toLowerCase() !== "killed") return false;
  const day = oneDay(a)!;
  const eventDays = [a, b].map((claim) => daySpan(claim.subject?.frame?.event?.date)).filter((span) => span !== null);
  return eventDays.length > 0 && eventDays.every((span) => span.first === span.last && day - span.first >= 0 && day - span.first <= FINDING_THE_DEAD_DAYS);
}

/**
 * Two reports of one day that a told rise puts in order ("climbed to 327" in one, "surged to 332"
 * in the other): every other count of the dead between them that moves the same way is of the
 * same two hours (Buner's 204 beside the 327, its 208 beside the 332), the count going on, no
 * finding (rules/cross-article-conflict.ts). A count the later report gives lower is still a fall
 * the order does not explain. `claims`: the claims at hand, both reports' among them.
 * @example laterHourOfTheDay(buner204, buner208, [climbedTo327, surgedTo332]) // true
 */
export function laterHourOfTheDay(a: Claim, b: Claim, claims: readonly Claim[]): boolean {
  if (!sameDayTolls(a, b) || (a.subject?.head ?? "").toLowerCase() !== "killed") return false;
  // Each report's tolls of the dead of that day, each read against the other report's figure.
  const tolls = (own: Claim, other: Claim) => claims.filter((claim) => claim.articleId === own.articleId && sameDayTolls(claim, other) && (claim.subject?.head ?? "").toLowerCase() === "killed");
  const theirs = tolls(b, a);
  for (const x of tolls(a, b)) {
    for (const y of theirs) {
      if (!sameDayRise(x, y, claims)) continue;
      const laterReport = (x.value as number) > (y.value as number) ? x.articleId : y.articleId;
      const [inLater, inEarlier] = a.articleId === laterReport ? [a, b] : [b, a];
      if ((inLater.value as number) > (inEarlier.value as number)) return true;
    }
  }
  return false;
}
