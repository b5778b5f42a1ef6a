import type { ArticleSummary, Claim, Finding } from "../../model.js";
import { describeSource, describeSubject } from "../describe.js";
import { makeFinding } from "../finding.js";
import { AROUND_MIDNIGHT } from "../frame/date-strength.js";
import { inTwoZones, zonedDayApart } from "./date-zones.js";
import { separateEvents } from "../frame/new-event.js";
import { asserts, pairsAcross, pairsWithin } from "../pairs.js";
import type { CheckContext, CheckRule } from "../rule.js";
import { type SameThing, sameThing } from "../same-thing.js";
import { aroundMidnight, datesAgree, type DaySpan, daySpan, formatDate, gapDays, onlyYearGuessed, withinCountBack, writtenSpan } from "../time.js";
import { countedApart, recalledEarlier } from "./date-another.js";
import { RECURRING_DATE_MEASURES } from "../data/frame-classes.js";
import { asDeathOf, deathEventPairs } from "./date-deaths.js";
import { withNamesOf } from "./date-names.js";
import { POSSESSIVE_RULE, plainestFirst, plainness } from "./date-plain.js";
import { twoHappenings } from "./date-recurring.js";
import { looseOpening, openingPairs, withMeasureOf } from "./date-opening.js";
import { termEndsApart, termEndsWhy, twoTerms } from "./date-terms.js";
import { misnamedWeekday, weekdayWhy } from "./date-weekday.js";
import { timesConflict, timeWhy } from "./date-time-of-day.js";
import { aftermathBefore, aftermathWhy } from "./date-aftermath.js";
import { monthsHold } from "./date-months.js";
import { type AlignedWith, alignedStoryDay, alignedWith } from "../frame/date-aligned.js";
import { type ReportClaims, reportClaims, toldSameDay } from "../frame/date-same-day.js";
import { type ClockPair, clockPairs } from "../aligned/clock-pairs.js";
import { STEP_NAMES } from "../../extract/dates/data/happening-verbs.js";

export { shortForm } from "./date-names.js";

/**
 * The same event given two dates that cannot both be true: 26 vs 27 October 2019 for one raid.
 * "2019" and "26 October 2019" agree (one is just less precise). Only dates tied to one event on
 * both sides are compared (same-thing.ts): two dates in one story are usually two things, and
 * two bombings in one city on different days are two bombings.
 */

const NAME = "date-conflict";

/**
 * A date written as a bound ("By Wednesday afternoon, 80 people injured in the attack were still
 * in hospital", "until Friday", "as of Monday") is a deadline or a later step, when something
 * stood: not the day the event happened. "after midnight on Sunday", "before dawn on Monday" tell an
 * hour of the day, not a bound.
 */
const BOUND = /^(?:by|until|till|as\s+of|since|after|before|through)\b(?!\s+(?:midnight|dawn|daybreak|noon|midday|sunrise|sunset|dusk|nightfall)\b)/iu;

/**
 * "he had died two days earlier", "a week later": a date counted from another moment the story
 * tells (the announcement, the crash), which the date reader counts from the report's day: its
 * value is not what the writer meant.
 */
const COUNTED_FROM_ANOTHER = /\b(?:earlier|later|before|after|previously)$/iu;

/** A date said to be when something happened: with a frame, a `date.*` measure; before frames, a named event. */
function eventDate(claim: Claim): boolean {
  if (claim.kind !== "date" || typeof claim.value !== "string" || !asserts(claim) || !claim.subject) return false;
  if (BOUND.test(claim.text.trim()) || COUNTED_FROM_ANOTHER.test(claim.text.trim())) return false;
  const frame = claim.subject.frame;
  return frame ? frame.measure.id.startsWith("date.") : Boolean(claim.subject.event?.trim());
}

function conflicting(first: Claim, second: Claim, midnight: boolean, aligned: AlignedWith, claimsOf: ReportClaims, own: { id: string; body: string }): SameThing | null {
  if (!eventDate(first) || !eventDate(second) || twoTerms(first, second)) return null;
  // A clock given the day its report tells the event on (extract/dates/event-clock.ts) tells an hour, not a day: only two times of one day are compared.
  if ((first.time?.day ?? second.time?.day) !== undefined && !timesConflict(first, second, claimsOf)) return null;
  // One day named as two weekdays (date-weekday.ts), one term ended in two years (date-terms.ts), or one day told at two
  // times (date-time-of-day.ts), is compared though the first values agree.
  if (!misnamedWeekday(first, second) && !termEndsApart(first, second) && !timesConflict(first, second, claimsOf) && (datesAgree(first.value, second.value) || rangesMeet(first, second) || monthsHold(first, second) || onlyYearGuessed(first, second) || withinCountBack(first, second) || yearsApart(first, second) || twoHappenings(first, second))) return null;
  // "the raid that killed al-Baghdadi" against "Baghdadi was killed ... on Sunday": the raid as his death.
  const a = asDeathOf(first, second) ?? first;
  const b = asDeathOf(second, first) ?? second;
  const loose = looseOpening(a, b);
  const [x, y] = midnight ? [atMidnight(a), atMidnight(b)] : [a, b];
  // Two reports a reader puts side by side as one story, each dating its story's happening (frame/date-aligned.ts).
  // One day told at two times by two reports that share a rare name or the thing's name (frame/date-same-day.ts).
  const match = sameThing(x, withNamesOf(loose ? withMeasureOf(y, x) : y, x)) ?? alignedStoryDay(a, b, aligned(first) ?? aligned(second)) ?? toldSameDay(a, b, claimsOf, own);
  if (!match || !loose) return match;
  return { strength: "weak", why: `${match.why}; “${loose}” may mean the ceremony or the first traffic, which can fall on different days` };
}

/**
 * Unlike a person's birth or death or a thing's opening, which happen once, two dates of a
 * happening that recurs (data/frame-classes.ts RECURRING_DATE_MEASURES) more than a year apart
 * are two happenings.
 */
const A_YEAR = 366;

function yearsApart(a: Claim, b: Claim): boolean {
  if (!RECURRING_DATE_MEASURES.has(a.subject?.frame?.measure.id ?? "") || !RECURRING_DATE_MEASURES.has(b.subject?.frame?.measure.id ?? "")) return false;
  return (gapDays(a.value, b.value) ?? 0) > A_YEAR;
}

/** Whether the days two dates cover as written meet: "September 27-28, 1994" holds 28 September. */
function rangesMeet(a: Claim, b: Claim): boolean {
  const [x, y] = [buildingYears(a) ?? writtenSpan(a), buildingYears(b) ?? writtenSpan(b)];
  return Boolean(x && y && x.first <= y.last && y.first <= x.last);
}

/**
 * "The bridge was built between 1954 and 1957": a thing's building told as a span of years ends in
 * its completion, so "completed in 1957" is no other date. A term's span ("president from 2002 to
 * 2013") dates its start, and stays as written.
 */
function buildingYears(claim: Claim): DaySpan | null {
  if (claim.subject?.frame?.measure.id !== "date.completion" || claim.qualifier !== "range" || claim.low === undefined || claim.high === undefined) return null;
  const [first, last] = [daySpan(String(claim.low)), daySpan(String(claim.high))];
  return first && last && first.first < last.first ? { first: first.first, last: last.last } : null;
}

/** The words a date is told with: in its own article, the clause before it too ("at 11:59 pm local time on"). */
function toldWith(claim: Claim, article: CheckContext["article"]): string {
  if (claim.articleId !== article.id || !claim.sentence) return claim.text;
  return article.body.slice(Math.max(claim.sentence.start, claim.start - 60), claim.end);
}

/**
 * A person's birth or death: it happens once, so "a few days after being arrested, she passed
 * away on September 16" is the death the story told before, although its sentence is put at
 * another time.
 */
function onceInALife(claim: Claim): boolean {
  const frame = claim.subject?.frame;
  return Boolean(frame && /^date\.(?:birth|death)$/.test(frame.measure.id) && frame.scope.some((e) => e.kind === "named"));
}

/**
 * Inside one article, "Monday's quake" names a happening by its day, as writers do to tell it
 * from another of its kind ("Tuesday's quake", "the quake that struck in August"): not a second
 * dating of the one the article dates elsewhere. Across reports it is compared.
 */
function namedByDay(a: Claim, b: Claim): boolean {
  const byDay = (claim: Claim) => claim.subject?.frame?.rules?.includes(POSSESSIVE_RULE) ?? false;
  return a.articleId === b.articleId && (byDay(a) || byDay(b));
}

/** The claim with its frame marked as told on one side of a midnight (frame/date-strength.ts reads the mark). */
function atMidnight(claim: Claim): Claim {
  const frame = claim.subject?.frame;
  if (!frame) return claim;
  return { ...claim, subject: { ...claim.subject!, frame: { ...frame, rules: [...(frame.rules ?? []), AROUND_MIDNIGHT] } } };
}

function dated(claim: Claim, articles: Map<string, ArticleSummary>, across: boolean): string {
  const where = across ? ` (${describeSource(articles.get(claim.articleId), claim)})` : "";
  const quoted = claim.modality === "quoted" ? " (quoted)" : "";
  return `${formatDate(claim.value)}${where}${quoted}`;
}

function explain(a: Claim, b: Claim, articles: Map<string, ArticleSummary>, match: SameThing, claimsOf: ReportClaims): string {
  const across = a.articleId !== b.articleId;
  const scope = across ? "it is dated" : "this article dates it";
  const misnamed = misnamedWeekday(a, b);
  if (misnamed) {
    const told = (c: Claim) => `“${c.text}”${across ? ` (${describeSource(articles.get(c.articleId), c)})` : ""}`;
    return `${describeSubject(a)}: ${scope} ${told(a)} and ${told(b)}. ${weekdayWhy(misnamed, formatDate(a.value))} Compared because ${match.why}.`;
  }
  if (timesConflict(a, b, claimsOf)) {
    return `${describeSubject(a)}: ${scope} “${a.text}”${across ? ` (${describeSource(articles.get(a.articleId), a)})` : ""} and “${b.text}”${across ? ` (${describeSource(articles.get(b.articleId), b)})` : ""}: `
      + `${timeWhy(a, b)}. ${match.strength === "weak" ? "If both are about one event, one" : "One event cannot have happened at both times; one"} of them is wrong. Compared because ${match.why}.`;
  }
  if (termEndsApart(a, b)) return `${describeSubject(a)}: ${termEndsWhy(a, b)}. One term cannot have ended in both years; one of them is wrong. Compared because ${match.why}.`;
  return `${describeSubject(a)}: ${scope} ${dated(a, articles, across)} and ${dated(b, articles, across)}. `
    + `${match.strength === "weak" ? "If both are about one event, one" : "One event cannot have happened on both dates; one"} of them is wrong. Compared because ${match.why}.`;
}

/** Why two reports' hours of one event are told: "The crash is told at two hours of 2 June 2023: “around 7.20 pm” (NDTV, ...) and “6.51 pm” (...): one gives ...". */
function hoursWhy({ mine, theirs, alignment }: ClockPair, articles: Map<string, ArticleSummary>): string {
  const told = (c: Claim) => `“${c.text}” (${describeSource(articles.get(c.articleId), c)})`;
  const event = alignment.eventClass ?? "event";
  const step = STEP_NAMES[mine.slot!.id.split(":")[1] ?? ""];
  const what = step ? `The ${step} of the ${event}` : `The ${event}`;
  return `${what} is told at two hours of ${formatDate(mine.value)}: ${told(mine)} and ${told(theirs)}: ${timeWhy(mine, theirs)}. `
    + `If both are the hour of one ${step ?? event}, one of them is wrong. Compared because each report gives it one hour and the two reports are one story (${alignment.why}).`;
}

/**
 * @example dateConflict.check(context) // a contradiction for a raid dated 26 October 2019 here and 27 October 2019 elsewhere
 */
export const dateConflict: CheckRule = {
  name: NAME,
  check({ article, claims, related, articles }: CheckContext): Finding[] {
    // pairs.ts keeps the first of one report's claims with one date and subject: the plainest.
    const own = plainestFirst(claims.filter(eventDate));
    const theirs = plainestFirst(related.filter(eventDate));
    const pairs = [...pairsWithin(own), ...pairsAcross(own, theirs), ...openingPairs(own, theirs), ...deathEventPairs(own, own), ...deathEventPairs(own, theirs)];
    const told = new Map<string, { finding: Finding; rank: number }>();
    const aligned = alignedWith({ article, claims }, related, articles);
    const claimsOf = reportClaims(article.id, claims, related);
    for (const [a, b] of pairs) {
      // Two captions each bringing in "a stampede", late on one day and early on the next, tell one stampede.
      const midnight = eventDate(a) && eventDate(b) && aroundMidnight({ value: a.value, words: toldWith(a, article) }, { value: b.value, words: toldWith(b, article) });
      // "at about 2 am (1700 GMT on Tuesday)" and "Wednesday": one day told in two zones (date-zones.ts).
      if (zonedDayApart(a, b)) continue;
      const separate = (separateEvents(a, b, article.body) && !midnight && !(onceInALife(a) && onceInALife(b))) || namedByDay(a, b)
        || recalledEarlier(a, b) || countedApart(a, b, article.body);
      const match = separate || inTwoZones(a, b, article.body) ? null : conflicting(a, b, midnight, aligned, claimsOf, article);
      if (!match) continue;
      // "killed on October 16" twice in one report against another's "October 17": one finding, told with the plainest words.
      const key = [a, b].map((c) => `${c.articleId}@${String(c.value)}@${c.subject?.frame?.measure.id}`).sort().join("|");
      const rank = plainness(a) + plainness(b);
      if ((told.get(key)?.rank ?? Infinity) <= rank) continue;
      const severity = match.strength === "strong" ? "contradiction" : "discrepancy";
      told.set(key, { rank, finding: makeFinding({ rule: NAME, kind: "date-conflict", severity, claims: [a, b], explanation: explain(a, b, articles, match, claimsOf) }) });
    }
    // Two reports of one story giving its event two hours (aligned/clock-pairs.ts), unless a pair above holds the two.
    const paired = new Set([...told.values()].map((t) => t.finding.claims.map((c) => c.claimId).sort().join("|")));
    for (const pair of clockPairs(claims, related, aligned)) {
      if (paired.has([pair.mine.id, pair.theirs.id].sort().join("|"))) continue;
      told.set(`${pair.mine.id}|${pair.theirs.id}`, { rank: 0, finding: makeFinding({ rule: NAME, kind: "date-conflict", severity: "discrepancy", claims: [pair.mine, pair.theirs], explanation: hoursWhy(pair, articles) }) });
    }
    // A count of the aftermath dated before the happening it counts (date-aftermath.ts).
    for (const [count, happening] of aftermathBefore(claims, article.body)) {
      const explanation = `${aftermathWhy(count, happening)}.`;
      told.set(`${count.id}|${happening.id}`, { rank: 0, finding: makeFinding({ rule: NAME, kind: "date-conflict", severity: "discrepancy", claims: [count, happening], explanation }) });
    }
    return [...told.values()].map((t) => t.finding);
  },
};
