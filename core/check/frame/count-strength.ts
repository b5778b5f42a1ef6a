import type { Claim, Frame } from "../../model.js";
import { EVENT_BOUND_MEASURES } from "../data/frame-classes.js";
import { convert, getUnit } from "../../units/index.js";
import { PHYSICAL } from "../pairs.js";
import { daySpan, sameTime } from "../time.js";
import { localAnchor, mayCoincide, presumptionWhy } from "./news-cycle.js";
import { lentUnplaced, type Pair, specificAnchor, type Strength } from "./pair.js";
import { twoStories } from "./thing-story.js";
import { sharedNames, storyNamesOf } from "./story-shared.js";

/**
 * How sure a match of two counts (not dates) is, from how their events, scopes and times relate.
 * `note` says what the match rests on beyond the frames both sides share (the news-cycle
 * presumption, frame/news-cycle.ts), for the explanation.
 */
export interface CountMatch {
  strength: Strength;
  note?: string;
}

/** Reports this close are one news cycle: an undated event in both is likely the same one. */
const CLOSE_DAYS = 3;

/** When each figure's event happened, or else when it was reported. */
function moment(claim: Claim, frame: Frame): string | undefined {
  return frame.event?.date ?? claim.asOf;
}

/**
 * Not pinned in time by dates or one news cycle, two figures with a local anchor in common whose
 * events may have happened on one day are taken as one event by the news-cycle presumption: a
 * weak match (a discrepancy at most), and the explanation says so.
 */
function presumed(pair: Pair): CountMatch {
  const anchor = mayCoincide(pair) ? localAnchor(pair) : undefined;
  return anchor ? { strength: "weak", note: presumptionWhy(pair, anchor) } : { strength: null };
}

/**
 * @example countStrength(pair).strength // "strong" for two tolls of the bombing in Kabul on 3 May 2021
 */
export function countStrength(pair: Pair): CountMatch {
  const { a, b, fa, event, scope } = pair;
  const oneArticle = a.articleId === b.articleId;
  const close = sameTime(moment(a, pair.fa), moment(b, pair.fb), CLOSE_DAYS);
  const anchored = scope.shared.length > 0;
  if (event.kind === "same") return oneArticle ? { strength: oneStoryEvent(pair) } : sameEventStrength(pair, close);
  // A measured thing ("the strip is 30 km deep") names what it is about by its measure.
  if (!anchored) return { strength: physical(a) && event.kind === "none" && !twoStories(pair.fa, pair.fb) && (sameOrder(a, b) || storyShared(pair.fa, pair.fb)) ? "strong" : null };
  if (EVENT_BOUND_MEASURES.has(fa.measure.id) && !oneArticle && !close) return presumed(pair);
  if (event.kind === "one-sided" && !oneArticle && roleAlone(pair)) return { strength: null };
  return { strength: event.kind === "one-sided" ? "weak" : "strong" };
}

/**
 * Two reports' figures sharing nothing but a group of people ("Nine passengers were killed",
 * no event, against "Fifteen passengers died when the bus plunged into a gorge"), one of them
 * with an event: passengers die in many crashes a week, so the group ties them only on one
 * report day (the same story told twice the same day: IANS on the 2015 Anekal derailment, 12
 * and nine passengers; Fox and Inside Edition on the 2021 Kabul airport bombing, 10 and 11 Marines).
 */
function roleAlone({ a, b, scope }: Pair): boolean {
  return scope.shared.every((entity) => entity.kind === "group") && !sameTime(a.asOf, b.asOf, 0);
}

/**
 * Two articles' figures of one class of event: events recur (four bombings in four cities on
 * one day; a bombing in one city a week later), so a contradiction needs the event pinned down
 * in both place and time. Place: both name the event's place and they agree, or both name one
 * specific entity (a city, a group, a proper name; not a venue noun like "the market"), or
 * neither names a place or a proper name at all and the two reports are of one day (nothing
 * tells them apart).
 * Time: both date the event alike, or the event's date (else the report's) and the other's are
 * one news cycle apart. Pinned in time but not in place (a place on one side only), the match
 * is weak: a discrepancy at most, never a contradiction. Not pinned in time, only the news-cycle
 * presumption can make it one event, weakly.
 */
function sameEventStrength(pair: Pair, close: boolean): CountMatch {
  const { a, b, fa, fb, event, scope } = pair;
  const dated = event.kind === "same" && event.dated;
  const unplaced = !named(fa) && !named(fb) && sameTime(a.asOf, b.asOf, 1);
  const inPlace = (event.kind === "same" && event.placed) || scope.shared.some(specificAnchor) || unplaced;
  // An event the extraction gave a toll from the story (not its own words), with no place, ties
  // it to no particular city: across stories it is no anchor against an event placed elsewhere.
  const placedHere = (event.kind === "same" && event.placed) || scope.shared.some(specificAnchor);
  if (!placedHere && (lentUnplaced(fa) || lentUnplaced(fb))) return { strength: null };
  // Placed on one side only, dated on neither, and the two stories named apart ("off Guayaquil" / "in Pakistan", three days apart): two events.
  if (!placedHere && !dated && namedApart(fa, fb)) return { strength: null };
  if (!dated && !close) return presumed(pair);
  return { strength: inPlace ? "strong" : "weak" };
}

/** Whether both frames carry their stories' names and the stories share none. */
function namedApart(fa: Frame, fb: Frame): boolean {
  const [mine, theirs] = [storyNamesOf(fa), storyNamesOf(fb)];
  return mine.length > 0 && theirs.length > 0 && sharedNames(mine, theirs).length === 0;
}

/** Whether a frame names where or whose: its event's place, or a specific entity in its scope ("the Bali attack"). */
function named(frame: Frame): boolean {
  return Boolean(frame.event?.place) || frame.scope.some(specificAnchor);
}

/**
 * Inside one story, an event both figures name is the story's, unless only one side dates it
 * and that date lies days before the story ("the bombing at Tel Aviv's bus station on January
 * 5, in which 23 were killed", in a report of March 6): the extraction dates every mention of
 * the story's event alike, so a lone earlier date is another event the story recalls.
 */
function oneStoryEvent({ a, b, fa, fb, event }: Pair): Strength {
  if (event.kind !== "same" || event.dated) return "strong";
  const [dated, undated] = fa.event?.date ? [fa, b] : fb.event?.date ? [fb, a] : [undefined, undefined];
  if (!dated?.event?.date || !undated) return "strong";
  const [then, story] = [daySpan(dated.event.date), daySpan(undated.asOf)];
  return then && story && story.first - then.last >= RECALLED_DAYS ? null : "strong";
}

/** An event dated this many days or more before a story that also names an undated one is another event. */
const RECALLED_DAYS = 2;

/** How many times larger one measure may be than the other and still be taken as one thing by its measure alone. */
const ORDER = 10;

/**
 * Two measures within an order of magnitude: tied by nothing but their measure ("water", "bridge") and no story name
 * in common, figures far apart are two things ("85 million acre feet" a dam holds, "70 million litres" another dam let out), not one
 * misreported; a unit slip (feet for metres, miles for kilometres) stays well inside it.
 */
function sameOrder(a: Claim, b: Claim): boolean {
  if (typeof a.value !== "number" || typeof b.value !== "number" || a.value <= 0 || b.value <= 0) return true;
  const moved = a.unit !== undefined && b.unit !== undefined ? convert(a.value, a.unit, b.unit) : a.value;
  if (moved === null || moved <= 0) return true;
  return Math.max(moved, b.value) / Math.min(moved, b.value) <= ORDER;
}

/** Whether the two reports' stories share a name ("Mosul" in both): then figures far apart may still be one thing misreported. */
function storyShared(fa: Frame, fb: Frame): boolean {
  return sharedNames(storyNamesOf(fa), storyNamesOf(fb)).length > 0;
}

/** A measured thing (a length, an area, a mass): specific by its measure, as before frames. */
export function physical(claim: Claim): boolean {
  const dimension = claim.dimension ?? (claim.unit === undefined ? undefined : getUnit(claim.unit)?.dimension);
  return dimension !== undefined && PHYSICAL.has(dimension);
}
