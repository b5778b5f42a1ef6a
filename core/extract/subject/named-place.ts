import type { ScopeEntity } from "../../model.js";
import type { SubjectContext } from "./context.js";
import events from "./data/events.js";
import placeWords from "./data/place-words.js";
import { slugOf } from "./frame-scope.js";
import { gazetteerPlace, isGazetteerPlace, placeOfDemonym, placesAround } from "./gazetteer.js";
import { MONTHS_AND_DAYS } from "./lexicon.js";
import { oneTextMemo } from "../one-text-memo.js";

/**
 * Places the gazetteer lacks, read the way news writes them: a proper name with a place word
 * ("the Itaewon district", "East Java province", "Kanjuruhan stadium"), and a comma chain that
 * is containment ("at Kanjuruhan Stadium, Malang, East Java", "in Santa Maria, Rio Grande do
 * Sul, Brazil": each name inside the next), or "of" a place ("the Itaewon district of Seoul").
 * The first name is the place; the rest, with the gazetteer's parents of the last known one,
 * are the places around it, so two outlets naming the stadium and the province meet on the
 * most specific place they share.
 */

/** Words after a name that make it an area ("East Java province"): dropped from its id, so "Hathras district" is "hathras". */
const ADMIN = placeWords.areas.join("|");
/** Venue words after a name, kept in its id ("Kanjuruhan stadium" = "Kanjuruhan Stadium"). */
const VENUE = events.venues.join("|");
const WORD = String.raw`\p{Lu}[\p{L}’'-]*`;
const NAME = String.raw`${WORD}(?:\s+(?:(?:de|do|da|del|al|el)\s+)?${WORD}){0,3}`;
/** A compass word between an owner and its part ("Afghanistan's southern Kandahar province", "China's far western Xinjiang"). */
const COMPASS = String.raw`(?:(?:far[\s-]+)?(?:(?:north|south)(?:-?(?:east|west))?|east|west)(?:ern)?\s+|central\s+)?`;
/** One link of a chain: an optional owner ("Indonesia's"), a name, an optional place word. */
const LINK = new RegExp(String.raw`^(?:the\s+)?(?:(${NAME})['’]s\s+(?:(?:[\p{Ll}-]+\s+){0,2}(?:${ADMIN})\s+of\s+|${COMPASS}))?(${NAME})(?:\s+(${ADMIN}|${VENUE})\b)?`, "u");
const NEXT = new RegExp(String.raw`^(?:,\s+|\s+in\s+(?:the\s+)?(?:(?:[\p{Ll}-]+\s+){0,2}(?:${ADMIN})\s+of\s+(?:the\s+)?)?|\s+of\s+(?:the\s+)?(?:(?:[\p{L}-]+\s+){0,2}capital\s+(?:city\s+)?(?:of\s+)?)?)(?=\p{Lu})`, "u");
const ADMIN_WORD = new RegExp(`^(?:${ADMIN})$`, "i");
/** A demonym before an area word and "of": "the Russian city of", "the Siberian industrial city of" (a demonym the gazetteer knows). */
const DEMONYM_AREA = new RegExp(String.raw`^(?:the\s+)?(${WORD})\s+(?:[\p{Ll}-]+\s+){0,2}(?:${ADMIN})\s+of\s+(?:the\s+)?(?=\p{Lu})`, "u");

/** Capitalised words that open no place name. */
const NOT_NAME = new RegExp(`^(?:${placeWords.notOpeners.join("|")})$`);
/** A faith's word alone before a venue word ("a Shia mosque", "a Hindu temple"): the venue's kind, not its name ("Hindu Kush" stays a name). */
const FAITH = new RegExp(`^(?:${placeWords.faiths.join("|")})$`);

export interface PlaceChain {
  entity: ScopeEntity;
  /** Where the words read end. */
  end: number;
  /** Whether the words are surely a place: a gazetteer name in the chain, a place word, or a chain of two or more names. */
  sure: boolean;
}

/**
 * The place chain starting at `at` (after "in", "at", "near").
 * @example readPlaceChain("Kanjuruhan Stadium, Malang, East Java has", 0)?.entity // { id: "kanjuruhan-stadium", within: ["malang", "east-java"] }
 */
export function readPlaceChain(text: string, at: number, limit = text.length): PlaceChain | null {
  // The readers of one article ask the same chains again (an event's place, by each reader of its
  // figures): each is read once per article and handed out as a copy.
  const chains = chainsOf(text);
  const key = `${at}|${limit}`;
  let chain = chains.get(key);
  if (chain === undefined) chains.set(key, (chain = readChain(text, at, limit)));
  return chain && copyOf(chain);
}

/** The chains read in the last text, by where they start and end. */
const chainsOf = oneTextMemo<PlaceChain | null>();

function copyOf(chain: PlaceChain): PlaceChain {
  return { entity: { ...chain.entity, within: [...chain.entity.within!] }, end: chain.end, sure: chain.sure };
}

function readChain(text: string, at: number, limit: number): PlaceChain | null {
  const ids: string[] = [];
  let first: { text: string; venue: boolean; admin: boolean } | null = null;
  let sure = false;
  let pos = at;
  let owner: string | null = null;
  // "the Russian city of Kostroma": the demonym tells the country, the name after "of" the place.
  const demonym = DEMONYM_AREA.exec(text.slice(pos, limit));
  const country = demonym ? placeOfDemonym(demonym[1]!) : null;
  if (demonym && country) {
    owner = country;
    pos += demonym[0].length;
  }
  for (let k = 0; k < 4; k++) {
    const m = LINK.exec(text.slice(pos, limit));
    if (!m) break;
    const name = trimName(m[2]!);
    if (!name) break;
    const word = m[3];
    const admin = Boolean(word && ADMIN_WORD.test(word));
    if (word && !admin && FAITH.test(name)) break;
    // "a Moscow concert hall" is in Moscow; "a Brazilian club" in Brazil.
    const known = gazetteerPlace(name) ?? (word && !admin && !name.includes(" ") ? placeOfDemonym(name) : null);
    const id = known ?? slugOf(admin || !word ? name : `${name} ${word}`);
    if (m[1] && k === 0 && !owner) owner = gazetteerPlace(m[1]) ?? (NOT_NAME.test(m[1]) ? null : slugOf(m[1]));
    if (known || word) sure = true;
    if (k === 0) first = { text: text.slice(pos, pos + m[0].length), venue: Boolean(word && !admin), admin };
    ids.push(id);
    // "in Seoul Saturday": the words end with the name.
    pos += name !== m[2] ? m[0].indexOf(m[2]!) + name.length : m[0].length;
    if (name !== m[2]) break;
    const next = NEXT.exec(text.slice(pos, limit));
    if (!next) break;
    pos += next[0].length;
  }
  if (!first || ids.length === 0) return null;
  if (owner) ids.push(owner);
  if (ids.length >= 2) sure = true;
  const within: string[] = [];
  for (const id of ids.slice(1)) if (!within.includes(id)) within.push(id);
  const lastKnown = [...ids].reverse().find((id) => isGazetteerPlace(id));
  for (const id of lastKnown ? placesAround(lastKnown) : []) {
    if (!within.includes(id) && id !== ids[0]) within.push(id);
  }
  return { entity: { kind: "place", id: ids[0]!, text: first.text.trim(), within }, end: pos, sure };
}

/** A name without a month or weekday tacked on ("Seoul Saturday") and not an opener word; "" if nothing is left. */
function trimName(name: string): string {
  const words = name.split(/\s+/);
  const cut = words.findIndex((w) => MONTHS_AND_DAYS.has(w.toLowerCase().replace(/[.,]$/, "")));
  const kept = cut < 0 ? words : words.slice(0, cut);
  if (kept.length === 0 || NOT_NAME.test(kept[0]!)) return "";
  return kept.join(" ");
}

/** Words between an event's noun and where it happened: "crush, which occurred Saturday night at", "stampede at a soccer stadium in". */
const WHERE = new RegExp(String.raw`^(?:,\s+(?:which|that)\s+(?:occurred|happened|took\s+place|struck|hit|broke\s+out|unfolded)\b)?[^,;:.!?()–—]{0,60}?\b(?:in|at|on|near|inside|outside)\s+(?:the\s+|a\s+|an\s+)?(?:(?:[\p{Ll}-]+\s+){0,2}(?:${VENUE})s?\s+(?:in|at|of|near)\s+(?:the\s+)?|(?:[\p{Ll}-]+\s+){0,2}(?:${ADMIN})\s+of\s+(?:the\s+)?|(?:[\p{Ll}]+\s+){0,2}(?=\p{Lu}[\p{L}’'-]*\s+(?:[\p{Ll}]+\s+)?(?:${VENUE}|${ADMIN})\b))?(?:(?:north|south|east|west)(?:ern|-?(?:east|west)(?:ern)?)?\s+|central\s+)?(?=\p{Lu})`, "u");

/**
 * Where an event happened, read after its noun: "the stampede at Kanjuruhan Stadium, Malang",
 * "a stampede at a soccer stadium in Indonesia's East Java province", "a crowd crush, which
 * occurred Saturday night at the Itaewon district of ... Seoul". Only a sure place.
 */
export function eventPlaceAfter(text: string, from: number, to: number, context?: SubjectContext): PlaceChain | null {
  for (const chain of placePhrasesAfter(text, from, to)) {
    // A name the story has shown to be a place (its dateline, a chain elsewhere) is a place here too.
    const known = chain ? context?.places?.get(chain.entity.id) : undefined;
    if (chain?.sure) return copyOf(chain);
    // The story's places for the chain's own: a new entity, so the kept chain's is not copied.
    if (chain && known) return { entity: { ...chain.entity, within: known }, end: chain.end, sure: true };
  }
  return null;
}

/**
 * The chains the place phrases after an event's noun read, in order, up to the first sure one:
 * what eventPlaceAfter weighs against the story's places, read once per article for each noun
 * (the readers of an event's figures each ask it).
 */
function placePhrasesAfter(text: string, from: number, to: number): readonly (PlaceChain | null)[] {
  const phrases = phrasesOf(text);
  const key = `${from}|${to}`;
  let found = phrases.get(key);
  if (found === undefined) phrases.set(key, (found = readPlacePhrases(text, from, to)));
  return found;
}

function readPlacePhrases(text: string, from: number, to: number): (PlaceChain | null)[] {
  const found: (PlaceChain | null)[] = [];
  const window = text.slice(from, Math.min(to, from + 160));
  // "struck on Tuesday night outside a gold mine in Maco town": the first place phrase that reads a place.
  for (let skip = 0, tries = 0; skip < window.length && tries < 4; tries++) {
    const m = WHERE.exec(window.slice(skip));
    if (!m || /\b(?:killing|killed|leaving|said|says|after|when|before|since|while|and)\b/i.test(window.slice(0, skip) + m[0])) break;
    const at = from + skip + m[0].length;
    const chain = readPlaceChain(text, at, Math.min(to, from + 220));
    found.push(chain);
    if (chain?.sure) break;
    skip += m[0].length + 1;
  }
  return found;
}

/** The place phrases read in the last text, by the stretch they were read in. */
const phrasesOf = oneTextMemo<(PlaceChain | null)[]>();

/** Remembers a chain's place for the article, so later mentions of its id know what contains it. */
export function rememberPlace(context: SubjectContext | undefined, entity: ScopeEntity): void {
  if (!context || !entity.within?.length) return;
  const known = (context.places ??= new Map()).get(entity.id);
  if (!known || known.length < entity.within.length) context.places.set(entity.id, entity.within);
}

/** The places containing `id`: the gazetteer's, or the article's own chain for a name it lacks. */
export function placesAroundIn(context: SubjectContext | undefined, id: string): string[] {
  const known = placesAround(id);
  return known.length ? known : context?.places?.get(id) ?? [];
}

/**
 * "in Maco town in the province of Davao de Oro" and, for the same event, "in the southern
 * Philippines": a chain the gazetteer cannot place ends in the one known place the story's other
 * mentions of the event name, so it meets an outlet that names only the country.
 */
export function anchorChains(context: SubjectContext, places: ReadonlyArray<string | undefined>): void {
  const known = [...new Set(places.filter((p): p is string => Boolean(p) && isGazetteerPlace(p!)))];
  // The most specific known place, when the others contain it.
  const inner = known.find((k) => known.every((o) => o === k || placesAround(k).includes(o)));
  if (!inner) return;
  for (const id of new Set(places)) {
    if (!id || isGazetteerPlace(id)) continue;
    const chain = context.places?.get(id) ?? [];
    if (chain.some((c) => isGazetteerPlace(c))) continue;
    (context.places ??= new Map()).set(id, [...chain, inner, ...placesAround(inner)]);
  }
}
