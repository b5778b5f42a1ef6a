import type { ArticleSummary, Claim, Finding } from "../../model.js";
import { convert } from "../../units/index.js";
import { describeAmount, describeClaim, describeSource, describeSubject, quote } from "../describe.js";
import { makeFinding } from "../finding.js";
import { risingToll } from "../counting-toll.js";
import { standingMeasure } from "../frame/named-measure.js";
import type { SameThing } from "../same-thing.js";
import { retelling, type Retelling } from "../frame/retold.js";
import { PART_OF_WHOLE_NOTE, partOfWhole } from "../scope.js";
import { datesAgree, dayOf, daySpan, gapDays, SAME_MOMENT_DAYS, sameTime, yearOf } from "../time.js";
import type { Revision } from "../told-revision.js";

/**
 * How a cross-article finding is told: which figure came first, what the two say, and why time,
 * a part, a revision or an error explains the difference (rules/cross-article-conflict.ts decides
 * which pairs are findings).
 */

export const NAME = "cross-article-conflict";

/** Older first, so the explanation reads in the order things were said. */
export function chronological(a: Claim, b: Claim): [Claim, Claim] {
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
  const gap = gapDays(a.asOf, b.asOf) ?? 0;
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

export function conflict(own: Claim, other: Claim, articles: Map<string, ArticleSummary>, match: SameThing, falling: boolean, hours = false, revised?: Revision, label?: string): Finding {
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
 * A group's count larger than the whole count of one event in another report (part-over-whole.ts): one of the two is wrong.
 * @example partOverWhole(passengers4536, people4375, articles, match).explanation // "… more than the whole …"
 */
export function partOverWhole(part: Claim, whole: Claim, articles: Map<string, ArticleSummary>, match: SameThing): Finding {
  const [a, b] = chronological(part, whole);
  const certain = match.strength === "strong" && !a.vague && !b.vague;
  return makeFinding({
    rule: NAME, kind: "cross-article-conflict", severity: certain && sameTime(a.asOf, b.asOf, SAME_MOMENT_DAYS) ? "contradiction" : "discrepancy", claims: [a, b],
    explanation: `${describeSubject(whole)}: ${said(part, articles)} is more than ${said(whole, articles)}, yet the first counts only a part of the second (${quote(part.subject?.frame?.measure.text ?? part.text)}): ${hedge(match)}a part cannot be more than its whole, so one report is wrong. Compared because ${match.why}.`,
  });
}
