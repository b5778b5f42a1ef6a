import type { Claim, Finding, Severity } from "../../model.js";
import { sentenceOf, textBetween } from "../context.js";
import { setAside } from "../superseded.js";
import { describeClaim, describeSubject, quote } from "../describe.js";
import { makeFinding } from "../finding.js";
import { additions } from "../frame/addition.js";
import { inBreakdowns, partsOfThose } from "../frame/breakdown.js";
import { laterLevel } from "../frame/later.js";
import { eventPlaces, ofSeveralTold, severalTold, unplacedAmongSeveral } from "../frame/several-places.js";
import { separateEvents } from "../frame/new-event.js";
import { sourcesDiffer } from "../frame/source.js";
import { inStory, lentPart, storyEvent } from "../frame/story.js";
import { bodiesPartOfToll, runningTotal, valuesDisagree } from "../tally.js";
import { pairsWithin, restatement } from "../pairs.js";
import type { CheckContext, CheckRule } from "../rule.js";
import { type SameThing, sameThing } from "../same-thing.js";
import { doublyUnsure, PART_OF_WHOLE_NOTE, partOfWhole } from "../scope.js";
import { SAME_MOMENT_DAYS, sameTime } from "../time.js";
import { figuresKey } from "../repeats.js";
import { marksRevision } from "./revision.js";

/**
 * One article giving the same subject two incompatible values for the same time, without
 * saying the figure was revised or is being compared with an earlier one.
 */

const NAME = "internal-conflict";

/**
 * Two different values of one measure in one sentence are never the article contradicting
 * itself unawares: the sentence sets them side by side on purpose, as two things ("killed two
 * ... in the town where eight people died at the weekend"), a part ("9 killed, the year after
 * the Bali attack which left 202 dead") or two sources it names ("police said 50, hospitals 62").
 */
function oneSentence(a: Claim, b: Claim): boolean {
  return a.sentence !== undefined && b.sentence !== undefined && a.sentence.start === b.sentence.start && a.sentence.end === b.sentence.end;
}

/** The article says the figure changed: revision words near either (an update paragraph is read before, with `revised`). */
function explained(a: Claim, b: Claim, body: string): boolean {
  return [sentenceOf(a, body), sentenceOf(b, body), textBetween(a, b, body)].some(marksRevision);
}

function quotedNote(a: Claim, b: Claim): string {
  const quoted = [a, b].filter((claim) => claim.modality === "quoted");
  if (quoted.length === 0) return "";
  return ` (${quoted.map((claim) => quote(claim.text)).join(" and ")} ${quoted.length === 1 ? "is" : "are"} quoted: the speaker or the reporting may be wrong)`;
}

/**
 * A contradiction when the article itself says both; a discrepancy when one figure is a
 * speaker's (the article reports the quote, it does not assert it); a note when the counts are
 * far enough apart to be a part and the whole.
 */
function severityOf(a: Claim, b: Claim, match: SameThing, sources: [string, string] | undefined): Severity {
  // Two sources' figures side by side: the story reports both; the editor decides what it stands by.
  if (sources) return "discrepancy";
  if (partOfWhole(a, b)) return "note";
  if (match.strength === "weak" || a.vague || b.vague) return "discrepancy";
  return (a.modality === "quoted") !== (b.modality === "quoted") ? "discrepancy" : "contradiction";
}

function explain(a: Claim, b: Claim, severity: Severity, match: SameThing, sources: [string, string] | undefined): string {
  const ending = sources
    ? `The sources differ (${sources[0]}: ${quote(a.text)}; ${sources[1]}: ${quote(b.text)}): the story should say which figure it stands by, or that the counts differ and why.`
    : severity === "note" ? PART_OF_WHOLE_NOTE
    : `${match.strength === "weak" ? "If both are about the same thing, both" : "Both"} cannot be right; if the figure was revised, the text should say so ("up from", "revised").`;
  const from = (claim: Claim, source: string | undefined) => `${describeClaim(claim)}${source ? `, from ${source}` : ""}`;
  return `${describeSubject(a)}: the article gives ${quote(a.text)} (${from(a, sources?.[0])}) and ${quote(b.text)} `
    + `(${from(b, sources?.[1])}) for the same thing at the same time${sources ? "" : quotedNote(a, b)}. ${ending} Compared because ${match.why}.`;
}

/**
 * @example internalConflict.check(context) // a contradiction for "six people were killed ... the attack killed nine"
 */
export const internalConflict: CheckRule = {
  name: NAME,
  check({ article, claims }: CheckContext): Finding[] {
    const primary = claims.filter((claim) => claim.conversionOf === undefined);
    const findings: Finding[] = [];
    // Parts of a count: figures of a breakdown, a share told "Of those, ...", and counts added to another ("three more died").
    // A bare toll ("32 dead") is a toll of the story's event when the story names one.
    const story = storyEvent(primary);
    const lent = primary.filter((claim) => lentPart(claim, story, article.body));
    const parts = new Set([...inBreakdowns(primary, article.body), ...partsOfThose(primary, article.body), ...additions(primary, article.body), ...lent, ...bodiesPartOfToll(primary)]);
    // A roundup of events of one class at several places: an unplaced one may be any of them.
    const places = eventPlaces(primary);
    // A story that says it tells several events of one class ("12 people in two attacks").
    const several = severalTold(primary);
    const told = new Map(primary.map((claim) => [claim, inStory(claim, story, article.body)] as const));
    const pairs = pairsWithin(primary).map(([x, y]) => (x.start <= y.start ? [x, y] : [y, x]) as [Claim, Claim]);
    // Figures the story puts in order once (an update, "has since risen") are in order for every
    // mention of them: "127 ... However, the death toll has since risen ... 129" explains the headline's 129 too.
    // So are two figures one sentence sets against each other with revision words ("stood at 41,
    // instead of 49"; "kills 62 not 162, BNPB clarifies").
    const setAgainst = ([a, b]: [Claim, Claim]) => oneSentence(a, b) && explained(a, b, article.body);
    const revised = new Set(pairs.filter(([a, b]) => laterLevel(a, b, article.body) || setAgainst([a, b])).map(([a, b]) => figuresKey(a, b)));
    // Figures the story itself calls an error or an unconfirmed first estimate.
    const aside = setAside(primary, article.body);
    const shown = new Set<string>();
    for (const [a, b] of pairs) {
      const figures = figuresKey(a, b);
      // One finding per pair of figures, however often the story repeats them.
      if (shown.has(figures) || revised.has(figures) || parts.has(a) || parts.has(b) || aside.has(a) || aside.has(b) || oneSentence(a, b)) continue;
      if (restatement(a, b) || !sameTime(a.asOf, b.asOf, SAME_MOMENT_DAYS) || separateEvents(a, b, article.body)) continue;
      if (unplacedAmongSeveral(a, b, places) || ofSeveralTold(a, b, several)) continue;
      // Everyone who came since a start and those in some state now are two counts (tally.ts runningTotal).
      if (runningTotal(a, sentenceOf(a, article.body)) !== runningTotal(b, sentenceOf(b, article.body))) continue;
      const match = sameThing(told.get(a) ?? a, told.get(b) ?? b);
      if (!match || !valuesDisagree(a, b) || explained(a, b, article.body)) continue;
      const sources = sourcesDiffer(a, b, article.body);
      // Far apart on a weak match is two doubts, unless two sources are named for the two figures.
      if (!sources && doublyUnsure(a, b, match)) continue;
      const severity = severityOf(a, b, match, sources);
      shown.add(figures);
      findings.push(makeFinding({ rule: NAME, kind: "internal-conflict", severity, claims: [a, b], explanation: explain(a, b, severity, match, sources) }));
    }
    return findings;
  },
};
