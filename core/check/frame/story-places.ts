import type { Frame, ScopeEntity } from "../../model.js";
import { isCountry } from "../data/countries.js";
import { VENUES } from "../data/event-words.js";
import { relateEvents } from "./event.js";
import { isKnownName, isLeadName, PREFIX, sharedNames, storyNamesOf, withoutStoryNames } from "./story-shared.js";
import { besideSharedName, insideLeadCity } from "./story-agree.js";

/**
 * Where the story match (story-names.ts `storyMatch`) looks at the places of two tolls: a toll
 * placed where the other story does not go is a part or another event; a toll placed in a city
 * its own lead does not give is a side event; two reports may place one event at two levels.
 */


/**
 * A toll with a place of its own below country level that the other story does not name ("in
 * Sagaing, 213 died" against a report of Mandalay and Sagaing is fine; "in Syria, 1,444 died"
 * or "in the Wajir district" against a story naming other places): a part of the story's toll
 * or another event, not the story's toll.
 */
export function partOfStory(frame: Frame, others: readonly ScopeEntity[], otherPlace: string | undefined): boolean {
  const own = storyNamesOf(frame);
  if (eventAtSharedName(frame, own, others)) return false;
  return withoutStoryNames(frame.scope).some((e) => e.kind === "place" && !isCountry(e.id) && !namedBy(e.id, others) && !venueInLeadCity(frame, e, others)
    && !insideLeadCity(e.id, own, others) && !besideSharedName(e.id, own, others, otherPlace));
}

/**
 * Whether a toll's own event words name a rare name both stories carry ("the crush at Mina, a few
 * kilometers east of Mecca" against a report datelined MINA): the event is at that name, and the
 * city the sentence measures it from is where it is near, not a place of its own.
 * @example eventAtSharedName(crushAtMinaNearMecca, [meccaLead, minaBody], [minaLead]) // true
 */
function eventAtSharedName(frame: Frame, own: readonly ScopeEntity[], others: readonly ScopeEntity[]): boolean {
  const words = frame.event ? wordsOf(frame.event.text) : "";
  if (words === "") return false;
  const said = own.filter((n) => !isKnownName(n) && words.includes(wordsOf(n.text)));
  return sharedNames(said, others).some((p) => !p.respelt && !isKnownName(p.theirs));
}

/**
 * Whether a toll's place is the venue its own event happened at ("the fire at Ramses station"),
 * in a city the other report's lead gives ("a train smashed into a barrier at Cairo's main train
 * station"): the other report tells the event at the city's level, so the venue's toll is its
 * toll, not a part; the other lead's finer place of its own is weighed by the match.
 * A district's or a province's toll inside the city is still a part.
 * @example venueInLeadCity(fireAtRamsesStation, ramsesStation, [cairoLead]) // true
 */
function venueInLeadCity(frame: Frame, place: ScopeEntity, others: readonly ScopeEntity[]): boolean {
  if (frame.event?.place !== place.id || !VENUES.has(place.id.split("-").pop() ?? "")) return false;
  return others.some((n) => isLeadName(n) && isKnownName(n) && (place.within ?? []).includes(n.id.slice(PREFIX.length)));
}

/** A text as lower-case words between spaces, for finding a name's words in it. */
const wordsOf = (text: string): string => ` ${text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim()} `;

/**
 * A toll placed in a known city its own story names only in the body, while its lead gives
 * another known city that does not contain it ("Meanwhile, at least 23 people have been killed in
 * a fire at a shoe factory in Lahore" in a report of the Karachi factory fire): a side event of
 * its story, not the event its names stand for, so the story names tie it to nothing.
 */
export function asideOfStory(frame: Frame): boolean {
  const names = storyNamesOf(frame);
  const leadCities = names.filter((n) => isLeadName(n) && isKnownName(n)).map((n) => n.id.slice(PREFIX.length));
  if (leadCities.length === 0) return false;
  const own = [frame.event?.place, ...withoutStoryNames(frame.scope).filter((e) => e.kind === "place" && !isCountry(e.id)).map((e) => e.id)]
    .filter((p): p is string => Boolean(p));
  return own.some((place) => {
    const name = names.find((n) => n.id === `${PREFIX}${place}`);
    if (!name || isLeadName(name) || !isKnownName(name)) return false;
    const around = withoutStoryNames(frame.scope).find((e) => e.id === place)?.within ?? [];
    return !leadCities.some((city) => city === place || around.includes(city));
  });
}

/**
 * Whether a story names a place: by its id, or as a word of a longer name or the other way
 * round ("Po" read alone of "Tai Po"; "Cianjur" of "Cianjur Regency").
 */
export function namedBy(place: string, names: readonly ScopeEntity[]): boolean {
  return names.some((n) => {
    const name = n.id.slice(PREFIX.length);
    return name === place || name.split("-").includes(place) || place.split("-").includes(name);
  });
}

/**
 * Whether two tolls' events differ only in where each report places them, and each place is one
 * both stories name: "the earthquake in Cianjur" and "the earthquake in Java" in two reports that
 * both name Cianjur and Java are one earthquake told at two levels of place, not two events; so
 * are "the collapse in Mazgaon" and "the collapse in Mumbai" when the first report's lead gives
 * Mazgaon beside Mumbai (story-agree.ts `insideLeadCity`). The story match (`storyMatch`) then decides, weakly.
 * @example storyPlaced(quakeInCianjur, quakeInJava) // true when both stories name Cianjur and Java
 */
export function storyPlaced(fa: Frame, fb: Frame): boolean {
  const [ea, eb] = [fa.event, fb.event];
  if (!ea?.place || !eb?.place) return false;
  const [mine, theirs] = [storyNamesOf(fa), storyNamesOf(fb)];
  if (mine.length === 0 || theirs.length === 0) return false;
  const { place: _a, ...unplacedA } = ea;
  const { place: _b, ...unplacedB } = eb;
  if (relateEvents(unplacedA, unplacedB, [], []).kind !== "same") return false;
  // A neighbourhood the gazetteer lacks, given by its story's lead beside the city both name, is in that city.
  const inCity = (place: string) => insideLeadCity(place, mine, theirs) || insideLeadCity(place, theirs, mine);
  // A village one lead gives beside the town both leads give, where the other report places the event.
  const beside = besideSharedName(ea.place, mine, theirs, eb.place) || besideSharedName(eb.place, theirs, mine, ea.place);
  return beside || [ea.place, eb.place].every((place) => (namedBy(place, mine) && namedBy(place, theirs)) || inCity(place));
}
