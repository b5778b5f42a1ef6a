import type { Claim, ScopeEntity } from "../../model.js";
import { typeClass } from "./event.js";
import { inside } from "./scope.js";
import { gazetteerPlace } from "../../extract/subject/gazetteer.js";
import { EVENT_VERBS } from "../../extract/subject/lexicon.js";

/**
 * A story that tells events of one class at several places ("China's deadliest chemical
 * blasts": Tianjin, Hubei, Ningbo, Sichuan; a year's earthquakes; a weekend of shootings in
 * several towns) is a roundup of several events. A figure whose event of that class names no
 * place ("a vehicle carrying chemicals exploded, leaving 23 dead") may belong to any of them, so
 * inside such a story it is not taken for the same event as a figure that names its place.
 */

/** The places a story gives events of each class at: class -> the place entities. */
export function eventPlaces(claims: readonly Claim[]): Map<string, ScopeEntity[]> {
  const out = new Map<string, ScopeEntity[]>();
  for (const claim of claims) {
    const frame = claim.subject?.frame;
    const place = frame?.event?.place;
    if (!frame?.event || !place) continue;
    const entity = frame.scope.find((e) => e.id === place) ?? { kind: "place" as const, id: place, text: place };
    const key = typeClass(frame.event);
    const known = out.get(key) ?? [];
    if (!known.some((e) => e.id === entity.id)) out.set(key, [...known, entity]);
  }
  return out;
}

/**
 * Whether some two of the places are apart: neither is the other nor inside it. Only places the
 * gazetteer knows count: "a mountaintop Hindu temple" read as a place is no second town, and a
 * story of one stampede is no roundup for it (CBS on Naina Devi, 2008).
 */
function apart(places: readonly ScopeEntity[]): boolean {
  const known = places.filter((place) => gazetteerPlace(place.text) !== null || gazetteerPlace(place.id) !== null);
  return known.some((x, i) => known.slice(i + 1).some((y) => !inside(x, y) && !inside(y, x)));
}

/**
 * Whether one of two figures of one story has an event with no place, of a class the story
 * tells at two or more places apart, while the other's event is placed: which event the first
 * belongs to, the story does not say.
 * @example unplacedAmongSeveral(twentyThreeDead, hubeiTwentyOne, eventPlaces(claims)) // true
 */
export function unplacedAmongSeveral(a: Claim, b: Claim, places: Map<string, ScopeEntity[]>): boolean {
  const [ea, eb] = [a.subject?.frame?.event, b.subject?.frame?.event];
  if (!ea || !eb || Boolean(ea.place) === Boolean(eb.place)) return false;
  const unplaced = ea.place ? eb : ea;
  return apart(places.get(typeClass(unplaced)) ?? []);
}

/**
 * An event told by its verb ("as two trains collided", "three gunmen attacked"): a number before
 * the verb counts who took part, not how many events there were.
 */
function toldByVerb(text: string): boolean {
  const last = text.trim().split(/\s+/u).pop()?.toLowerCase() ?? "";
  return EVENT_VERBS[last] !== undefined;
}

/**
 * The event classes a story counts together as several ("killed 12 people in two attacks", "a
 * pair of suicide bombings", "twin blasts"): the story says it tells more than one event.
 * @example severalTold([twelveInTwoAttacks]) // Set { "attack" }
 */
export function severalTold(claims: readonly Claim[]): Set<string> {
  const out = new Set<string>();
  for (const claim of claims) {
    const event = claim.subject?.frame?.event;
    const kind = event && !toldByVerb(event.text) ? typeClass(event) : "";
    if (kind.startsWith("several-")) out.add(kind.slice("several-".length));
  }
  return out;
}

/**
 * Whether two figures of one story belong to two of the several events it says it tells: each
 * has one event of a class the story counts as several ("12 people in two attacks"), told in
 * other words ("one community member killed in an assault on a Christian slum", "11 people were
 * killed in a suicide bomb"). Such a story gives each event's toll and their total side by side;
 * which event an unlike-worded figure belongs to, only its place could say, and a place lent by
 * the story is no proof.
 * @example ofSeveralTold(oneInAssault, elevenInBomb, new Set(["attack"])) // true
 */
export function ofSeveralTold(a: Claim, b: Claim, several: ReadonlySet<string>): boolean {
  const [ea, eb] = [a.subject?.frame?.event, b.subject?.frame?.event];
  if (!ea || !eb || ea.id !== eb.id || !several.has(ea.id) || typeClass(ea) !== ea.id || typeClass(eb) !== eb.id) return false;
  const words = (text: string) => text.toLowerCase().replace(/\s+/gu, " ").trim();
  return words(ea.text) !== words(eb.text);
}
