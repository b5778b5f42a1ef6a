import type { Claim, Frame, ScopeEntity } from "../model.js";
import { sameSubject } from "../subject-match.js";
import { countStrength, physical } from "./frame/count-strength.js";
import { dateMatch } from "./frame/date-strength.js";
import { type Pair, specificAnchor } from "./frame/pair.js";
import { isAddition } from "./frame/addition.js";
import { extentAgrees, heightAgrees, namedMeasure, namedWhy } from "./frame/named-measure.js";
import { comparableChange } from "./frame/change.js";
import { otherStructure } from "./frame/companion.js";
import { relateEvents, withCount } from "./frame/event.js";
import { relateScopes } from "./frame/scope.js";
import { LOCAL, narrowedAlone, scopeFor } from "./frame/compared-scope.js";
import { STORY_EVENT } from "./frame/story.js";
import { reportStoryMatch } from "./frame/story-names.js";
import { retoldMatch } from "./frame/retold-event.js";
import { storyPlaced } from "./frame/story-places.js";
import { storyWhy } from "./frame/story-shared.js";
import { ofThing, storyFigure } from "./frame/story-figure.js";
import { frameWhy, subjectWhy } from "./frame/why.js";
import { asserts, isNumeric, sameMeasure, specific } from "./pairs.js";
import { openThing } from "./frame/open-dimension.js";
import { thingOfStory } from "./frame/thing-of-story.js";
import { lentStory } from "./frame/thing-story.js";
import { ageMatch } from "./frame/age.js";

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

const LENT_WHY = " (the figures name no thing of their own; both reports' stories name ";
const STORY_WHY = " (a figure that names no event of its own is taken as the story's, which names only this one)";

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
 * Same measure class; a measured thing whose dimension the text leaves open ("a 30-km strip",
 * `strip`) agrees with the same thing of a named dimension (`depth.strip`), never two named
 * dimensions (`depth.strip`, `length.strip`).
 */
function measuresAgree(a: Claim, fa: Frame, b: Claim, fb: Frame): boolean {
  const [x, y] = [fa.measure.id, fb.measure.id];
  if (x === y) return true;
  // "the 948-foot Dali" (a bare length: "extent") is the Dali's length or a tower's height, never its depth;
  // so is a report's figure framed by its story ("will reach 984 feet" of the tower the report is about).
  if (ofThing(fa) && ofThing(fb) && [x, y].includes("extent")) return extentAgrees(x, y);
  if (ofThing(fa) && ofThing(fb) && heightAgrees(x, y)) return true;
  const open = (bare: string, claim: Claim, named: string) => !bare.includes(".") && physical(claim) && named.endsWith(`.${bare}`);
  return open(x, a, y) || open(y, b, x) || openThing(x, fa, y) || openThing(y, fb, x) || costOfThing(x, y, a, b);
}

const COST = "cost";

/**
 * "the project cost $3.2 billion" in one report and "the dam cost US$3.5 billion" in another: two
 * outlets' words for one story's cost (`cost` and `cost.dam`). Inside one article the two words
 * tell two costs (the dam's and the whole project's), so only across reports.
 */
function costOfThing(x: string, y: string, a: Claim, b: Claim): boolean {
  return a.articleId !== b.articleId && ((x === COST && y.startsWith(`${COST}.`)) || (y === COST && x.startsWith(`${COST}.`)));
}

function legacy(a: Claim, b: Claim, dates: boolean): SameThing | null {
  if (!a.subject || !b.subject || !sameSubject(a.subject, b.subject)) return null;
  if (dates ? !(a.subject.event?.trim() && b.subject.event?.trim()) : !specific(a, b)) return null;
  return { strength: "strong", why: subjectWhy(a.subject, b.subject) };
}

/**
 * Two reports' tolls that their frames do not tie (no place or no day in common, or no place both
 * stories name) but whose stories are one story (frame/story-names.ts: the same class of event,
 * distinctive names in common, published days apart): weak, a discrepancy at most; the
 * explanation says what ties them.
 */
function storyOnly(a: Claim, b: Claim, fa: Frame, fb: Frame): SameThing | null {
  const match = reportStoryMatch(a, fa, b, fb);
  // Past the story's weeks, a retold event is met by its kind, its time and a name (frame/retold-event.ts).
  return match ? { strength: "weak", why: storyWhy(match) } : a.articleId === b.articleId ? null : retoldMatch(a, fa, b, fb);
}

/**
 * Where the comparison of two claims stopped when they are not the same thing: the first test
 * they failed, named for a reader tracing a missed finding (tests and `tests/check` tools use it).
 */
export type NotSame =
  | "not-asserted" | "addition" | "units" | "subject-words" | "measure" | "companion" | "change" | "events-differ"
  | "narrowed-alone" | "scopes-conflict" | "part-of-whole" | "named-thing" | "no-anchor" | "no-story-match" | "aged-between";

/** The comparison of two claims: the match, or where it stopped. */
export type Comparison = { match: SameThing; stop?: undefined } | { match: null; stop: NotSame };

const stop = (why: NotSame): Comparison => ({ match: null, stop: why });
const found = (match: SameThing | null, otherwise: NotSame): Comparison => (match ? { match } : stop(otherwise));

/**
 * @example sameThing(injuredInKabulOnMay3, woundedInKabulOnMay3) // { strength: "strong", why: "both: “injured” / “wounded” in the bombing in Kabul, 3 May 2021" }
 * @example sameThing(bombingOnMay3, bombingOnMay10) // null: two events
 */
export function sameThing(a: Claim, b: Claim): SameThing | null {
  return compareClaims(a, b).match;
}

/**
 * `sameThing` with the reason when there is no match.
 * @example compareClaims(bombingOnMay3, bombingOnMay10).stop // "events-differ"
 */
export function compareClaims(a: Claim, b: Claim): Comparison {
  if (!asserts(a) || !asserts(b)) return stop("not-asserted");
  // "three more people died": a part added to the toll, not the toll.
  if (isAddition(a) || isAddition(b)) return stop("addition");
  const dates = a.kind === "date" && b.kind === "date" && typeof a.value === "string" && typeof b.value === "string";
  if (!dates && !(isNumeric(a) && isNumeric(b) && sameMeasure(a, b))) return stop("units");
  const [fa, fb] = [a.subject?.frame, b.subject?.frame];
  if (!fa || !fb) return found(legacy(a, b, dates), "subject-words");
  // Two ages of one named person (frame/age.ts): their names decide, not the story's events.
  const age = ageMatch(a, fa, b, fb);
  if (age !== undefined) return typeof age === "string" ? stop(age) : { match: age };
  if (!measuresAgree(a, fa, b, fb)) return stop("measure");
  // An escape tunnel's length is not the main tunnel's (frame/companion.ts).
  if (otherStructure(fa, fb)) return stop("companion");
  if (!comparableChange(a, b)) return stop("change");
  const oneArticle = a.articleId === b.articleId;
  const fromStory = storyFigure(fa) || storyFigure(fb);
  if (fromStory && oneArticle) return stop("no-anchor");
  const event = relateEvents(statedEvent(a, fa), statedEvent(b, fb), fa.scope, fb.scope, !oneArticle);
  // Two reports placing one story's event at two levels (a regency, its island), both named by both stories.
  if (event.kind === "different") return !oneArticle && storyPlaced(fa, fb) ? found(storyOnly(a, b, fa, fb), "events-differ") : stop("events-differ");
  const [sa, sb] = [scopeFor(fa, oneArticle), scopeFor(fb, oneArticle)];
  if (narrowedAlone(fa, sa, sb, oneArticle) || narrowedAlone(fb, sb, sa, oneArticle)) return stop("narrowed-alone");
  const scope = relateScopes(sa, sb, event.kind === "same");
  if (scope.conflict !== undefined) return stop("scopes-conflict");
  if (scope.partOfWhole !== undefined) return stop("part-of-whole");
  // A measure of a named thing is that thing's alone: the other figure must name it too, as a
  // named thing's measure or by the very measure ("Orebro ... about 200 kilometers from Stockholm"
  // and "the shooting in Örebro, a city about 160 kilometers west of the capital, Stockholm").
  const named = [namedMeasure(fa), namedMeasure(fb)];
  const ofStory = thingOfStory(fa, fb) ?? thingOfStory(fb, fa);
  if (named.some(Boolean) && !ofStory && !(scope.shared.length > 0 && ([fa, fb].every(ofThing) || fa.measure.id === fb.measure.id))) return stop("named-thing");
  // A figure framed from its report (frame/story-figure.ts): weak, and only through a named thing both name or the story match.
  if (fromStory) return scope.shared.some(specificAnchor) && !dates ? { match: { strength: "weak", why: frameWhy(fa, fb, scope.shared) } } : found(storyOnly(a, b, fa, fb), "no-story-match");
  const pair: Pair = { a, b, fa, fb, event, scope };
  const counted = dates ? dateMatch(pair) : countStrength(pair);
  const { note = "" } = counted;
  // A named thing tied to the other figure only through its story's names: a discrepancy at most.
  const strength = counted.strength && ofStory && !ofStory.said ? "weak" : counted.strength;
  if (strength && namedMeasure(fa)) return { match: { strength, why: namedWhy(fa, fb, scope.shared[0] ?? ofStory!.thing) } };
  // Across reports, a named thing's measure and its story's thing of that kind ("the US$3.5 billion Xayaboury
  // Hydroelectric Power Project", "this $3.2 billion dam" of a story of Xayaburi) are tied by the name alone: weakly.
  if (!strength && ofStory && !oneArticle && !dates) return { match: { strength: "weak", why: namedWhy(fa, fb, ofStory.thing) } };
  if (!strength) return dates || oneArticle ? stop("no-anchor") : found(storyOnly(a, b, fa, fb), "no-story-match");
  // A toll given the story's event because it names none (frame/story.ts) may still be a part.
  const told = [fa, fb].some((frame) => frame.rules?.includes(STORY_EVENT));
  // An unnamed thing's measure tied by its story's names (frame/thing-story.ts): the story may tell of two bridges.
  const lent = lentStory(fa, fb);
  const why = `${frameWhy(fa, fb, scope.shared)}${note}${told ? STORY_WHY : ""}${lent?.length ? `${LENT_WHY}${lent.join(", ")})` : ""}`;
  return { match: { strength: told || lent?.length ? "weak" : strength, why } };
}
