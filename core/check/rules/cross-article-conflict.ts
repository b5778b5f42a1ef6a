import type { ArticleSummary, Claim, Finding } from "../../model.js";
import { convert } from "../../units/index.js";
import { describeAmount, describeClaim, describeSource, describeSubject, quote } from "../describe.js";
import { makeFinding } from "../finding.js";
import { bodiesPartOfToll, valuesDisagree } from "../tally.js";
import { fallingFloor, risingToll } from "../counting-toll.js";
import { partsOfThose } from "../frame/breakdown.js";
import { additions } from "../frame/addition.js";
import { pairsAcross } from "../pairs.js";
import type { CheckContext, CheckRule } from "../rule.js";
import { fixedDuration, standingMeasure } from "../frame/named-measure.js";
import { type SameThing, sameThing } from "../same-thing.js";
import { headPairs } from "../frame/head-match.js";
import { figuresKey } from "../repeats.js";
import { retelling, type Retelling } from "../frame/retold.js";
import { doublyUnsure, PART_OF_WHOLE_NOTE, partOfWhole } from "../scope.js";
import { datesAgree, dayOf, daySpan, SAME_MOMENT_DAYS, sameTime, yearOf } from "../time.js";
import { type Revision, toldRevision } from "../told-revision.js";
import { alsoSaid } from "../also-said.js";
import { bodiesBelowToll } from "../bodies-found.js";
import { belowOwnToll } from "../below-own-toll.js";
import { countNotDone } from "../count-not-done.js";
import { countsAttackers } from "../frame/attackers.js";
import { countedOnTheDay, laterHourOfTheDay, sameDayRise } from "../same-day.js";
import { slotPairs } from "../aligned/slot-pairs.js";
import { thingPairs } from "../aligned/thing-pairs.js";

/**
 * This article against what other articles said about the same subject. Values that cannot
 * both hold at the same time contradict; at different times they are a discrepancy the
 * explanation puts down to time.
 */

const NAME = "cross-article-conflict";

/** Older first, so the explanation reads in the order things were said. */
function chronological(a: Claim, b: Claim): [Claim, Claim] {
  const x = daySpan(a.asOf)?.first ?? Infinity;
  const y = daySpan(b.asOf)?.first ?? Infinity;
  return y < x ? [b, a] : [a, b];
}

function said(claim: Claim, articles: Map<string, ArticleSummary>): string {
  const quoted = claim.modality === "quoted" ? ", quoted" : "";
  return `${describeClaim(claim)} (${describeSource(articles.get(claim.articleId), claim)}${quoted})`;
}

function unitNote(a: Claim, b: Claim): string {
  if (a.unit === b.unit || a.unit === undefined || b.unit === undefined || typeof a.value !== "number") return "";
  const converted = convert(a.value, a.unit, b.unit);
  return converted === null ? "" : `; ${describeAmount(a.value, a.unit)} is ${describeAmount(converted, b.unit)}`;
}

function period(claim: Claim): string {
  return String(yearOf(claim.asOf) ?? dayOf(claim.asOf) ?? "?");
}

function daysApart(a: Claim, b: Claim): number {
  const x = daySpan(a.asOf);
  const y = daySpan(b.asOf);
  return x && y ? Math.max(0, x.first - y.last, y.first - x.last) : 0;
}

function quotedNote(count: number): string {
  if (count === 0) return "";
  return count === 1 ? " One figure is quoted: the speaker may be the one who is wrong." : " Both figures are quoted: a speaker may be the one who is wrong.";
}

/**
 * Two tolls of one dated event (both reports date it alike) are one count at two moments, not a
 * part and its whole however far apart: "11 dead" the day after a blast and "38 dead" a month on.
 */
function oneDatedEvent(a: Claim, b: Claim): boolean {
  const [x, y] = [a.subject?.frame?.event?.date, b.subject?.frame?.event?.date];
  return x !== undefined && y !== undefined && datesAgree(x, y);
}

function partOrWhole(a: Claim, b: Claim): boolean {
  // Reported weeks apart, the toll of one dated event has grown; the same week, far-apart
  // counts are still more likely a part and its whole (or two events) than one toll.
  // A toll the later report gives higher is the count going on (scope.ts doublyUnsure), not a part.
  return partOfWhole(a, b) && !risingToll(a, b) && !(oneDatedEvent(a, b) && !sameTime(a.asOf, b.asOf, SAME_MOMENT_DAYS));
}

function verdict(a: Claim, b: Claim, sameMoment: boolean, told: Retelling | undefined, falling: boolean, revised: Revision | undefined, hours: boolean): string {
  const quoted = quotedNote([a, b].filter((claim) => claim.modality === "quoted").length);
  if (revised) return `the later report tells that the toll was revised down (${quote(revised.to.text)}, from ${quote(revised.from.text)}): the earlier figure was corrected, and a story still giving it should give the later one.${quoted}`;
  if (partOrWhole(a, b)) return PART_OF_WHOLE_NOTE;
  if (told?.kind === "settled") return `both retell the event of ${told.event} a year or more after it, when its count had settled: one figure is wrong.${quoted}`;
  if (told?.kind === "superseded") {
    return `${quote(told.early.text)} was counted within days of the event of ${told.event}, ${quote(told.late.text)} long after: an early count is often revised, so the early figure is probably superseded; a story repeating it today should give the later one.${quoted}`;
  }
  const gap = daysApart(a, b);
  if (falling) return `reported ${gap} day${gap === 1 ? "" : "s"} apart, the later toll confirmed so far (“at least”) is lower, and the confirmed dead do not fall: one report is wrong or counts something else.${quoted}`;
  if (standingMeasure(a) && standingMeasure(b)) return `a measure that holds at any time cannot have both values; one report is wrong.${quoted}`;
  if (sameMoment && gap > 0) return `reported ${gap} day${gap === 1 ? "" : "s"} apart, too close for the figure to have changed much: one report is wrong or out of date.${quoted}`;
  if (sameMoment) return `the same measure at the same time cannot have both values; one report is wrong.${quoted}`;
  if (hours) return `both are of the event's first day, while its dead were still being found: the lower may be an earlier hour's count; check which is current.${quoted}`;
  const [from, to] = period(a) === period(b) ? [dayOf(a.asOf), dayOf(b.asOf)] : [period(a), period(b)];
  return `the figure may have changed between ${from} and ${to}, which would explain the difference; check which is current.${quoted}`;
}

/** A weak match may be two things after all: the explanation says so before its verdict. */
function hedge(match: SameThing): string {
  return match.strength === "weak" ? "if both are about the same thing, " : "";
}

function conflict(own: Claim, other: Claim, articles: Map<string, ArticleSummary>, match: SameThing, falling: boolean, hours = false, revised?: Revision, label?: string): Finding {
  const [a, b] = chronological(own, other);
  const told = retelling(a, b);
  // Two final figures of a settled count are as much one moment as two reports of one day.
  // A ship's length or a tower's height holds at any time: reports years apart are of one moment.
  const standing = standingMeasure(a) && standingMeasure(b);
  // Two tolls of one day may be hours apart in a count still climbing (same-day.ts).
  const sameMoment = standing || (sameTime(a.asOf, b.asOf, SAME_MOMENT_DAYS) && !hours) || told?.kind === "settled";
  const certain = match.strength === "strong" && !a.vague && !b.vague;
  // A correction the later report tells: time explains the two figures, and the report says which is current.
  const severity = revised ? "discrepancy" : partOrWhole(a, b) ? "note" : certain && sameMoment && !risingToll(a, b) && !falling ? "contradiction" : "discrepancy";
  return makeFinding({
    rule: NAME, kind: "cross-article-conflict", severity, claims: [a, b],
    explanation: `${label ?? describeSubject(own)}: ${said(a, articles)} vs ${said(b, articles)}${unitNote(a, b)}: ${hedge(match)}${verdict(a, b, sameMoment, told, falling, revised, hours)} Compared because ${match.why}.`,
  });
}

/**
 * The later report gives the earlier one's figure as the level its count moved from ("up from
 * 54", "down to 49 from 54" with no word of revision): it says the count went on, so the earlier
 * report was the count of its day and the two do not conflict. A fall told as a revision is read
 * first (told-revision.ts): a discrepancy for the earlier story's editor.
 * @example supersedes(revisedTo49, said54, [revisedTo49, from54]) // true
 */
function supersedes(a: Claim, b: Claim, all: readonly Claim[]): boolean {
  const [earlier, later] = chronological(a, b);
  if (earlier.asOf === later.asOf) return false;
  const measure = later.subject?.frame?.measure.id;
  // The old level of the later figure's own change ("down to 172 from 195"), or another old level of its measure.
  const old = (c: Claim) => c.change?.role === "from" && (c.id === later.change?.pairedWith || (measure !== undefined && c.subject?.frame?.measure.id === measure));
  return all.some((c) => c.articleId === later.articleId && old(c) && !valuesDisagree(c, earlier));
}

/**
 * The articles that count their dead by group ("Five militants had been shot dead", "Sixty-one
 * civilians"): such a report shows that its total may leave a group out, so its lower "at least"
 * is another count, not a fall of the confirmed dead (counting-toll.ts fallingFloor).
 */
function deadByGroup(claims: readonly Claim[]): Set<string> {
  return new Set(claims.filter((c) => c.subject?.frame?.measure.id.startsWith("killed.")).map((c) => c.articleId));
}

/**
 * A duration of something ongoing grows with time; only compare durations given at one moment.
 * A named route's travel time does not grow, so it is compared at any time.
 */
function timeless(a: Claim, b: Claim): boolean {
  const fixed = (c: Claim) => c.kind !== "duration" || fixedDuration(c);
  return (fixed(a) && fixed(b)) || sameTime(a.asOf, b.asOf, SAME_MOMENT_DAYS);
}

/**
 * @example crossArticleConflict.check(context) // a discrepancy for 3.5 million (2020) vs 3.6 million (2024)
 */
export const crossArticleConflict: CheckRule = {
  name: NAME,
  check({ article, claims, related, articles }: CheckContext): Finding[] {
    const own = claims.filter((claim) => claim.conversionOf === undefined);
    const others = related.filter((claim) => claim.conversionOf === undefined);
    const findings: Finding[] = [];
    const shown = new Set<string>();
    const all = [...claims, ...related];
    const grouped = deadByGroup(all);
    // Shares and additions this report tells ("Of those, 120", "four more fatalities"): read on its own body.
    const parts = new Set([...bodiesPartOfToll(all), ...partsOfThose(own, article.body), ...additions(own, article.body)]);
    for (const [mine, theirs] of pairsAcross(own, others)) {
      const figures = figuresKey(mine, theirs);
      // One finding per pair of figures, however often either story repeats them.
      if (shown.has(figures) || !timeless(mine, theirs) || countsAttackers(mine, article.body) || parts.has(mine) || parts.has(theirs) || bodiesBelowToll(mine, theirs)) continue;
      const match = sameThing(mine, theirs);
      if (!match) continue;
      const disagree = valuesDisagree(mine, theirs);
      const falling = !disagree && fallingFloor(mine, theirs) && !grouped.has(mine.articleId) && !grouped.has(theirs.articleId);
      if (!(falling || disagree) || doublyUnsure(mine, theirs, match)) continue;
      // A fall this report tells as a revision still tells the earlier story's editor something; a rise it tells is the count going on.
      const revised = toldRevision(mine, theirs, claims, article, articles);
      // The earlier report gives the revised figure too: it told the revision itself, nothing to tell its editor.
      if (revised && alsoSaid(mine, theirs, all)) continue;
      if (!revised && supersedes(mine, theirs, all)) continue;
      // A figure of the dead below its own report's toll for the same thing is not that report's toll (below-own-toll.ts).
      if (!revised && (belowOwnToll(mine, all) || belowOwnToll(theirs, all))) continue;
      // A toll its report tells as risen above another report's of the same day is the count going on, as over days (counting-toll.ts countGoingOn).
      if (!revised && sameDayRise(mine, theirs, all)) continue;
      // Two reports a told rise puts in order: their other counts of the dead that move the same way are of the same two hours.
      if (!revised && laterHourOfTheDay(mine, theirs, all)) continue;
      // Either report gives its toll of that day as the count so far ("at least 41", "provisional"): another hour's count (count-not-done.ts).
      if (!revised && countNotDone(mine, theirs, all)) continue;
      // Either report also gives the other's figure for the same thing (also-said.ts); a revision it tells still tells.
      if (!revised && (alsoSaid(mine, theirs, all) || alsoSaid(theirs, mine, all))) continue;
      shown.add(figures);
      findings.push(conflict(mine, theirs, articles, match, falling, countedOnTheDay(mine, theirs), revised));
    }
    // Figures no reader frames, tied by their head word and their story (frame/head-match.ts): weak, a discrepancy at most.
    for (const { mine, theirs, match, label } of headPairs(own, others)) {
      const figures = figuresKey(mine, theirs);
      if (shown.has(figures) || !timeless(mine, theirs) || sameThing(mine, theirs) || countNotDone(mine, theirs, all)) continue;
      shown.add(figures);
      findings.push(conflict(mine, theirs, articles, match, false, false, undefined, label));
    }
    // Figures of two reports aligned as one story, paired by what each counts (aligned/slot-pairs.ts): weak, a discrepancy at most.
    // A pair the frames judged one thing is theirs, found or not; a measure of one named thing whose
    // frames found nothing is the aligned reports' (a standing measure the frames did not hold timeless).
    // Measures of one named thing in two reports, aligned by the thing (aligned/thing-pairs.ts): weak too.
    const aligned = [...slotPairs({ article, claims: own }, others, articles), ...thingPairs({ article, claims }, related, articles)];
    for (const { mine, theirs, match, label, quoted, byThing } of aligned) {
      const figures = figuresKey(mine, theirs);
      if (shown.has(figures) || (!byThing && sameThing(mine, theirs)) || countNotDone(mine, theirs, all) || alsoSaid(mine, theirs, all) || alsoSaid(theirs, mine, all)) continue;
      shown.add(figures);
      findings.push(conflict(quoted?.mine ?? mine, quoted?.theirs ?? theirs, articles, match, false, false, undefined, label));
    }
    return findings;
  },
};
