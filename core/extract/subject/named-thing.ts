import type { ScopeEntity } from "../../model.js";
import type { Span } from "../span.js";
import data from "./data/named-measures.js";
import kindData from "./data/thing-dimensions.js";
import { gazetteerPlace, placesAround } from "./gazetteer.js";
import { slugOf } from "./frame-scope.js";

/**
 * Which named thing a standing measure is about, and how the thing is called across articles.
 * The readers of named-measure.ts find the name right beside the figure ("the 948-foot Dali",
 * "X stands N metres tall"); this file finds it where news writing puts it further away, when a
 * word named the measure ("at a height of", "tall", "seats"): the one named thing of the clause
 * ("Merdeka 118: world's second-tallest building rises to 678.9 metres", "The Shard, completed
 * in 2012, climbs 310 metres"), a name given to a common noun ("the vessel, identified as the
 * Dali", "Named the Merdeka 118, the skyscraper ..."), or the one named thing opening the
 * sentence before when this one says "it" or "the bridge". Two names, or none, give nothing.
 */

export const NAME = String.raw`(?:\p{Lu}[\p{L}\p{N}’'.&-]*|\d+)(?:(?:[^\S\n]|\n(?![^\S\n]*\n))+(?:\p{Lu}[\p{L}\p{N}’'.&-]*|\d+|of\s+the(?=\s+\p{Lu})|of|de|la|al|el|du))*`;

/** A name without the particle a name match may end on ("the Bank of", "Puente de"): NAME reads one too far. */
export function bareName(words: string): string {
  return words.replace(/\s+(?:of|de|la|al|el|du)$/, "");
}

/** Common nouns of named things: they follow a figure or a name ("Kerch bridge") and are no part of the thing's id. */
export const THINGS = ["container ship", "cargo ship", "cruise ship", "ship", "vessel", "tanker", "freighter", "liner", "yacht", "ferry", "carrier", "bridge", "tower", "building", "skyscraper", "dam", "stadium", "arena", "tunnel", "canal", "statue", "cathedral", "mosque", "temple", "pyramid", "volcano", "glacier", "pipeline", "railway", "highway", "motorway", "wall", "structure", "venue"];

const NOT_NAMES = new Set(data.notNames);
/** "Turkish border", "Israeli wall": a nationality word before a common noun is no name. */
export const DEMONYM = /^\p{Lu}\p{Ll}+(?:ian|ish|ese|ean)$|^\p{Lu}\p{Ll}{3,}i$/u;
/**
 * Ship prefixes are no part of a thing's id ("MV Dali" is the Dali), nor a trailing common noun after a name of two
 * words or more ("Burj Khalifa tower" is the Burj Khalifa). After one word the noun stays, whatever its case
 * ("Kerch bridge" and "Kerch Bridge" are `kerch-bridge`): "Trump Tower" is not Trump, "Wembley Stadium" not the district.
 */
/** The prefixes of a vessel's name ("MV Bukoba", "the ferry MS Estonia"), as a pattern's alternation. */
export const VESSEL_PREFIX = String.raw`MV|M\/V|MS|SS|RMS|HMS|USS|MT`;
const PREFIX = new RegExp(String.raw`^(?:the\s+|(?:${VESSEL_PREFIX})\s+)+`, "i");
const FOREIGN_ARTICLE = /^(?:Le|La|Les|El)\s+(?=\p{Lu})/u;
const VESSEL_AFTER = /\s+(?:container\s+ship|cargo\s+ship|cruise\s+ship|ship|vessel|tanker|freighter|liner|yacht|ferry)$/i;
const TRAILING = new RegExp(String.raw`\s+(?:${THINGS.map((t) => t.replace(/ /g, String.raw`\s+`)).join("|")})$`, "i");
const TRAILING_KIND = new RegExp(String.raw`\s+(?:${kindData.trailingKinds.map((t) => t.replace(/ /g, String.raw`\s+`)).join("|")})$`, "i");

const ROMAN: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4, V: 5, VI: 6, VII: 7, VIII: 8, IX: 9, X: 10 };

/** One id for one thing however it is written: "The Kerch Bridge" and "the Kerch bridge" are `kerch-bridge`, "Burj Khalifa tower" `burj-khalifa`. */
export function thingId(name: string): string {
  // "M. Chinnaswamy Stadium" is the Chinnaswamy Stadium; "Queen Mary II" the Queen Mary 2.
  // "Le Joola" is the Joola: a French or Spanish article before a name is its "the".
  const bare = name.replace(PREFIX, "").replace(FOREIGN_ARTICLE, "").replace(/[’']s$/, "").replace(/^(?:\p{Lu}\.\s*)+(?=\p{Lu}\p{Ll})/u, "").replace(/\s(I{1,3}|IV|V|VI{1,3}|IX|X)$/, (_, r: string) => ` ${ROMAN[r]}`).trim();
  // "Kokoda Trail" is the Kokoda Track: one kind noun for a kind another outlet words otherwise (data/thing-dimensions.ts).
  const aliased = bare.replace(KIND_ALIAS, (word: string) => kindData.aliases[word.toLowerCase()]!);
  // "Issyk-Kul Lake" and "Lake Issyk-Kul" are the Issyk-Kul: a landform's kind noun opening or closing a name of two
  // words or more (hyphened ones count) is no part of its id; beside one word it stays ("Lake Malawi" is not Malawi).
  const kindless = aliased.replace(TRAILING_KIND, "").replace(LEADING_KIND, "$1");
  if (kindless !== aliased && /\p{L}/u.test(kindless) && /\s|\p{L}-\p{Lu}\p{Ll}/u.test(kindless)) return slugOf(kindless);
  const shorter = aliased.replace(TRAILING, "");
  // "the Le Joola ship", "the Sewol ferry": a vessel's one-word name with its kind after it is the vessel; a one-word
  // name before a bridge or a dam ("Kerch bridge") keeps its kind, apart from the place it is named after.
  const vessel = VESSEL_AFTER.test(aliased) && /\p{L}/u.test(shorter);
  return slugOf((/\p{L}/u.test(shorter) && /\s/.test(shorter)) || vessel ? shorter : aliased);
}

const KIND_ALIAS = new RegExp(String.raw`(?<![\p{L}])(?:${Object.keys(kindData.aliases).join("|")})(?![\p{L}])`, "giu");
const LEADING_KIND = new RegExp(String.raw`^(?:${kindData.leadingKinds.join("|")})\s+(.+)$`, "u");
/** A kind noun alone ("The Canyon itself is ...", "the Lake") names no thing: the story's thing of the kind is read elsewhere. */
const KIND_ALONE = new Set(kindData.kinds.flat());

const ACROSS_SENTENCES = /[.!?]\s+(?:The|A|An|This|That|These|Those|It|Its)\s/;

/** "Bihar bridge": a known place and a lowercase kind tell where a thing is, no name of it ("Koilwar bridge" is one). */
export function placeAndKind(name: string): boolean {
  const common = /\s\p{Ll}+$/u.exec(name.trim());
  return Boolean(common && gazetteerPlace(name.trim().replace(/^(?:the|The)\s+/, "").slice(0, common.index - (/^(?:the|The)\s+/.exec(name.trim())?.[0].length ?? 0))));
}

/** A name as a scope entity: a place when the gazetteer knows it, else a named thing. */
export function thingOf(words: string): ScopeEntity | null {
  const name = words.replace(/^(?:the|The)\s+/, "").replace(/^.*[’']s\s+/, "").trim();
  const first = name.split(/\s+/)[0]!;
  // "the bridge" read with a lowercase name ending ("Koilwar bridge") is a common noun, no name.
  // "Bihar. The bridge": capitals across a sentence's end are two sentences, no name.
  if (!name || NOT_NAMES.has(first) || KIND_ALONE.has(name.toLowerCase()) || !/\p{L}/u.test(name) || !/^[\p{Lu}\p{N}]/u.test(name) || ACROSS_SENTENCES.test(name)) return null;
  const place = gazetteerPlace(name);
  return place ? { kind: "place", id: place, text: name, within: placesAround(place) } : { kind: "named", id: thingId(name), text: name };
}

export interface FoundThing { thing: ScopeEntity; span: Span }

const NAMES = new RegExp(String.raw`(?<![\p{L}\p{N}’'-])${NAME}`, "gu");
/** A name given to a common noun: "the vessel, identified as the Dali", "Named the Merdeka 118,". */
const NAMING = new RegExp(String.raw`(?:^|[^\p{L}])(?:[Nn]amed|[Cc]alled|[Dd]ubbed|[Cc]hristened|identified\s+as|[Kk]nown\s+as)\s+(?:the\s+)?(${NAME})`, "u");
/** Who speaks, a title before a person, another thing compared with: no thing measured. */
const SPEAKS = /^\s*(?:said|says|saying|told|telling|added|adding|reported|announced|stated|explained|noted|wrote|tweeted)\b/;
const SAID = /\b(?:said|says|told|according\s+to)\b/;
const IS_A = /^\s+(?:is|was)\s+(?:a|an|the)\s/;
const THING_AFTER = new RegExp(String.raw`^\s+(?:${[...THINGS, ...kindData.kinds.flat()].join("|")})(?![\p{L}])`, "u");
const TITLED = /\b(?:Mr|Mrs|Ms|Dr|President|Mayor|Minister|Governor|Chief|Director|spokesman|spokeswoman|spokesperson|according to|by|than|behind|overtaking|surpassing|overtook|surpassed|beating|like|unlike|from|after|before|over)\s+(?:the\s+)?$/;
/** "in Kuala Lumpur", "near Zug": a name after these places the thing; it is not the thing. */
const PLACING = /\b(?:in|at|near|outside|inside|across|on|of|to|into|between)\s+(?:the\s+)?$/;

/** Measure nouns are no names: "- Capacity: 88,966" names no thing called "Capacity". */
const LABELS = new Set(Object.keys(data.nounFrames));

/** The names of a stretch of text that may be the thing measured (places only for a population). */
export function candidates(text: string, from: number, to: number, population: boolean): FoundThing[] {
  const out: FoundThing[] = [];
  const stretch = text.slice(from, to);
  NAMES.lastIndex = 0;
  for (let hit = NAMES.exec(stretch); hit; hit = NAMES.exec(stretch)) {
    // "Europe's tallest skyscraper": a possessive name is the owner, weighed as the name itself (a place here).
    // "Both Taipei 101", "In Dubai": an opening word that starts no name is left out.
    let words = bareName(hit[0]).replace(/[’']s$/, "");
    for (let first = /^(\S+)\s+/.exec(words); first && (NOT_NAMES.has(first[1]!) || /^\p{Ll}/u.test(first[1]!)); first = /^(\S+)\s+/.exec(words)) words = words.slice(first[0].length);
    const before = stretch.slice(Math.max(0, hit.index - 30), hit.index);
    // "Large chunks of ...": one capitalised word opening a sentence says nothing of a name.
    const rest = stretch.slice(hit.index + hit[0].length);
    // "Anfield is a football stadium": one word opening a sentence is a name when the sentence says what it is.
    if (stretch.slice(0, hit.index).replace(/^[\s\-–•*·]+/, "") === "" && !/\s/.test(words) && !/^The\s/.test(hit[0]) && !(population && gazetteerPlace(words)) && !IS_A.test(rest)) continue;
    // A speaker ("Khan said the bridge spans ...") is no thing measured.
    if (!/\p{L}/u.test(words) || /^\d/.test(words) || DEMONYM.test(words) || TITLED.test(before) || SPEAKS.test(rest) || SAID.test(rest)) continue;
    if (/^\p{Lu}[\p{L}]*-\p{Ll}+$/u.test(words) || /^\p{Lu}{1,3}$/u.test(words) || LABELS.has(words.toLowerCase())) continue; // "Singapore-flagged": a modifier; "(GT)": an abbreviation
    // "the Yangsigang bridge": the common noun after a one-word name is part of its id (thingId).
    if (NOT_NAMES.has(words)) continue; // "The dam": an article and a common noun name nothing
    const noun = THING_AFTER.exec(rest)?.[0] ?? "";
    // "the new Pamban bridge" is the New Pamban Bridge, another thing than the Pamban Bridge it replaces.
    if (noun && /\bthe\s+new\s+$/i.test(before)) words = `New ${words}`;
    const thing = thingOf(words + noun);
    if (!thing) continue;
    const placed = thing.kind === "place" || PLACING.test(before);
    if (placed !== population) continue;
    const start = from + hit.index + hit[0].indexOf(words);
    out.push({ thing, span: { start, end: start + words.length } });
  }
  return out;
}

/**
 * "A first-of-its-kind for Indian Railways, the new Pamban bridge would be 2.05 km long": of several
 * names, the last is the clause's subject when a comma sets all the others off before it and only
 * lowercase words stand between it and the figure.
 */
function subjectOf(text: string, found: FoundThing[], start: number): FoundThing | null {
  const last = found.at(-1)!;
  const comma = text.lastIndexOf(",", last.span.start);
  if (comma < 0 || found.slice(0, -1).some((f) => f.span.end > comma) || !/^[\s\p{Ll}’'-]*$/u.test(text.slice(last.span.end, start))) return null;
  return text.slice(comma + 1, last.span.start).trim().replace(/^(?:the|The)\s*/, "").replace(/^new\s*/, "") === "" ? last : null;
}

function single(found: FoundThing[]): FoundThing | null {
  return found.length > 0 && found.every((f) => f.thing.id === found[0]!.thing.id) ? found[0]! : null;
}

/** The sentence before `start`, found by its end mark (the subject steps pass no sentence list here). */
export function previousSentence(text: string, start: number): Span | null {
  const from = Math.max(0, start - 400);
  const before = text.slice(from, start).replace(/\s+$/, "");
  // "M. Chinnaswamy Stadium": an initial's full stop ends no sentence.
  const ends = [...before.slice(0, -1).matchAll(/(?<![^\p{L}]\p{Lu}|^\p{Lu})[.!?]["”’)]?\s+|\n/gu)];
  const last = ends.at(-1);
  const s = last ? from + last.index! + last[0].length : from;
  return before.length > 0 && s < from + before.length ? { start: s, end: from + before.length } : null;
}

/**
 * The thing of a measure whose name stands away from its figure: null when the clause names two,
 * undefined when it names none.
 * @example clauseThing("The Shard, completed in 2012, climbs 310 metres.", { start: 0, end: 49 }, 37, 47, false)?.thing.id // "shard"
 */
export function clauseThing(text: string, sentence: Span, start: number, end: number, population: boolean): FoundThing | null | undefined {
  const naming = NAMING.exec(text.slice(sentence.start, Math.min(sentence.end, end + 80)));
  if (naming) {
    const thing = thingOf(naming[1]!);
    const at = sentence.start + naming.index + naming[0].lastIndexOf(naming[1]!);
    if (thing && (thing.kind === "place") === population) return { thing, span: { start: at, end: at + naming[1]!.length } };
  }
  const own = candidates(text, sentence.start, start, population);
  if (own.length > 0) return single(own) ?? subjectOf(text, own, start);
  // No name here (undefined): "it", "the bridge" pointing back are read by pointer-thing.ts.
  return undefined;
}

/** A new name given right after the name, or after a relative clause of it: "X, which ..., will now be known as the 'Y'", "X was renamed Y". */
const RENAMED = new RegExp(String.raw`^(?:\s*,\s*(?:which|that)\b[^.;!?]{0,160},)?\s+(?:(?:will|would|is|was|has\s+been|had\s+been)\s+(?:now\s+)?(?:be\s+|been\s+)?renamed(?:\s+as)?|(?:will|would|is|are)\s+now\s+(?:be\s+)?(?:known|called)(?:\s+as)?|(?:will|would)\s+be\s+known\s+as)\s+(?:the\s+)?['‘’"“]?(${NAME})`, "u");

/**
 * The name a thing is renamed to in the sentence naming it ("The 8.8-km-long Rohtang tunnel, which
 * connects ..., will now be known as the 'Atal Tunnel'"): reports after the renaming use the new name,
 * so a measure given under the old one is filed under the new. Else the thing itself.
 * @example renamedThing("The Rohtang tunnel will now be known as the 'Atal Tunnel'.", rohtang, 22)?.id // "atal-tunnel"
 */
export function renamedThing(text: string, thing: ScopeEntity, nameEnd: number): ScopeEntity {
  if (thing.kind !== "named" || !/\b(?:renamed|known\s+as|now\s+called)\b/.test(text)) return thing;
  const hit = RENAMED.exec(text.slice(nameEnd, nameEnd + 240));
  // "the ‘Atal Tunnel’. Prime Minister ...": the name ends at its closing quote or the sentence's end.
  const name = hit?.[1]!.split(/[’'"”]?[.!?](?:\s|$)/u)[0]!.replace(/[’'"”]+$/u, "");
  const renamed = name ? thingOf(bareName(name)) : null;
  return renamed?.kind === "named" ? renamed : thing;
}

