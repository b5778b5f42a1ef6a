import { gazetteerPlace, capitalOf, placeOfDemonym } from "./gazetteer.js";
import { slugOf } from "./frame-scope.js";
import { MONTHS_AND_DAYS } from "./lexicon.js";

/**
 * Where an event happened, when its own noun phrase does not say: the capital a clause names
 * ("in the Iraqi capital"), or a place after a verb of striking ("struck Maiduguri").
 */

const CAPITAL = /\b(?:in|near|outside|of)\s+(?:the\s+)?(\p{Lu}[\p{L}’'.-]*?(?:\s+\p{Lu}[\p{L}’'.-]*?){0,2})(?:['’]s)?\s+capital\b(?:,?\s+(\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,2}))?/u;

/**
 * "in Iraq's capital Baghdad", "in the Iraqi capital": the capital named, or the capital of
 * the country or demonym before "capital".
 */
export function capitalAfter(text: string, from: number, to: number): string | undefined {
  const clause = /^[^;:()–—.!?]{0,120}/.exec(text.slice(from, to))?.[0] ?? "";
  if (!clause.includes("capital")) return undefined;
  const m = CAPITAL.exec(clause);
  if (!m) return undefined;
  const named = m[2] ? gazetteerPlace(m[2].replace(/\.$/, "")) : null;
  if (named) return named;
  const country = gazetteerPlace(m[1]!) ?? placeOfDemonym(m[1]!);
  return (country && capitalOf(country)) ?? undefined;
}

/** "An explosion hit a bus station in Kandahar": an event noun whose verb says where it struck. */
const STRUCK = /^\s+(?:has\s+|had\s+)?(?:hit|hits|struck|strikes|tore|ripped|rocked|rocks|shook|shakes|jolted|rattled|occurred|happened|took place|went off|exploded|targeted|destroyed|damaged)\b/i;

/**
 * "exploded near the route of the Carnival in Oruro, Bolivia": the place of an event told by a
 * verb, from an "in <Place>" later in its clause (a known place, or a capitalised name with a
 * known place after its comma).
 */
export function placeInClause(text: string, from: number, to: number): string | undefined {
  const clause = /^[^;:()–—.!?]{0,120}/.exec(text.slice(from, to))?.[0] ?? "";
  const m = PLACE_IN_CLAUSE.exec(clause);
  // "off Chile's Bio-Bio region": the owner of a possessive is the place; "in Islamabad
  // Wednesday": a day after the name is no part of it.
  const name = m?.[1]?.replace(/\.$/, "").replace(/^(\p{Lu}[\p{L}.-]*)['’]s(?:\s.*)?$/u, "$1").split(/\s+/).filter((w, i, all) => !all.slice(0, i + 1).some((x) => MONTHS_AND_DAYS.has(x.toLowerCase().replace(/\.$/, "")))).join(" ");
  if (!name || MONTHS_AND_DAYS.has(name.toLowerCase())) return undefined;
  const container = m![2]?.replace(/\.$/, "");
  // "An earthquake struck Maiduguri": a name the gazetteer lacks is still a place, by its slug,
  // so the quake there and the one that struck Beirut are two events.
  return gazetteerPlace(name) ?? (container && gazetteerPlace(container) ? slugOf(name) : NOT_PLACE.test(name) ? undefined : slugOf(name));
}

/** Capitalised words after "in"/"struck" that are no place: "in Brief", "struck The ...". */
const NOT_PLACE = /^(?:The|A|An|This|That|These|Those|It|Its|Their|His|Her|He|She|They|We|I|Some|Many|At|In|On|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;

/**
 * "struck Maiduguri", "in Oruro, Bolivia", "struck off Chile's Bio-Bio region", "rattled a
 * mountainous region of northwestern China": a place after a verb of striking.
 */
const PLACE_IN_CLAUSE = /\b(?:in|struck|hit|rocked|jolted|shook|rattled)\s+(?:near\s+|(?:just\s+)?off\s+(?:of\s+)?)?(?:(?:the|a|an)\s+(?:[\p{Ll}-]+\s+){0,3}(?:city|town|village|province|region|state|area|part)\s+of\s+(?:the\s+)?(?:(?:north|south|east|west|central)(?:ern|-?(?:east|west)(?:ern)?)?\s+)?)?(\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,2})(?:,\s+(\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,2}))?/u;

/** Whether the event noun ending at `end` is followed by a verb of striking ("An explosion hit a bus station"). */
export function byVerbAt(text: string, end: number): boolean {
  return STRUCK.test(text.slice(end, end + 24));
}

/**
 * "At Mardan's district court on Friday morning, 11 people were killed in a suicide bomb": a known
 * place that opens the sentence, in a phrase ended by its comma before the event, is where the event
 * was, before any place the rest of the story gives it. "In 2019," or "At least 12" name no place.
 */
export function openingPlace(text: string, sentence: { start: number }, eventStart: number): string | undefined {
  const lead = text.slice(sentence.start, eventStart);
  const m = OPENING_PLACE.exec(lead);
  // Only the clause the opening governs ("In Turkey, 2,921 were killed, while in Syria 1,444 died"),
  // and only a count told at that place before the event: "In the Philippines, the typhoon affected
  // ..." names one of the places a spread event hit.
  const rest = lead.slice(m?.[0].length ?? 0);
  if (!m || /[,;:]|\b(?:while|whereas|but)\b/.test(rest) || !COUNT.test(rest)) return undefined;
  // "At Mardan District Court,": the longest run of its first words that is a known place.
  const words = m[1]!.split(/\s+/);
  for (let n = words.length; n > 0; n--) {
    const name = words.slice(0, n).join(" ");
    const place = MONTHS_AND_DAYS.has(name.toLowerCase()) ? null : gazetteerPlace(name);
    if (place) return place;
  }
  // A name the gazetteer lacks is a place when the story says something is in it ("in the city of Mardan").
  const name = words[0]!;
  return !NOT_PLACE.test(name) && new RegExp(String.raw`\b(?:in|city\s+of|town\s+of|district\s+of)\s+(?:the\s+)?${name}\b`, "u").test(text) ? slugOf(name) : undefined;
}

const OPENING_PLACE = /^\s*(?:At|In|Near|Outside)\s+(?:the\s+)?(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})(?:['’]s\b|\b)[^,;:()–—]{0,60},/u;

/** A figure in digits or words. */
const COUNT = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\p{L}+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|dozens|hundreds|thousands)\b/iu;
