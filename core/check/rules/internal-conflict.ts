import type { Claim, Finding } from "../../model.js";
import { sentenceOf, textBetween } from "../context.js";
import { setAside } from "../superseded.js";
import { makeFinding } from "../finding.js";
import { addedToBases, additions } from "../frame/addition.js";
import { inBreakdowns, partsNamed, partsOfThose } from "../frame/breakdown.js";
import { fromDifferentThings } from "../frame/difference.js";
import { oppositeEnds } from "../frame/extremes.js";
import { reachesMagnitude } from "../frame/magnitude-floor.js";
import { placedPart, placesByFigure } from "../frame/placed-part.js";
import { oneStoryToll } from "../frame/one-story-toll.js";
import { overYearsBeside } from "../frame/years-count.js";
import { forecastBeside } from "../frame/forecast.js";
import { distanceMatch, distancePairs } from "../frame/distance-from.js";
import { costMatch, costPairs } from "../frame/told-cost.js";
import { sameWordsMatch, sameWordsPairs, toldAlike } from "../frame/same-words.js";
import { inSeries, seriesOf } from "../frame/labelled-series.js";
import { revisedNear, sectionLeadMatch, sectionLeadPairs } from "../frame/section-lead.js";
import { hospitalShare } from "../frame/hospital-count.js";
import { roomShare } from "../frame/room-share.js";
import { risenSince } from "../frame/risen-since.js";
import { setAgainst as comparedInWords } from "../frame/set-against.js";
import { laterLevel } from "../frame/later.js";
import { eventPlaces, ofSeveralTold, severalTold, unplacedAmongSeveral } from "../frame/several-places.js";
import { separateEvents } from "../frame/new-event.js";
import { sourcesDiffer } from "../frame/source.js";
import { inStory, lentPart, storyEvent } from "../frame/story.js";
import { bodiesPartOfToll, runningTotal, valuesDisagree } from "../tally.js";
import { risingToll } from "../counting-toll.js";
import { toldAsFloor } from "../told-as-floor.js";
import { pairsWithin, restatement } from "../pairs.js";
import type { CheckContext, CheckRule } from "../rule.js";
import { compareClaims, type SameThing } from "../same-thing.js";
import { doublyUnsure } from "../scope.js";
import { daySpan, SAME_MOMENT_DAYS, sameTime } from "../time.js";
import { everyMention, figuresKey } from "../repeats.js";
import { marksRevision, movesOn } from "./revision.js";
import { explanationOf, severityOf } from "./internal-explanation.js";
import { COUNTING_VERB } from "../data/counted-where.js";
import { addsUpTo, furtherParts, listsOf, listSums } from "./internal-parts.js";
import { unitsByFigure, unitShare } from "./internal-units.js";
import { readAsEnglish } from "./internal-language.js";
import { toldDiffer } from "./internal-told-differ.js";
import { vesselMatch, vesselPairs } from "./internal-vessel.js";
import { datedToOneEvent } from "./internal-same-day.js";
import { shortfallFinding, shortfallOf, shortfalls } from "./internal-shortfall.js";

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

/**
 * A toll the story gives as counted on an earlier day and a higher one on a later day: "While
 * the NDMA on Tuesday confirmed 248 deaths ... Officials confirmed 266 deaths" (published on
 * Wednesday) is the count going on, told as such. A day that dates the event ("killed six people
 * on Sunday") dates no count.
 */
function countedOnTwoDays(a: Claim, b: Claim, body: string): boolean {
  const [earlier, later] = (daySpan(a.asOf)?.first ?? 0) <= (daySpan(b.asOf)?.first ?? 0) ? [a, b] : [b, a];
  return risingToll(earlier, later) && COUNTING_VERB.test(sentenceOf(earlier, body));
}

/** The article says the figure changed: revision words near either (an update paragraph is read before, with `revised`). */
function explained(a: Claim, b: Claim, body: string): boolean {
  return [sentenceOf(a, body), sentenceOf(b, body), textBetween(a, b, body)].some(marksRevision) || overtaken(a, b, body);
}

/** The sentence after the later-told figure turns to what happened since ("Since then, more bodies have been found"). */
function overtaken(a: Claim, b: Claim, body: string): boolean {
  const later = a.start <= b.start ? b : a;
  return later.sentence !== undefined && movesOn(sentenceAfter(later.sentence.end, body));
}

/** The sentence starting after `end` (up to its full stop, at most 200 characters). */
function sentenceAfter(end: number, body: string): string {
  const rest = body.slice(end, end + 200);
  const stop = rest.search(/[.!?](?:\s|$)/);
  return stop < 0 ? rest : rest.slice(0, stop + 1);
}

/** Why a pair of one article's figures gave no finding: the first guard that held (internal-stops.mjs traces them). */
export type InternalStop = "other-language" | "adds-up" | "repeated" | "revised" | "part" | "set-aside" | "one-sentence" | "restatement" | "other-time" | "separate-events"
  | "among-several" | "running-total" | "count-going-on" | "placed-part" | "set-against" | "from-different-things" | "not-same-thing"
  | "values-agree" | "explained" | "doubly-unsure" | "series";

/** One pair of an article's figures and what the rule made of it: a finding, or the guard that stopped it. */
export interface InternalVerdict {
  a: Claim;
  b: Claim;
  stop?: InternalStop;
  finding?: Finding;
}

/**
 * Every pair of an article's figures of one measure, judged: the rule's findings are the
 * verdicts that carry one.
 */
export function internalVerdicts({ article, claims }: Pick<CheckContext, "article" | "claims">): InternalVerdict[] {
  const primary = claims.filter((claim) => claim.conversionOf === undefined);
  // Parts of a count: figures of a breakdown, a share told "Of those, ...", and counts added to another ("three more died").
  // A bare toll ("32 dead") is a toll of the story's event when the story names one.
  const story = storyEvent(primary);
  const lent = primary.filter((claim) => lentPart(claim, story, article.body));
  const parts = new Set([...inBreakdowns(primary, article.body), ...partsOfThose(primary, article.body), ...partsNamed(primary, article.body),
    ...additions(primary, article.body), ...addedToBases(primary, article.body), ...lent, ...bodiesPartOfToll(primary),
    ...furtherParts(primary, article.body)]);
  // A report in another language: the extractor reads figures without the words that tell them apart.
  const english = readAsEnglish(article.body);
  // Lists of counts of several groups ("saved 195 passengers and 35 crewmembers") and their sums: parts of a whole told elsewhere.
  const lists = listsOf(primary, article.body);
  const sums = listSums(lists);
  // A total and the breakdown the next sentence gives of it, told as complete, that do not add up.
  const short = english ? shortfalls(primary, lists, article.body) : [];
  // Where each figure's sentence says it was counted: a story counting place by place, or province by province.
  const places = placesByFigure(primary, article.body);
  const units = unitsByFigure(primary, article.body);
  // A roundup of events of one class at several places: an unplaced one may be any of them.
  const eventsAt = eventPlaces(primary);
  // A story that says it tells several events of one class ("12 people in two attacks").
  const several = severalTold(primary);
  const told = new Map(primary.map((claim) => [claim, inStory(claim, story, article.body)] as const));
  // Figures no frame ties but one report tells with the same word ("seven days of mourning" / "16 days of mourning").
  const toldWithWords = sameWordsPairs(primary, article.body, claims);
  // A list of three or more values of one measure, each beside its own label (frame/labelled-series.ts),
  // and a sub-headline's figure with its section's told alike (frame/section-lead.ts).
  const series = seriesOf(primary, article.body);
  const sectionLeads = sectionLeadPairs(primary, article.body, series);
  // One place's distance told twice ("about 30 miles northwest of the capital" / "about 20 miles from the capital").
  const distances = distancePairs(primary, article.body);
  const costs = costPairs(primary, article.body);
  // One vessel's length told under two words ("948-foot cargo ship" / "985-foot tanker").
  const vessels = vesselPairs(primary, article.body);
  const framedPairs = pairsWithin(primary);
  const paired = new Set(framedPairs.map(([x, y]) => `${x.id}\u0000${y.id}`));
  const unpaired = ([x, y]: [Claim, Claim]) => {
    const fresh = !paired.has(`${x.id}\u0000${y.id}`) && !paired.has(`${y.id}\u0000${x.id}`);
    paired.add(`${x.id}\u0000${y.id}`);
    return fresh;
  };
  const pairs = [...framedPairs, ...toldWithWords.pairs.filter(unpaired), ...sectionLeads.pairs.filter(unpaired), ...distances.pairs.filter(unpaired), ...costs.filter(unpaired),
    ...vessels.pairs.filter(unpaired)]
    .map(([x, y]) => (x.start <= y.start ? [x, y] : [y, x]) as [Claim, Claim]);
  // Figures the story puts in order once (an update, "has since risen") are in order for every
  // mention of them: "127 ... However, the death toll has since risen ... 129" explains the headline's 129 too.
  // So are two figures the story moves on from ("there were 70 confirmed dead ... Since then, more bodies have been found"),
  // and two figures one sentence sets against each other with revision words ("stood at 41,
  // instead of 49"; "kills 62 not 162, BNPB clarifies").
  const risen = risenSince(primary);
  const revised = everyMention(pairs, ([a, b]) => laterLevel(a, b, article.body) || risen(a, b) || overtaken(a, b, article.body)
    || (oneSentence(a, b) && explained(a, b, article.body)));
  // Likewise a place's share and the total, or two sources' counts the story compares in so many
  // words ("This figure is more than double the official death toll of 56"), are told apart once
  // for every mention: the sub-headline's "K-P ... 225 deaths" is the 225 "reported from Khyber-Pakhtunkhwa".
  const toldApartOf = everyMention(pairs, ([a, b]): InternalStop | undefined =>
    placedPart(a, b, primary, places, article.body, story?.places) || unitShare(a, b, units) || hospitalShare(a, b, article.body) || roomShare(a, b, article.body) ? "placed-part"
      : comparedInWords(a, b, article.body) ? "set-against" : undefined);
  // Figures the story itself calls an error or an unconfirmed first estimate.
  const aside = setAside(primary, article.body);
  const shown = new Set<string>();
  const stopOf = (a: Claim, b: Claim): InternalStop | SameThing => {
    if (!english) return "other-language";
    const figures = figuresKey(a, b);
    // One finding per pair of figures, however often the story repeats them.
    if (shown.has(figures)) return "repeated";
    if (revised(figures)) return "revised";
    if (parts.has(a) || parts.has(b)) return "part";
    if (addsUpTo(a, b, sums)) return "adds-up";
    // "is estimated to exceed 80,000" beside "stood at 69,181": what a count may come to, not what it is.
    if (aside.has(a) || aside.has(b) || forecastBeside(a, b, article.body)) return "set-aside";
    if (oneSentence(a, b)) return "one-sentence";
    if (restatement(a, b)) return "restatement";
    if (!sameTime(a.asOf, b.asOf, SAME_MOMENT_DAYS)) return "other-time";
    // Unless words of another time in one's sentence belong to another figure: "20 people were killed in Wednesday's landslide, which came three days after ...".
    if (separateEvents(a, b, article.body) && !datedToOneEvent(a, b, article.body, told)) return "separate-events";
    if (unplacedAmongSeveral(a, b, eventsAt) || ofSeveralTold(a, b, several)) return "among-several";
    // Everyone who came since a start and those in some state now are two counts (tally.ts runningTotal).
    if (runningTotal(a, sentenceOf(a, article.body)) !== runningTotal(b, sentenceOf(b, article.body))) return "running-total";
    // "have killed thousands of villagers since 2014" beside the blast's 14: years of a count, not the story's.
    if (overYearsBeside(a, b, article.body)) return "running-total";
    // "Authorities on Tuesday confirmed 248 deaths ... officials confirmed 266": the count of two days.
    if (countedOnTwoDays(a, b, article.body)) return "count-going-on";
    const toldApart = toldApartOf(figures);
    if (toldApart) return toldApart;
    // "N taller than X" and "M taller than Y"; "the maximum ... 36.8" and "the minimum ... 26.8".
    if (fromDifferentThings(a, b, article.body) || oppositeEnds(a, b, article.body)) return "from-different-things";
    if (inSeries(a, b, series)) return "series";
    const comparison = compareClaims(told.get(a) ?? a, told.get(b) ?? b);
    // Nothing ties two tolls across reports, but one report tells one story (frame/one-story-toll.ts).
    const match = comparison.match ?? (comparison.stop === "no-anchor" ? oneStoryToll(a, b, article.body) : null)
      ?? (toldAlike(a, b, comparison.stop) ? sameWordsMatch(a, b, article.body, toldWithWords.words) ?? sectionLeadMatch(a, b, sectionLeads.why)
        ?? distanceMatch(a, b, distances.why) ?? costMatch(a, b, costs) : null) ?? vesselMatch(a, b, vessels.why);
    if (!match) return "not-same-thing";
    // Two floors agree ("at least 41" told as "41" too, and a headline's "over 50").
    const floor = (x: Claim, y: Claim) => (y.qualifier === "atLeast" ? toldAsFloor(x, primary) : x);
    // "Thousands" displaced and "tens of thousands" displaced: a worded magnitude is a floor. Unless
    // the report says the counts differ ("conflicting reports", "reported a higher toll").
    if ((!valuesDisagree(floor(a, b), floor(b, a)) || reachesMagnitude(a, b)) && !toldDiffer(a, b, article.body)) return "values-agree";
    // A sub-headline's figure and its section's: only revision words beside either explain them.
    const led = [sectionLeads.why.get(a)?.get(b), sectionLeads.why.get(b)?.get(a)].includes(match.why);
    if (led ? revisedNear(a, b, article.body) : explained(a, b, article.body)) return "explained";
    return match;
  };
  return pairs.map(([a, b]): InternalVerdict => {
    const breakdown = shortfallOf(a, b, short);
    if (breakdown && !shown.has(figuresKey(a, b))) {
      shown.add(figuresKey(a, b));
      return { a, b, finding: shortfallFinding(breakdown, NAME) };
    }
    const match = stopOf(a, b);
    if (typeof match === "string") return { a, b, stop: match };
    const sources = sourcesDiffer(a, b, article.body);
    // Far apart on a weak match is two doubts, unless two sources are named for the two figures.
    if (!sources && doublyUnsure(a, b, match)) return { a, b, stop: "doubly-unsure" };
    const severity = severityOf(a, b, match, sources);
    shown.add(figuresKey(a, b));
    return { a, b, finding: makeFinding({ rule: NAME, kind: "internal-conflict", severity, claims: [a, b], explanation: explanationOf(a, b, severity, match, sources) }) };
  });
}

/**
 * @example internalConflict.check(context) // a contradiction for "six people were killed ... the attack killed nine"
 */
export const internalConflict: CheckRule = {
  name: NAME,
  check(context: CheckContext): Finding[] {
    return internalVerdicts(context).flatMap((verdict) => (verdict.finding ? [verdict.finding] : []));
  },
};
