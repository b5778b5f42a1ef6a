import type { Claim, Frame, ScopeEntity } from "../model.js";
import { sameSubject } from "../subject-match.js";
import { EVENT_BOUND_MEASURES } from "./data/frame-classes.js";
import { dateStrength } from "./frame/date-strength.js";
import { type Pair, specificAnchor, type Strength } from "./frame/pair.js";
import { isAddition } from "./frame/addition.js";
import { comparableChange } from "./frame/change.js";
import { relateEvents, withCount } from "./frame/event.js";
import { relateScopes } from "./frame/scope.js";
import { STORY_EVENT } from "./frame/story.js";
import { sharedStoryNames, withoutStoryNames } from "./frame/story-names.js";
import { frameWhy, subjectWhy } from "./frame/why.js";
import { getUnit } from "../units/index.js";
import { asserts, isNumeric, PHYSICAL, sameMeasure, specific } from "./pairs.js";
import { daySpan, sameTime } from "./time.js";

/**
 * Whether two claims are about the same thing, and how sure that is. A contradiction needs a
 * strong match; a weak one (the same measure and an anchor in common, but an event named on one
 * side only, or a physical measure with nothing named) is worth a discrepancy at most. Claims
 * stored before frames existed are matched by their subject words, as before.
 */
export interface SameThing {
  strength: "strong" | "weak";
  /** Why they were judged the same thing: "both: “injured” in the bombing in Kabul, 3 May 2021". */
  why: string;
}

const STORY_WHY = " (a figure that names no event of its own is taken as the story's, which names only this one)";

/** Reports this close are one news cycle: an undated event in both is likely the same one. */
const NEWS_CYCLE_DAYS = 3;

/** When each figure's event happened, or else when it was reported. */
function moment(claim: Claim, frame: Frame): string | undefined {
  return frame.event?.date ?? claim.asOf;
}

function countStrength(pair: Pair): Strength {
  const { a, b, fa, event, scope } = pair;
  const oneArticle = a.articleId === b.articleId;
  const close = sameTime(moment(a, pair.fa), moment(b, pair.fb), NEWS_CYCLE_DAYS);
  const anchored = scope.shared.length > 0;
  if (event.kind === "same") return oneArticle ? oneStoryEvent(pair) : sameEventStrength(pair, close);
  // A measured thing ("the strip is 30 km deep") names what it is about by its measure.
  if (!anchored) return physical(a) && event.kind === "none" ? "strong" : null;
  if (EVENT_BOUND_MEASURES.has(fa.measure.id) && !oneArticle && !close) return null;
  return event.kind === "one-sided" ? "weak" : "strong";
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
 * is weak: a discrepancy at most, never a contradiction. Not pinned in time, it is none.
 */
function sameEventStrength({ a, b, fa, fb, event, scope }: Pair, close: boolean): Strength {
  const dated = event.kind === "same" && event.dated;
  const unplaced = !named(fa) && !named(fb) && sameTime(a.asOf, b.asOf, 1);
  const inPlace = (event.kind === "same" && event.placed) || scope.shared.some(specificAnchor) || unplaced;
  // An event the extraction gave a toll from the story (not its own words), with no place, ties
  // it to no particular city: across stories it is no anchor against an event placed elsewhere.
  const placedHere = (event.kind === "same" && event.placed) || scope.shared.some(specificAnchor);
  if (!placedHere && (inferredUnplaced(fa) || inferredUnplaced(fb))) return null;
  // Not pinned in time: in one place, another event of the class (they recur); nowhere, nothing.
  if (!dated && !close) return null;
  return inPlace ? "strong" : "weak";
}

/** A story's event the extraction lent a toll (rule frame.story-event) that says nowhere. */
function inferredUnplaced(frame: Frame): boolean {
  return Boolean(frame.rules?.includes("frame.story-event")) && !frame.event?.place && !frame.scope.some(specificAnchor);
}

/** Whether a frame names where or whose: its event's place, or a specific entity in its scope ("the Bali attack"). */
function named(frame: Frame): boolean {
  return Boolean(frame.event?.place) || frame.scope.some(specificAnchor);
}

/**
 * An event with no place whose own words name an entity of the claim's scope ("the mass shooting
 * at Las Vegas", "the Bali attack", "the San Cristobal explosion") happened there: the name
 * places it, though the gazetteer does not know it as a place.
 * @example placedByName({ id: "attack", text: "shooting at Las Vegas" }, [lasVegasNamed]).place // "las-vegas"
 */
function placedByName(event: Frame["event"], scope: Frame["scope"]): Frame["event"] {
  if (!event || event.place) return event;
  const words = ` ${event.text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ")} `;
  // The entity as a run of words, from its text or its id ("las-vegas" is "las vegas").
  const said = (entity: ScopeEntity) => [entity.text, entity.id].some((name) => {
    const run = name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
    return run.length > 2 && words.includes(` ${run} `);
  });
  const named = scope.find((entity) => specificAnchor(entity) && !LOCAL.test(entity.id) && said(entity));
  return named ? { ...event, place: named.id } : event;
}

/** Each claim's event as its words state it, worked out once: a claim is compared with many. */
const STATED = new WeakMap<Claim, Frame["event"]>();

function statedEvent(claim: Claim, frame: Frame): Frame["event"] {
  if (STATED.has(claim)) return STATED.get(claim);
  const event = placedByName(withCount(frame.event, claim.subject?.text), frame.scope);
  STATED.set(claim, event);
  return event;
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

/** A measured thing (a length, an area, a mass): specific by its measure, as before frames. */
function physical(claim: Claim): boolean {
  const dimension = claim.dimension ?? (claim.unit === undefined ? undefined : getUnit(claim.unit)?.dimension);
  return dimension !== undefined && PHYSICAL.has(dimension);
}

/**
 * Same measure class; a measured thing whose dimension the text leaves open ("a 30-km strip",
 * `strip`) agrees with the same thing of a named dimension (`depth.strip`), never two named
 * dimensions (`depth.strip`, `length.strip`).
 */
function measuresAgree(a: Claim, fa: Frame, b: Claim, fb: Frame): boolean {
  const [x, y] = [fa.measure.id, fb.measure.id];
  if (x === y) return true;
  const open = (bare: string, claim: Claim, named: string) => !bare.includes(".") && physical(claim) && named.endsWith(`.${bare}`);
  return open(x, a, y) || open(y, b, x);
}

/** Labels from a document's structure ("section:", "row:") mean something only inside their article. */
const LOCAL = /^(?:section|row):/;

/** A claim's scope as compared: a story's names (frame/story-names.ts) are matched apart. */
function scopeFor(frame: Frame, oneArticle: boolean): Frame["scope"] {
  const scope = withoutStoryNames(frame.scope);
  return oneArticle ? scope : scope.filter((entity) => !LOCAL.test(entity.id));
}

/** Rules of the subject steps that mark a scope narrower than the story's ("in the capital alone", a heading). */
const NARROWING = new Set(["frame.scope-alone", "frame.structure"]);

/**
 * A figure the text narrows on purpose ("in the capital alone", a list under a region heading)
 * is not the figure of a claim that lacks that narrowing entity.
 */
function narrowedAlone(frame: Frame, own: Frame["scope"], other: Frame["scope"]): boolean {
  if (!(frame.rules ?? []).some((rule) => NARROWING.has(rule))) return false;
  return own.some((entity) => !other.some((o) => o.id === entity.id));
}

function legacy(a: Claim, b: Claim, dates: boolean): SameThing | null {
  if (!a.subject || !b.subject || !sameSubject(a.subject, b.subject)) return null;
  if (dates ? !(a.subject.event?.trim() && b.subject.event?.trim()) : !specific(a, b)) return null;
  return { strength: "strong", why: subjectWhy(a.subject, b.subject) };
}

/**
 * Two reports' tolls that name no event or place of their own but whose stories share a rare name
 * in headline and lead ("Kanjuruhan"), within a week: likely one event, worded so differently
 * that nothing else ties them. Weak: a discrepancy at most.
 */
function byStoryNames({ a, b, fa, fb, scope }: Pair): SameThing | null {
  const names = sharedStoryNames(a, fa, b, fb);
  if (names.length === 0) return null;
  return { strength: "weak", why: `${frameWhy(fa, fb, scope.shared)}; both name ${names.map((n) => n.text).join(", ")}` };
}

/**
 * @example sameThing(injuredInKabulOnMay3, woundedInKabulOnMay3) // { strength: "strong", why: "both: “injured” / “wounded” in the bombing in Kabul, 3 May 2021" }
 * @example sameThing(bombingOnMay3, bombingOnMay10) // null: two events
 */
export function sameThing(a: Claim, b: Claim): SameThing | null {
  if (!asserts(a) || !asserts(b)) return null;
  // "three more people died": a part added to the toll, not the toll.
  if (isAddition(a) || isAddition(b)) return null;
  const dates = a.kind === "date" && b.kind === "date" && typeof a.value === "string" && typeof b.value === "string";
  if (!dates && !(isNumeric(a) && isNumeric(b) && sameMeasure(a, b))) return null;
  const [fa, fb] = [a.subject?.frame, b.subject?.frame];
  if (!fa || !fb) return legacy(a, b, dates);
  if (!measuresAgree(a, fa, b, fb) || !comparableChange(a, b)) return null;
  const event = relateEvents(statedEvent(a, fa), statedEvent(b, fb), fa.scope, fb.scope);
  if (event.kind === "different") return null;
  const oneArticle = a.articleId === b.articleId;
  const [sa, sb] = [scopeFor(fa, oneArticle), scopeFor(fb, oneArticle)];
  if (narrowedAlone(fa, sa, sb) || narrowedAlone(fb, sb, sa)) return null;
  const scope = relateScopes(sa, sb, event.kind === "same");
  if (scope.conflict !== undefined || scope.partOfWhole !== undefined) return null;
  const pair: Pair = { a, b, fa, fb, event, scope };
  const strength = dates ? dateStrength(pair) : countStrength(pair);
  if (!strength) return dates || oneArticle ? null : byStoryNames(pair);
  // A toll given the story's event because it names none (frame/story.ts) may still be a part.
  const told = [fa, fb].some((frame) => frame.rules?.includes(STORY_EVENT));
  return { strength: told ? "weak" : strength, why: `${frameWhy(fa, fb, scope.shared)}${told ? STORY_WHY : ""}` };
}
