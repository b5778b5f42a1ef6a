import type { Claim, Finding } from "../../model.js";
import { bodiesPartOfToll, valuesDisagree } from "../tally.js";
import { fallingFloor } from "../counting-toll.js";
import { partsOfThose } from "../frame/breakdown.js";
import { additions } from "../frame/addition.js";
import { pairsAcross } from "../pairs.js";
import type { CheckContext, CheckRule } from "../rule.js";
import { fixedDuration } from "../frame/named-measure.js";
import { sameThing } from "../same-thing.js";
import { physical } from "../frame/count-strength.js";
import { headPairs } from "../frame/head-match.js";
import { figuresKey } from "../repeats.js";
import { doublyUnsure } from "../scope.js";
import { SAME_MOMENT_DAYS, sameTime } from "../time.js";
import { grownApart } from "../growing.js";
import { toldRevision } from "../told-revision.js";
import { alsoSaid } from "../also-said.js";
import { bodiesBelowToll } from "../bodies-found.js";
import { belowOwnToll } from "../below-own-toll.js";
import { countNotDone } from "../count-not-done.js";
import { countsAttackers } from "../frame/attackers.js";
import { countedOnTheDay, laterHourOfTheDay, sameDayRise } from "../same-day.js";
import { slotPairs } from "../aligned/slot-pairs.js";
import { thingPairs } from "../aligned/thing-pairs.js";
import { chronological, conflict, NAME, partOverWhole } from "./cross-article-explanation.js";
import { partsOverWhole } from "../part-over-whole.js";

/**
 * This article against what other articles said about the same subject. Values that cannot
 * both hold at the same time contradict; at different times they are a discrepancy the
 * explanation puts down to time.
 */

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
 * A duration of something ongoing grows with time; only compare durations given at one moment. The area a fire
 * burns grows too (growing.ts): larger in a later report, it spread.
 * A named route's travel time does not grow, so it is compared at any time.
 */
function timeless(a: Claim, b: Claim): boolean {
  if (grownApart(a, b)) return false;
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
    const unsure = new Set<string>();
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
      if (!(falling || disagree)) continue;
      // Not sure the frames' match is one measure of one thing: the head word and the story may still tie the two (below); a
      // count far from another may be a part of it, whatever ties them.
      if (doublyUnsure(mine, theirs, match)) {
        if (physical(mine) && physical(theirs)) unsure.add(figures);
        continue;
      }
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
      if (shown.has(figures) || !timeless(mine, theirs) || (!unsure.has(figures) && sameThing(mine, theirs)) || countNotDone(mine, theirs, all)) continue;
      shown.add(figures);
      findings.push(conflict(mine, theirs, articles, match, false, false, undefined, label));
    }
    // Figures of two reports aligned as one story, paired by what each counts (aligned/slot-pairs.ts), and measures of one
    // named thing aligned by the thing (aligned/thing-pairs.ts): weak, a discrepancy at most. A story pair the frames judged
    // one thing is theirs, found or not; a thing pair is the thing's even so (its frames may not hold a standing measure timeless).
    const aligned = [...slotPairs({ article, claims: own }, others, articles), ...thingPairs({ article, claims }, related, articles)];
    for (const { mine, theirs, match, label, quoted, byThing } of aligned) {
      const figures = figuresKey(mine, theirs);
      if (shown.has(figures) || (!byThing && !unsure.has(figures) && sameThing(mine, theirs)) || countNotDone(mine, theirs, all) || alsoSaid(mine, theirs, all) || alsoSaid(theirs, mine, all)) continue;
      shown.add(figures);
      findings.push(conflict(quoted?.mine ?? mine, quoted?.theirs ?? theirs, articles, match, false, false, undefined, label));
    }
    // A group's count above the whole count of one event in another report (part-over-whole.ts).
    for (const { part, whole, match } of partsOverWhole(own, others)) {
      const figures = figuresKey(part, whole);
      if (shown.has(figures) || parts.has(part) || parts.has(whole)) continue;
      shown.add(figures);
      findings.push(partOverWhole(part, whole, articles, match));
    }
    return findings;
  },
};
