import type { Claim, Frame, ScopeEntity } from "../../model.js";
import { ONGOING_CLASSES, STORY_CLASS_FAMILIES } from "../data/story-classes.js";
import { GENERIC_EVENT_CLASSES } from "../data/event-words.js";
import { daySpan } from "../time.js";
import { typeClass } from "./event.js";
import { flag, mark, type SharedName, sharedNames, storyNamesOf } from "./story-shared.js";
import { agreedNames, knownAlone, knownOnce, rareInBothLeads, rareSameDay, rareToldOnce } from "./story-agree.js";
import { asideOfStory, partOfStory } from "./story-places.js";
import { countsAnIncident, holdsAtAnyTime } from "../claim-index-windows.js";

/**
 * The story identity: what makes two reports reports of one story when their tolls name no place
 * and no day of their own ("earthquake" / "the disaster"). A reader knows that two articles a day
 * apart that both name Mandalay and Sagaing and both tell of an earthquake are about one
 * earthquake. The extraction (core/extract/subject/story-names.ts) lends a story's tolls its
 * distinctive names as scope entities `{ kind: "named", id: "name:<slug>" }`, each carrying in
 * `within` what the story says of it:
 * - `lead`: the name is in the headline or lead (else it recurs in the body only);
 * - `known`: the gazetteer knows it as a place below country level (a city, a province: many
 *   events share one, so it counts only with another shared name);
 * - `day:YYYY-MM-DD`: the one day the headline and lead tell the event on;
 * - `class:<event class>`: the one kind of event the headline and lead tell of.
 * The names never clash and never anchor inside one article; across articles they make a WEAK
 * match (a discrepancy at most) under the rule of `storyMatch`.
 */

export { isKnownName, isLeadName, isStoryName, storyNamesOf, withoutStoryNames } from "./story-shared.js";

/**
 * How far apart two reports naming the same story may be published: a week, the window over
 * which a story is updated daily (tolls rise as bodies are found and the injured die) and the
 * index window of incident measures (INDEX_WINDOWS.incidentDays).
 */
export const STORY_NAME_DAYS = 7;

/**
 * How far apart two reports may be published and still be of one story when a rare name both
 * leads give ties them (`storyMatch`): three weeks, as long as a large disaster's toll is still
 * being counted ("Cyclone Idai: 446 dead" on 24 March, 602 on 10 April). The index reads story
 * keys this far (INDEX_WINDOWS.storyDays).
 */
export const STORY_LATER_DAYS = 21;

/** Leads telling days further apart than this tell two events ("on Saturday" / "on Friday" a week on). */
const LEAD_DAYS_APART = 1;

/**
 * The class of event a toll is of, for the story match: its own event's class when it names a
 * specific one, else the class the story's headline and lead tell of; then its family (a storm's
 * flood deaths are the storm's). Several events counted together ("twin blasts") stay apart.
 * @example storyClass(frameOf("the disaster", storyOfAnEarthquake)) // "earthquake"
 */
export function storyClass(frame: Frame): string | undefined {
  const id = toldClass(frame);
  return id === undefined ? undefined : STORY_CLASS_FAMILIES[id] ?? id;
}

/**
 * The classes of event a toll may be of, for the story match and its index keys: its one class
 * (`storyClass`), else the two its story's lead tells of one incident ("crash and fire at Cairo
 * train station": core/extract/subject/story-names.ts STORY_BOTH), by family; a report telling the
 * fire alone is of one of them.
 * @example storyClasses(frameOf("At least 28 people have been killed", storyOfCrashAndFire)) // ["crash", "fire"]
 */
export function storyClasses(frame: Frame): string[] {
  const one = storyClass(frame);
  if (one !== undefined) return [one];
  const both = storyNamesOf(frame).map((n) => mark(n, BOTH)).find(Boolean);
  return both ? [...new Set(both.split("+").map((id) => STORY_CLASS_FAMILIES[id] ?? id))] : [];
}

/** The mark of the two classes a lead tells of one incident (core/extract/subject/story-names.ts STORY_BOTH). */
const BOTH = "both:";

/** Two tolls' classes for the story match: a toll of no one class whose lead tells two takes the other's when it is one of them. */
function pairClasses(fa: Frame, fb: Frame): [string | undefined, string | undefined] {
  const [ca, cb] = [storyClass(fa), storyClass(fb)];
  if (ca === undefined && cb !== undefined && storyClasses(fa).includes(cb)) return [cb, cb];
  if (cb === undefined && ca !== undefined && storyClasses(fb).includes(ca)) return [ca, ca];
  return [ca, cb];
}

/** The class of event a toll is of, before its family (`storyClass`): "landslide", not "storm". */
function toldClass(frame: Frame): string | undefined {
  const event = frame.event;
  const own = event && !GENERIC_EVENT_CLASSES.has(event.id) ? typeClass(event) : undefined;
  return own ?? storyNamesOf(frame).map((n) => mark(n, "class:")).find(Boolean);
}

const ONGOING: ReadonlySet<string> = new Set(ONGOING_CLASSES);

/** Whether either toll is of an event that lasts days and spreads over places (data/story-classes.ts ONGOING_CLASSES). */
const lasting = (fa: Frame, fb: Frame): boolean => [fa, fb].some((frame) => ONGOING.has(toldClass(frame) ?? ""));

/** The day a story's lead tells its event on, as its names carry it (`day:` marks). */
export function leadDay(names: readonly ScopeEntity[]): string | undefined {
  return names.map((n) => mark(n, "day:")).find(Boolean);
}

/** The day a story's lead tells its event on, when it is one whole day ("1976-07-28", not "1976-07"): what ties its retellings. */
export function leadFullDay(names: readonly ScopeEntity[]): string | undefined {
  const day = leadDay(names);
  const span = day === undefined ? null : daySpan(day);
  return span && span.first === span.last ? day : undefined;
}

function fullDay(claim: Claim): number | undefined {
  const span = daySpan(claim.asOf);
  return span && span.first === span.last ? span.first : undefined;
}

/** The story match: the names two tolls' stories share and what else ties them, or null. */
export interface StoryMatch {
  names: ScopeEntity[];
  /** Undefined when neither report's words name a kind of event. */
  eventClass: string | undefined;
  days: number;
}

/**
 * Whether two tolls of two reports are of one story: the same measure and no conflicting place
 * or date (the caller's checks), and
 * - both published on known days at most STORY_NAME_DAYS apart (STORY_LATER_DAYS when a rare
 *   name both leads give ties them), their leads telling no days more than a day apart;
 * - the same class of event (their own, or their story's when they name none or a generic one;
 *   a report naming no kind at all, or both, when a rare lead name and another tie them);
 * - enough distinctive names in common (story-shared.ts: a name written short and in full is
 *   one): one both leads name, and besides it another shared name, unless it is a rare name the
 *   gazetteer does not know ("Kanjuruhan", "Idai": a known city or province alone has many events
 *   of one class in a week); or, within the week, a rare name one lead gives and the other
 *   report's body, and another shared name; or a known place both leads give alone, with the same
 *   day of the event or published within two days, and no finer places of their own (`knownAlone`);
 *   or such a place one lead gives and the other report's body, its lead naming no place (`knownOnce`);
 *   or, both telling one class, a rare name one lead gives and the other report's body, that
 *   report's lead giving no finer place of its own (`rareToldOnce`); when one report names no kind
 *   of event, a rare name both leads give ties them on the terms of `knownAlone` (`rareInBothLeads`).
 * @example storyMatch(quakeTollOfMandalayReport, disasterTollOfNextDayReport) // { names: [Mandalay, Sagaing], eventClass: "earthquake", days: 1 }
 */
export function storyMatch(a: Claim, fa: Frame, b: Claim, fb: Frame): StoryMatch | null {
  const [mine, theirs] = [storyNamesOf(fa), storyNamesOf(fb)];
  if (mine.length === 0 || theirs.length === 0) return null;
  const [x, y] = [fullDay(a), fullDay(b)];
  if (x === undefined || y === undefined) return null;
  if (Math.abs(x - y) > STORY_LATER_DAYS) return retoldStory(fa, fb, mine, theirs, Math.min(x, y), Math.abs(x - y));
  const [da, db] = [leadDay(mine), leadDay(theirs)];
  if (da && db && Math.abs((daySpan(da)?.first ?? 0) - (daySpan(db)?.first ?? 0)) > LEAD_DAYS_APART) return null;
  const [ca, cb] = pairClasses(fa, fb);
  const eventClass = ca ?? cb;
  if (ca !== undefined && cb !== undefined && ca !== cb) return null;
  if (partOfStory(fa, theirs, fb.event?.place) || partOfStory(fb, mine, fa.event?.place)) return null;
  if (asideOfStory(fa) || asideOfStory(fb)) return null;
  const pairs = agreedNames(sharedNames(mine, theirs), ca, cb, da, db);
  const shared = pairs.map((p) => p.mine);
  const inLeads = pairs.filter((p) => flag(p.mine, "lead") && flag(p.theirs, "lead"));
  const rareOf = (list: readonly SharedName[]) => list.some((p) => !flag(p.mine, "known") && !flag(p.theirs, "known"));
  const rare = rareOf(inLeads);
  // A rare name one lead gives and the other report only further down ("in Kullu district of the
  // Himalayan state"): outlets put different names in their headlines. With another name in
  // common it ties the reports as a name both leads give would.
  const told = rareOf(pairs.filter((p) => flag(p.mine, "lead") || flag(p.theirs, "lead"))) && shared.length >= 2;
  const week = Math.abs(x - y) <= STORY_NAME_DAYS;
  // A report whose words name no kind of event ("Death toll of Ikoyi collapsed building rises to
  // 38", "the bus accident") is of the other's kind, or of one kind with it, when the names tie
  // them twice over: a rare name a lead gives, and another name in common, within the week.
  // A rare name both leads give, and the same day, ties them too (`rareInBothLeads`).
  const days = Math.abs(x - y);
  // A rare name both carry anywhere, and the same day (`rareSameDay`), ties them as well, unless
  // the event lasts days over many places (a flood's villages are named in every bulletin).
  const passing = !lasting(fa, fb) && rareSameDay(pairs, mine, theirs, days, da, db);
  if (ca === undefined || cb === undefined) return week && (told || rareInBothLeads(pairs, days, da, db) || passing) ? { names: shared, eventClass, days } : null;
  // Past the week, only a rare name both leads give ("Idai", "Cianjur", "Surfside") still ties
  // two reports: the toll of a large disaster is still being counted weeks on, and a rare place
  // rarely has two events of one class in a month (leads telling two days are two events, above).
  const enough = week ? (inLeads.length > 0 && (shared.length >= 2 || rare)) || told || knownAlone(inLeads, mine, theirs, days, da, db)
    || knownOnce(pairs, mine, theirs, days, da, db) || rareToldOnce(pairs, mine, theirs) || passing : rare;
  return enough ? { names: shared, eventClass, days } : null;
}


/**
 * Two retellings of one past event however far apart they were published: both leads tell the
 * event's very day and its kind, and a rare name both leads give ("the Tangshan earthquake of
 * July 28, 1976", retold in 2010 and in 2020). A known city alone never ties them: it has had
 * other events of the kind, though rarely on the same day (the index reads the pair under
 * claim-index-story.ts `retoldAnchors`).
 * @example retoldStory(tollOfTangshan2010, tollOfTangshan2020, ...)?.eventClass // "earthquake"
 */
function retoldStory(fa: Frame, fb: Frame, mine: readonly ScopeEntity[], theirs: readonly ScopeEntity[], first: number, days: number): StoryMatch | null {
  const [da, db] = [leadFullDay(mine), leadFullDay(theirs)];
  if (!da || da !== db || daySpan(da)!.last > first) return null;
  const [ca, cb] = pairClasses(fa, fb);
  if (ca === undefined || ca !== cb || asideOfStory(fa) || asideOfStory(fb)) return null;
  const pairs = agreedNames(sharedNames(mine, theirs), ca, cb, da, db);
  const rare = pairs.some((p) => flag(p.mine, "lead") && flag(p.theirs, "lead") && !flag(p.mine, "known") && !flag(p.theirs, "known"));
  return rare ? { names: pairs.map((p) => p.mine), eventClass: ca, days } : null;
}

/**
 * A figure's frame with its report's story names when the frame carries none: the extraction
 * lends a story's names to the frames of tolls, and a figure of another measure ("12-story hotel",
 * "Six foreigners") carries them only on its head word (core/extract/subject/head-figures.ts). The
 * names are the report's either way, so the story match reads them there.
 * @example withReportNames(twelveStoryHotel, frameOf(twelveStoryHotel)!).scope // [name:kartalkaya, ...]
 */
export function withReportNames(claim: Claim, frame: Frame): Frame {
  const story = claim.headWord?.story ?? [];
  if (story.length === 0 || storyNamesOf(frame).length > 0) return frame;
  return { ...frame, scope: [...frame.scope, ...story] };
}

/**
 * The story match of two figures, their report's names read from the head word where the frame
 * carries none (`withReportNames`). A figure tied so on reports of different days must count what
 * one incident fixes (those aboard, the rescued) or a standing measure (a hotel's floors): the
 * families stranded, the unions flooded, the teams at work of a flood's daily bulletins go up and
 * down from one day to the next (retired G3's Bangladesh floods), so only one day's reports tie them.
 * @example reportStoryMatch(twelveStoryHotel, fa, elevenStoryHotel, fb)?.names // [Kartalkaya, ...]
 */
export function reportStoryMatch(a: Claim, fa: Frame, b: Claim, fb: Frame): StoryMatch | null {
  const [xa, xb] = [withReportNames(a, fa), withReportNames(b, fb)];
  const match = storyMatch(a, xa, b, xb);
  if (!match || (xa === fa && xb === fb) || match.days === 0) return match;
  return heldAcrossDays(fa.measure.id) && heldAcrossDays(fb.measure.id) ? match : null;
}

/** A measure one incident fixes or that stands (INDEX_WINDOWS' incident and standing measures), by its root ("floors" of "floors.hotel"). */
function heldAcrossDays(measure: string): boolean {
  return countsAnIncident(measure) || holdsAtAnyTime(measure);
}

/**
 * Whether a story's names could ever be enough for `storyMatch`: two names, one in the lead (a
 * known city alone ties two reports only with the same class and day, `knownAlone`; the index
 * files it by class, claim-index-event.ts), or a rare name of the body alone, which another
 * report's lead giving it ties when both tell one kind of event (`rareToldOnce`: "Dolakha" a
 * paragraph down under an avalanche headline). A city the body names once in passing never is.
 */
export function canMatch(names: readonly ScopeEntity[]): boolean {
  return names.length >= 2 || names.some((n) => flag(n, "lead") || !flag(n, "known"));
}
