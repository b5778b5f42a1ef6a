import type { EventFrame, ScopeEntity } from "../../model.js";
import type { Span } from "../span.js";
import { gazetteerPlace, isGazetteerPlace, organisationId, placesAround } from "./gazetteer.js";
import { MONTHS_AND_DAYS } from "./lexicon.js";
import { readPlaceChain } from "./named-place.js";
import { knownPlace } from "./places.js";
import { isCapitalized, possessiveOwner, singular, wordsIn, type Word } from "./words.js";
import { mapPacked } from "../packed.js";

/**
 * The scope part of a frame: the entities that narrow a measure, most specific first. Places
 * carry the places containing them, so "Oxford Street" is known to be in London and in the
 * United Kingdom; a place the gazetteer lacks takes its container from the words after it
 * ("in Oruro, Bolivia"). Groups, organisations and named things ("the Eiffel Tower",
 * "Istiklal") are entities of their own kinds.
 */

/** Already a slug: slugOf gives it back unchanged. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Slug of a name: "Eiffel Tower" -> "eiffel-tower". */
export function slugOf(value: string): string {
  if (SLUG.test(value)) return value;
  return value.toLowerCase().replace(/[’']s$/, "").replace(/[’']/g, "").replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-+|-+$/g, "");
}

/**
 * A place entity for an id, with its ancestors: from the gazetteer, else from ", Country"
 * written right after the name in `text` (searched in `near`).
 * @example placeEntity("london", "London") // { kind: "place", id: "london", text: "London", within: ["united-kingdom"] }
 */
export function placeEntity(id: string, text: string, source?: string, near?: Span, known?: ReadonlyMap<string, string[]>): ScopeEntity {
  if (id.includes("+")) return { kind: "place", id, text, within: [] };
  if (isGazetteerPlace(id)) return { kind: "place", id, text, within: placesAround(id) };
  // A place the story's own words put somewhere ("at Kanjuruhan Stadium, Malang, East Java"; its dateline).
  const chain = known?.get(id);
  if (chain?.length) return { kind: "place", id, text, within: [...chain] };
  const container = source && near ? containerAfter(source, near, text) : null;
  return { kind: "place", id, text, within: container ? [container, ...placesAround(container)] : [] };
}

/** "Oruro, Bolivia": the known place written right after a name, in the stretch `near`. */
function containerAfter(source: string, near: Span, name: string): string | null {
  const stretch = source.slice(near.start, near.end);
  const at = stretch.toLowerCase().indexOf(name.toLowerCase().replace(/-/g, " "));
  if (at < 0) return null;
  const m = /^,\s+((?:the\s+)?\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,2})/u.exec(stretch.slice(at + name.length));
  return m ? gazetteerPlace(m[1]!.replace(/\.$/, "")) : null;
}

const STREET = /\b(?:on|in|at|along|near|outside)\s+((?:the\s+)?(?:\p{Lu}[\p{L}’'.-]*\s+){1,3}(?:Street|St\.|Road|Avenue|Square|Boulevard|Lane|Bridge|Market|Bazaar|Stadium|Arena|Park|Station|Mall|Airport|Mosque|Church|Cathedral|Hospital|University|School|Hotel|Tower|Palace|Plaza|Beach|Concert Hall))(?:\s+in\s+((?:the\s+)?\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,2}))?/u;

/**
 * A named street or venue in a stretch of text, with the place it is in: "on Oxford Street in
 * London" -> oxford-street within [london, united-kingdom].
 */
const STREET_WORD = /Street|St\.|Road|Avenue|Square|Boulevard|Lane|Bridge|Market|Bazaar|Stadium|Arena|Park|Station|Mall|Airport|Mosque|Church|Cathedral|Hospital|University|School|Hotel|Tower|Palace|Plaza|Beach|Concert Hall/;

export function streetIn(text: string, span: Span): ScopeEntity | null {
  const stretch = text.slice(span.start, span.end);
  if (!STREET_WORD.test(stretch)) return null;
  const m = STREET.exec(stretch);
  if (!m) return null;
  // "Istanbul's Istiklal Street": the owner is the place the street is in.
  const owned = /^(?:the\s+)?(.+?)['’]s\s+(.+)$/u.exec(m[1]!);
  const name = owned ? owned[2]! : m[1]!.replace(/^the\s+/i, "");
  const known = gazetteerPlace(name);
  if (known) return { kind: "place", id: known, text: name, within: placesAround(known) };
  const container = [m[2], owned?.[1]].map((n) => (n ? gazetteerPlace(n.replace(/\.$/, "")) : null)).find(Boolean) ?? null;
  if (container) return { kind: "place", id: slugOf(name), text: name, within: [container, ...placesAround(container)] };
  // "at Kanjuruhan Stadium, Malang, East Java": a comma chain after the venue is what contains it.
  const end = span.start + m.index + m[0].length;
  const chain = /^,\s+/.exec(text.slice(end, end + 3)) ? readPlaceChain(text, end + text.slice(end).indexOf(",") + 1 + (/^,(\s+)/.exec(text.slice(end))![1]!.length), span.end) : null;
  return { kind: "place", id: slugOf(name), text: name, within: chain ? [chain.entity.id, ...(chain.entity.within ?? [])] : [] };
}

/**
 * Adds the named street of an event's sentence to a scope, as the event's place: the places
 * and names inside the street's name ("Oxford" of "Oxford Street") are dropped.
 */
export function addStreet(scope: ScopeEntity[], event: EventFrame, text: string, sentence: Span): void {
  const street = streetIn(text, sentence);
  if (!street) return;
  for (let k = scope.length - 1; k >= 0; k--) if (street.id.startsWith(`${scope[k]!.id}-`) || street.within?.includes(scope[k]!.id)) scope.splice(k, 1);
  if (!event.place || street.within?.includes(event.place) || street.id.startsWith(`${event.place}-`)) event.place = street.id;
  const same = scope.findIndex((e) => e.kind === "place" && e.id === street.id);
  if (same < 0) scope.push(street);
  else if ((scope[same]!.within?.length ?? 0) < (street.within?.length ?? 0)) scope[same] = street;
}

/**
 * Organisations and named things among capitalised words of the counted phrase or clause
 * subject: "Hamas fighters" (organisation), "the Eiffel Tower" (named). Places and demonyms
 * are read elsewhere, and a word that opens the sentence is not taken for a name.
 */
export function namesIn(text: string, span: Span, sentenceStart: number): ScopeEntity[] {
  const words = wordsIn(text, span.start, span.end);
  const found: ScopeEntity[] = [];
  for (let i = 0; i < words.length; i++) {
    const run: Word[] = [];
    for (let j = i; j < words.length && isCapitalized(words[j]!) && run.length < 4; j++) run.push(words[j]!);
    if (run.length === 0) continue;
    i += run.length - 1;
    const name = mapPacked(run, (w) => possessiveOwner(w) ?? w.text).join(" ");
    const org = organisationId(name) ?? (run.length > 1 ? organisationId(run[0]!.text) : null);
    if (org) {
      found.push({ kind: "organisation", id: org, text: name });
      continue;
    }
    if (knownPlace(name) || knownPlace(run[0]!.text)) continue;
    // A capitalised common noun opening a sentence ("Homes destroyed") is no name; two
    // capitalised words are ("the Eiffel Tower", "Tokyo Skytree").
    if (run.length < 2 || (run[0]!.start === sentenceStart && run.length < 2)) continue;
    found.push({ kind: "named", id: slugOf(name), text: name });
  }
  return found;
}

/**
 * The owner of "the towers of A" or "B's towers" when it is no place (places are read as
 * places): a named thing.
 */
export function ownerOf(text: string, headSpan: Span, mentionStart: number): ScopeEntity | null {
  const possessiveBefore = /['’]s\s+$/.test(text.slice(Math.max(0, mentionStart - 4), mentionStart));
  if (!possessiveBefore && !/^\s+of\s/.test(text.slice(headSpan.end, headSpan.end + 5))) return null;
  const of = /^\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,3})/u.exec(text.slice(headSpan.end, headSpan.end + 60));
  // Right before the number only: in "Monday's earthquake killed 40" the owner is no owner of 40.
  const possessive = /(\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,2})['’]s\s+$/u.exec(text.slice(Math.max(0, mentionStart - 60), mentionStart));
  const name = of?.[1] ?? possessive?.[1];
  if (!name || MONTHS_AND_DAYS.has(name.toLowerCase()) || /^(?:The|A|An|This|That|Its|Their)$/.test(name)) return null;
  const place = gazetteerPlace(name);
  if (place) return { kind: "place", id: place, text: name, within: placesAround(place) };
  const org = organisationId(name);
  return org ? { kind: "organisation", id: org, text: name } : { kind: "named", id: slugOf(name), text: name };
}

/** Orders scope entities most specific first and drops repeats: named things, then places by depth, organisations, groups. */
export function ordered(entities: ScopeEntity[]): ScopeEntity[] {
  const seen = new Set<string>();
  const unique = entities.filter((e) => !seen.has(`${e.kind}:${e.id}`) && seen.add(`${e.kind}:${e.id}`));
  // A place that contains another place of the scope adds nothing: "Oxford Street" already says London.
  const inner = new Set(unique.flatMap((e) => e.within ?? []));
  const kept = unique.filter((e) => e.kind !== "place" || !inner.has(e.id));
  const rank = (e: ScopeEntity) => (e.kind === "named" ? 0 : e.kind === "place" ? 1 : e.kind === "organisation" ? 2 : 3);
  return kept.sort((a, b) => rank(a) - rank(b) || (b.within?.length ?? 0) - (a.within?.length ?? 0));
}

/** Counted nouns that say nothing of who: "13 people", "18 more", "30 others". */
// "Claims 22 Lives" in a title-case headline: lives and souls lost are the dead themselves, no group of them.
const ANYONE = new Set(["person", "people", "other", "more", "member", "individual", "one", "total", "life", "live", "soul"]);

/**
 * Who a casualty count counts, when its noun says it: "10 Marines" and "two Army soldiers"
 * killed in one attack are two counts, not two tolls of one. The noun's class of
 * data/measures.json when it has one (soldiers, troops and service members are "troop").
 * @example countedPeople(phraseOf("10 Marines"), nounClass) // { kind: "group", id: "marine", text: "Marines" }
 */
export function countedPeople(words: readonly Word[], nounClass: (noun: string) => string | undefined, isPeople: (noun: string) => boolean): ScopeEntity | null {
  const head = words[words.length - 1];
  if (!head) return null;
  const noun = singular(head.text);
  const pair = words.length > 1 ? `${words[words.length - 2]!.lower} ${noun}` : "";
  const cls = (pair && nounClass(pair)) || nounClass(noun);
  if (cls) return cls === "person" ? null : { kind: "group", id: cls, text: head.text };
  if (ANYONE.has(noun) || !(isPeople(noun) || (isCapitalized(head) && /s$/.test(head.text)))) return null;
  return { kind: "group", id: noun, text: head.text };
}
