import type { ScopeEntity } from "../../model.js";
import type { Mention } from "../mention.js";
import type { Span } from "../span.js";
import data from "./data/event-measures.js";
import named from "./data/named-measures.js";
import events from "./data/events.js";
import { wordAlternation as alt } from "./alternation.js";
import type { EventMeasure } from "./event-measure.js";
import { slugOf } from "./frame-scope.js";
import { gazetteerPlace, isCountryPlace, placesAround } from "./gazetteer.js";
import { movingEvent } from "./distance-event.js";
import { locatedInThing, predicateSubject } from "./distance-subject.js";
import { classOfEvent } from "./lexicon.js";
import { QUAL } from "./named-class.js";
import type { NamedMeasure } from "./named-measure.js";
import { storyKindLoose } from "./named-kind.js";
import { bareName, NAME, THINGS, thingOf } from "./named-thing.js";

/**
 * A distance that locates something from a named place: "Bozeman, about 85 miles southeast of
 * Butte", "Gopalganj, around 150 km from Patna", "The quake was centred 61 km southwest of Davao",
 * "The crash, 60 miles northwest of Miami". The measure is the distance from the place (one class
 * whatever the compass word: "120km south-west of Chongqing" and "120 km from Chongqing" meet);
 * what it locates is its scope: the name set right before the figure (a standing measure of that
 * town or thing), else the story's event when the sentence tells one that happens at one spot (a
 * quake, a crash, a blast; never a storm or a fire, which move). Two things located from one place
 * in one story (the epicentre, a village) stay apart: one is a named thing's, the other the event's.
 */

const DIS = data.distance;
const COMPASS = String.raw`(?:(?:north|south|east|west)(?:-?(?:north|south|east|west))*(?:ern)?|(?:N|S)?(?:N|S|E|W)(?:E|W)?)`;
/** After the figure: a conversion, a trip noun, the direction, then where the place's name starts. */
// "from the Tunisian coastal city of Sfax": the city's name, past its demonym and kind.
const TOWARDS = new RegExp(String.raw`^\s*(?:\([^()]{0,30}\)\s*)?(?:-?\s*(?:${alt(DIS.trip)})\s+)?(?:${COMPASS}\s+of|(?:away\s+)?from|off(?:\s+the\s+coast\s+of)?|outside(?:\s+of)?)\s+(?:the\s+)?(?:(?:[\p{Ll}-]+\s+){1,3}of\s+|(?:(?:\p{Lu}[\p{L}-]*\s+){0,2}\p{Lu}[\p{L}-]*[’']s\s+)?(?:[\p{L}-]+\s+){0,2}(?:capital|city|town|port|village|headquarters)(?:\s+of)?,?\s+)?(${NAME})`, "u");
/** A border, a coast, a river bank is no place a distance is told from here (border-distance.ts reads borders). */
const NOT_PLACE_AFTER = /^\s+(?:border|frontier|coast|shore|river|state\s+line)\b/i;
/** Before the figure: a radius ("within 10 km of"), a trip made ("travelled 300 km from"), a comparison: no location. */
const NOT_LOCATING = new RegExp(String.raw`\b(?:${alt(DIS.notLocating)})\s+(?:\S+\s+){0,2}$`, "i");
// "The Ratangarh temple is located 405 km north of Bhopal": a thing's kind after its name, too.
const KIND = String.raw`(?:\s+(?:${alt([...DIS.placeKinds, ...THINGS])}))?`;
// "Anandpur Sahib in Punjab, 30 km from", "Anandpur Sahib, Punjab, which is about 40km from": the region that holds the
// name, then a relative clause or a verb of lying somewhere ("The Ratangarh temple is located 405 km north of") may come between.
const HELD_IN = String.raw`(?:(?:\s+in|\s*,)\s+(${NAME})(?=\s*,))?`;
const LINK = String.raw`(?:\s*,\s*(?:which|that)\s+(?:is|was|lies|lay|sits)|\s+(?:is|was|lies|lay|sits))`;
const SITUATED = String.raw`(?:\s+(?:located|situated))?`;
const TO_FIGURE = String.raw`(?:\s*,)?\s+(?:just\s+|only\s+)?${QUAL}`;
const BESIDE_END = String.raw`${LINK}?${SITUATED}${TO_FIGURE}(?:(?:a|an)\s+)?$`;
/** "Bozeman, about 85 miles", "in Gopalganj, around 150 km", "struck Luxian county around 120km": the name the figure is set beside. */
const BESIDE = new RegExp(String.raw`(?:^|[^\p{L}\p{N}’'-])(${NAME})${KIND}${HELD_IN}${BESIDE_END}`, "u");
const BESIDE_ALONE = new RegExp(String.raw`(?:^|[^\p{L}\p{N}’'-])(${NAME})${KIND}${BESIDE_END}`, "u");

/** "The bridge is located", "the dam, which lies": a kind of built thing as the subject of a verb of lying. */
const POINTER = new RegExp(String.raw`(?:^|[^\p{L}\p{N}’'-])(?:[Tt]he|[Tt]his|[Ii]ts)\s+(${alt(Object.keys(named.pointerKinds))})${LINK}${SITUATED}${TO_FIGURE}$`, "u");

function pointedThing(text: string, before: string, at: number): { thing: ScopeEntity; span: Span } | null {
  const hit = POINTER.exec(before);
  const found = hit ? storyKindLoose(text, hit[1]!.toLowerCase()) : null;
  if (!hit || !found) return null;
  const start = at - before.length + hit.index + hit[0].indexOf(hit[1]!);
  return { thing: found.thing, span: { start, end: start + hit[1]!.length } };
}

/** A state, a province or a country: a region that holds a town, never itself located from one ("Anandpur Sahib in Punjab"). */
function isRegion(name: string): boolean {
  const id = gazetteerPlace(name);
  return Boolean(id && placesAround(id).length <= 1);
}

/** "hit southern California, about 78 kilometers east of Los Angeles": a region is not where a distance points. */
const REGION_BEFORE = /\b(?:southern|northern|eastern|western|central|north-?eastern|north-?western|south-?eastern|south-?western|coastal|rural)\s+$/i;

/** Placing verbs that the change reader takes for a fall ("sank", "plunged"): before a place's direction they locate. */
const PLACING_CHANGE = new Set(DIS.placingVerbs);
const FIXED = new Set(DIS.events);
/** Event words of the classes that happen at one spot, and the verbs that place an event. */
const EVENT_WORDS = Object.entries(events.words).filter(([, name]) => FIXED.has(classOfEvent(name))).map(([word]) => word);
const VERBS = Object.entries({ ...events.verbs, ...events.actVerbs }).filter(([, name]) => FIXED.has(classOfEvent(name))).map(([verb]) => verb);
const PLACES_EVENT = new RegExp(String.raw`\b(?:${alt([...EVENT_WORDS, ...VERBS, ...DIS.placingVerbs])})\b`, "i");
/** The event classes a distance may belong to: the names the event data gives and their classes. */
const EVENTS = [...new Set([...DIS.events, ...Object.values(events.words).filter((name) => FIXED.has(classOfEvent(name)))])];

interface FromPlace { id: string; text: string; end: number }

/** The named place a length after the figure is told from, or null. */
function fromPlace(text: string, sentence: Span, m: Mention): FromPlace | null {
  // "MV Bukoba sank 30 nautical miles off Mwanza": a placing verb read as a fall of 30 nmi still places the figure.
  if (m.kind !== "quantity" || m.dimension !== "length" || (m.change && !PLACING_CHANGE.has(m.change.text.trim().toLowerCase())) || m.conversionOf) return null;
  const after = text.slice(m.end, Math.min(sentence.end, m.end + 120));
  const hit = TOWARDS.exec(after);
  if (!hit) return null;
  const name = bareName(hit[1]!).replace(/[.’']+$/, "");
  const end = m.end + hit.index + hit[0].length - hit[1]!.length + name.length;
  if (NOT_PLACE_AFTER.test(text.slice(end, sentence.end)) || NOT_LOCATING.test(text.slice(Math.max(sentence.start, m.start - 40), m.start))) return null;
  const entity = thingOf(name);
  if (!entity) return null;
  return { id: gazetteerPlace(name) ?? slugOf(name), text: name, end };
}

/** What a distance locates beside its figure; "none" when a name stands there that no distance locates (a lake, a storm). */
type Beside = { thing: ScopeEntity; span: Span } | "none" | null;

/** The name set right before the figure ("Bozeman, about 85 miles"): a town or a thing, never a country or a region ("hit southern California, about 78 kilometers"). */
function besideThing(text: string, sentence: Span, m: Mention, place: FromPlace): Beside {
  // "about 15 km from the Minxian County, 45 km from the Zhangxian County ... and 170 km from Lanzhou", "540 km from
  // Assam's capital Dispur and 300 km from Arunachal Pradesh's capital Itanagar": a list item locates what its first does.
  const first = listStart(text, sentence, m.start);
  if (first < m.start) return besideThing(text, sentence, { ...m, start: first }, place);
  const before = text.slice(Math.max(sentence.start, m.start - 80), m.start);
  // "Sardar Sarovar dam, on the Narmada river, about 200 kilometers from Ahmadabad": the river places the dam, which is located.
  const placing = ON_CHAIN.exec(before);
  const placed = placing ? thingOf(bareName(placing[1]!)) : null;
  if (placing && placed && placed.id !== place.id) {
    const at = m.start - before.length + placing.index + placing[0].indexOf(placing[1]!);
    return { thing: placed, span: { start: at, end: at + placing[1]!.length } };
  }
  const locatedIn = locatedInThing(text, sentence, m.start);
  if (locatedIn && locatedIn.thing.id !== place.id) return locatedIn;
  const held = BESIDE.exec(before);
  // "the Bert Mooney Airport in Butte, about 130 kilometres west of Bozeman": a town after "in" is located, not skipped.
  const beside = held?.[2] && !isRegion(held[2]) ? BESIDE_ALONE.exec(before) : held;
  const name = beside ? bareName(beside[1]!) : null;
  const thing = name ? thingOf(name) : null;
  // "The bridge is located 540 km from Assam's capital Dispur": a pointer is the story's one thing of its kind.
  if (!thing) return pointedThing(text, before, m.start) ?? predicateSubject(text, sentence, m.start);
  // "the sinking of the cruise ship on Lake Victoria, some eight kilometres away from Mwanza": a lake or a sea is no point a distance locates.
  if (WATER.test(name!) || movingEvent(name!, text)) return "none";
  if (!beside || !name || !thing || thing.id === place.id || isCountryPlace(thing.id)) return null;
  const start = m.start - before.length + beside.index + beside[0].indexOf(beside[1]!);
  // "Lampedusa is located between Sicily and North Africa, around 190 kilometres from Sfax": what lies between is located.
  if (BETWEEN.test(text.slice(Math.max(sentence.start, start - 60), start))) return locatedSubject(text, sentence, m.start);
  return REGION_BEFORE.test(text.slice(Math.max(sentence.start, start - 20), start)) ? null : { thing, span: { start, end: start + name.length } };
}

/** One item of a list of distances, ending where the next starts: "45 km from the Zhangxian County, ", "540 km from Assam's capital Dispur and ". */
const LIST_ITEM = new RegExp(String.raw`(?:^|[\s(])(?:(?:about|some|nearly|around|approximately|roughly|over|just)\s+)?\d[\d,.]*\s*-?\s*(?:km|kilomet(?:re|er)s?|miles?|mi|nautical\s+miles)\b(?:\s*\([^()]{0,30}\))?\s+(?:${COMPASS}\s+of|(?:away\s+)?from|off)\s+[^,;:.()]{1,60}?(?:,\s*(?:and\s+)?|\s+and\s+)${QUAL}$`, "u");

/** Where the first figure of a list of distances the figure at `at` belongs to starts (`at` itself when it is no list item). */
function listStart(text: string, sentence: Span, at: number): number {
  let start = at;
  for (let n = 0; n < 6; n++) {
    const hit = LIST_ITEM.exec(text.slice(Math.max(sentence.start, start - 140), start));
    if (!hit) break;
    start = start - hit[0].length + hit[0].search(/\S/);
  }
  return start;
}

/** A body of water by its name ("Lake Victoria", "the Tablas Strait", "Bay of Bengal"). */
const WATER = new RegExp(String.raw`^(?:${alt(DIS.waterBodies)})\b|\b(?:${alt(DIS.waterBodies)})$`, "i");
const ON_CHAIN = new RegExp(String.raw`(?:^|[^\p{L}\p{N}’'-])(${NAME})(?:\s+(?:${alt(DIS.placeKinds)}|dam|bridge|tunnel|tower))?,\s+(?:on|along|beside)\s+(?:the\s+)?${NAME}(?:\s+\p{Ll}+)?,\s+${QUAL}$`, "u");
const BETWEEN = /\bbetween\s+[^,;.]{1,40}\s+and\s+$/i;
const LOCATED = new RegExp(String.raw`^\s*(?:the\s+)?(${NAME})\s+(?:is|lies|sits|was)\s+(?:located\s+|situated\s+)?between\b`, "u");

/** The name opening the sentence as what lies between two places ("Lampedusa is located between"), or null. */
function locatedSubject(text: string, sentence: Span, at: number): { thing: ScopeEntity; span: Span } | null {
  const hit = LOCATED.exec(text.slice(sentence.start, at));
  const thing = hit ? thingOf(bareName(hit[1]!)) : null;
  if (!hit || !thing) return null;
  const start = sentence.start + hit[0].indexOf(hit[1]!);
  return { thing, span: { start, end: start + hit[1]!.length } };
}

/**
 * The distance of the name set right before the figure from a named place, as a standing measure of it.
 * @example distanceOfThing("a destination of Bozeman, about 85 miles southeast of Butte.", sentence, mentionOf("about 85 miles"))?.cls // "distance.from-butte"
 */
export function distanceOfThing(text: string, sentence: Span, m: Mention): NamedMeasure | "none" | null {
  const place = fromPlace(text, sentence, m);
  const beside = place ? besideThing(text, sentence, m, place) : null;
  // "in the waters of the Sibuyan Sea, 100 miles southeast of Manila": a distance all the same, of no thing (the event's, if any).
  if (beside === "none") return "none";
  return place && beside ? { cls: `distance.from-${place.id}`, words: text.slice(m.end, place.end).trim(), ...beside } : null;
}

/** A thing a distance locates, "none" read as nothing. */
const located = (beside: Beside) => (beside === "none" ? null : beside);

/** Whether a length locates something from a named place: a thing set beside it, or the sentence's event (what is located is known). */
export function locatesFromPlace(text: string, sentence: Span, m: Mention): boolean {
  const place = fromPlace(text, sentence, m);
  return Boolean(place && (located(besideThing(text, sentence, m, place)) || PLACES_EVENT.test(text.slice(sentence.start, m.start))));
}

/**
 * The distance of the story's event from a named place, when no name stands beside the figure and
 * the sentence tells an event of a class that happens at one spot.
 * @example eventDistance("The quake was centred 61 km southwest of Davao.", sentence, mentionOf("61 km"))?.head // "from-davao"
 */
export function eventDistance(text: string, sentence: Span, m: Mention): EventMeasure | null {
  const place = fromPlace(text, sentence, m);
  if (!place || located(besideThing(text, sentence, m, place)) || !PLACES_EVENT.test(text.slice(sentence.start, m.start))) return null;
  return { head: `from-${place.id}`, measure: "distance", events: EVENTS, ownEvent: true, span: { start: m.end, end: place.end } };
}

/**
 * The measure of a length told from a named place, whatever it locates ("just 150km from Kabul"):
 * `distance.from-<place>`, as distanceOfThing names it, for a figure no reader tied to a thing.
 * @example distanceFromPlace("the city of Ghazni on Thursday, just 150km from Kabul.", sentence, mentionOf("150km")) // "distance.from-kabul"
 */
export function distanceFromPlace(text: string, sentence: Span, m: Mention): string | null {
  const place = fromPlace(text, sentence, m);
  return place ? `distance.from-${place.id}` : null;
}
