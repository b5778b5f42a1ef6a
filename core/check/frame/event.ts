import type { EventFrame, ScopeEntity } from "../../model.js";
import { EVENT_NOUNS, GENERIC_EVENT_CLASSES } from "../data/event-words.js";
import { datesAgree, formatDate } from "../time.js";
import { inside } from "./scope.js";
import divisions from "../../extract/subject/data/story-divisions.js";
import { VENUE_KINDS } from "../data/venue-kinds.js";

/**
 * Whether two figures belong to one event. Events of one type class ("bombing", "blast",
 * "explosion" are one class) agree unless their dates or places tell them apart: two bombings
 * in one city on different days are two events, and their figures are never compared. A date
 * written less precisely ("May 2021") agrees with a day in it ("3 May 2021").
 */
export type EventRelation =
  | { kind: "none" }
  | { kind: "one-sided" }
  | { kind: "different"; why: string }
  | { kind: "same"; dated: boolean; placed: boolean };

/** The ids a claim's scope knows a place by, with the places containing them. */
function knownPlaces(scope: readonly ScopeEntity[]): Map<string, ScopeEntity> {
  return new Map(scope.filter((entity) => entity.kind === "place").map((entity) => [entity.id, entity]));
}

/**
 * Two event places agree when equal, when one contains the other (a street and its city), or
 * when one side's scope names the other's place (the market of a bombing "in Kabul"). Two
 * places neither side relates ("the market" and "the mosque", "Kabul" and "Herat") differ.
 */
function placesAgree(x: string, y: string, scopeX: readonly ScopeEntity[], scopeY: readonly ScopeEntity[], reports: boolean): boolean {
  const stem = reports ? placeStem : (id: string) => id;
  if (x === y || stem(x) === stem(y)) return true;
  const [px, py] = [knownPlaces(scopeX), knownPlaces(scopeY)];
  const ex = px.get(x) ?? py.get(x);
  const ey = py.get(y) ?? px.get(y);
  if (ex && ey && (inside(ex, ey) || inside(ey, ex))) return true;
  const mentioned = (id: string, scope: readonly ScopeEntity[]) => scope.some((e) => [e.id, ...(e.within ?? [])].some((p) => stem(p) === stem(id)));
  return mentioned(x, scopeY) || mentioned(y, scopeX);
}

/** An administrative division's word after a place's name (data/story-divisions.ts): "-regency" of "banjarnegara-regency". */
const DIVISION = new RegExp(`-(?:${divisions.join("|")})$`);

/** A venue's word closing an id, by the word standing for its kind (data/venue-kinds.ts): "-shrine" -> "-temple". */
const VENUE = new Map(VENUE_KINDS.flatMap((kind) => kind.map((word) => [word, kind[0]!] as const)));
const VENUE_WORD = new RegExp(`(^|-)(${[...VENUE.keys()].join("|")})$`);

/**
 * An id whose last word is a venue's, with the word standing for its kind of venue: across
 * reports "shrine" is the "temple" of another outlet (data/venue-kinds.ts).
 * @example venueStem("naina-devi-shrine") // "naina-devi-temple"
 * @example venueStem("shrine") // "temple"
 */
export function venueStem(id: string): string {
  return id.replace(VENUE_WORD, (_all, dash: string, word: string) => `${dash}${VENUE.get(word)}`);
}

/**
 * A place's id without the word of its kind of division, and with one word for a kind of venue
 * outlets name two ways: "Banjarnegara Regency" and "Banjarnegara", "Jemblung Hamlet" and
 * "Jemblung" are one place as two outlets write it (one copies an official release, the other
 * does not), and so are "the Naina Devi temple" and "the Naina Devi shrine". Only across
 * reports: inside one article the two forms may be the writer's way of telling a whole from its
 * part ("the quake in Gansu Province killed 118" and "105 lives in Gansu"), which the one-article
 * rules weigh otherwise.
 * @example placeStem("banjarnegara-regency") // "banjarnegara"
 * @example placeStem("naina-devi-shrine") // "naina-devi-temple"
 */
export function placeStem(id: string): string {
  const stem = venueStem(id.replace(DIVISION, ""));
  return stem === "" ? id : stem;
}

/**
 * Words that make an event several: "twin blasts", "a series of bombings", "the attacks"; not a
 * number that is part of a compound ("a four-storey building collapsed", "a two-day siege").
 */
const SEVERAL = /\b(?:twin|two|three|four|several|multiple|series|wave|spate|string)\b(?!-\p{L})/iu;
/**
 * A count of what collided: a collision takes two parties or more by nature, so "when two
 * passenger trains collided" (Xinhua on the Jumma Goth crash, Karachi 2016) or "a collision
 * between two buses" is one event, while "two boats capsized" are two.
 */
const PARTIES = /\b(?:two|three|four|several|multiple)\b(?:\s+[\p{L}'-]+){1,3}\s+(?:collided|collide|collides|colliding)\b|\bcollision\s+(?:of|between|involving)\s+(?:two|three|four|several|multiple)\b/iu;
/** Count words that count events, not the parties of one collision. */
const countsEvents = (text: string) => SEVERAL.test(text) && !PARTIES.test(text);
/** A plural attack word ("the attacks", "Kabul blasts"); floods and fires are one event in the plural too. */
const PLURAL = new RegExp(String.raw`(?<![\p{L}])(?:${EVENT_NOUNS.join("|")})s(?![\p{L}'’])`, "iu");

/**
 * The event's type class, "several-" before it when its words count more than one event
 * ("twin blasts" is not the blast that killed two): a total is never one event's figure.
 */
export function typeClass(event: EventFrame): string {
  if (event.id.startsWith("several-")) return event.id;
  const text = event.text.trim();
  return countsEvents(text) || (event.id === "attack" && PLURAL.test(text)) ? `several-${event.id}` : event.id;
}

/** How many characters before the event's words a count word is looked for ("twin suicide bomb attack"). */
const LEAD = 24;

/**
 * The event as the claim's words give it: when the subject's words put "twin", "two" or "a
 * series of" just before the event's own words ("more than 80 were killed in a twin suicide
 * bomb attack", read as the event "bomb attack"), it counts several events.
 * @example withCount({ id: "attack", text: "bomb attack" }, "killed in a twin suicide bomb attack").text // "twin suicide bomb attack"
 */
export function withCount(event: EventFrame | undefined, words: string | undefined): EventFrame | undefined {
  if (!event || !words || event.text.trim() === "") return event;
  const at = words.indexOf(event.text.trim());
  if (at <= 0) return event;
  const lead = words.slice(Math.max(0, at - LEAD), at);
  // The count word before the event's words must count events, not what collided: tested with them.
  return countsEvents(lead) && !PARTIES.test(`${lead}${event.text.trim()}`) ? { ...event, text: `${lead.trim().split(/\s+/).slice(-3).join(" ")} ${event.text.trim()}` } : event;
}

/**
 * `reports`: the two events are told by two reports (their places may differ by a division's word, `placeStem`).
 * @example relateEvents(bombing("kabul", "2021-05-03"), bombing("kabul", "2021-05-10"), [], []) // different
 */
export function relateEvents(
  a: EventFrame | undefined, b: EventFrame | undefined, scopeA: readonly ScopeEntity[], scopeB: readonly ScopeEntity[], reports = false,
): EventRelation {
  if (!a && !b) return { kind: "none" };
  if (!a || !b) return { kind: "one-sided" };
  const generic = GENERIC_EVENT_CLASSES.has(a.id) || GENERIC_EVENT_CLASSES.has(b.id);
  if (!generic && typeClass(a) !== typeClass(b)) return { kind: "different", why: `${a.text} / ${b.text}` };
  const dated = Boolean(a.date && b.date);
  if (dated && !datesAgree(a.date, b.date)) {
    return { kind: "different", why: `${a.text} on ${formatDate(a.date)} / on ${formatDate(b.date)}` };
  }
  const placed = Boolean(a.place && b.place);
  if (placed && !placesAgree(a.place as string, b.place as string, scopeA, scopeB, reports)) {
    return { kind: "different", why: `${a.text} in ${a.place} / in ${b.place}` };
  }
  return { kind: "same", dated, placed };
}
