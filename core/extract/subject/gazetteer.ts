import gazetteer from "./data/gazetteer.js";
import organisations from "./data/organisations.js";

/**
 * The place and organisation lists of data/, turned once at load into Maps: a name to its id,
 * an id to the places containing it, a demonym to its place and group. Every look-up after
 * load is one Map read, so extraction pays for the gazetteer's size only once per process.
 */

type PlaceEntry = readonly string[] | { names: string[]; demonyms?: string[]; capital?: string; places?: Record<string, PlaceEntry> };

/** Lowercase name -> place id. */
const BY_NAME = new Map<string, string>();
/** Names written in capitals ("UK", "US", "DRC") are only read as written: "us" is a pronoun. */
const BY_CAPS = new Map<string, string>();
const PARENT = new Map<string, string>();
const CAPITAL = new Map<string, string>();
const DISPLAY = new Map<string, string>();
/** Lowercase demonym (and its plural) -> place id. */
const DEMONYM_PLACE = new Map<string, string>();
/** Lowercase demonym (and its plural) -> group id: the demonym, singular. */
const DEMONYM_GROUP = new Map<string, string>();
const GROUP_OF_PLACE = new Map<string, string>();
const ORG_BY_NAME = new Map<string, string>();
const ORG_BY_CAPS = new Map<string, string>();
let maxWords = 1;

function isCaps(name: string): boolean {
  return /^[A-Z.]+$/.test(name) && /[A-Z].*[A-Z]/.test(name);
}

function addName(name: string, id: string, lower: Map<string, string>, caps: Map<string, string>): void {
  if (isCaps(name)) {
    if (!caps.has(name)) caps.set(name, id);
    return;
  }
  const key = normalName(name);
  if (!lower.has(key)) lower.set(key, id);
  maxWords = Math.max(maxWords, key.split(" ").length);
}

function slug(value: string): string {
  return value.toLowerCase().replace(/[’']/g, "").replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-+|-+$/g, "");
}

function load(id: string, entry: PlaceEntry, parent: string | undefined): void {
  const names = Array.isArray(entry) ? entry : (entry as { names: string[] }).names;
  DISPLAY.set(id, names[0] ?? id);
  if (parent) PARENT.set(id, parent);
  for (const name of names) addName(name, id, BY_NAME, BY_CAPS);
  if (Array.isArray(entry)) return;
  const full = entry as Exclude<PlaceEntry, readonly string[]>;
  if (full.capital) CAPITAL.set(id, full.capital);
  // Every demonym of a place names one group, the first's: "Britons" and "British" are "british".
  const group = full.demonyms?.[0] ? slug(full.demonyms[0]) : undefined;
  if (group) GROUP_OF_PLACE.set(id, group);
  for (const demonym of full.demonyms ?? []) {
    const lower = demonym.toLowerCase();
    for (const form of [lower, `${lower}s`]) {
      if (!DEMONYM_PLACE.has(form)) DEMONYM_PLACE.set(form, id);
      if (!DEMONYM_GROUP.has(form)) DEMONYM_GROUP.set(form, group!);
    }
  }
  for (const [child, childEntry] of Object.entries(full.places ?? {})) load(child, childEntry, id);
}

for (const [id, entry] of Object.entries(gazetteer.places as Record<string, PlaceEntry>)) load(id, entry, undefined);
for (const [id, names] of Object.entries(organisations.organisations as Record<string, string[]>)) {
  for (const name of names) addName(name, id, ORG_BY_NAME, ORG_BY_CAPS);
}
const STATELESS = new Set<string>(organisations.groupsWithoutState);
for (const group of STATELESS) if (!DEMONYM_GROUP.has(`${group}s`)) DEMONYM_GROUP.set(`${group}s`, group === "kurd" ? "kurdish" : group);
DEMONYM_GROUP.set("kurd", "kurdish");
DEMONYM_GROUP.set("kurds", "kurdish");

/** Longest place name, in words: how far a reader needs to look ahead. */
export const MAX_NAME_WORDS = maxWords;

/** The first word of every name of two words or more, as looked up (normalName). */
const FIRST_WORDS: ReadonlySet<string> = new Set([...BY_NAME.keys()].filter((k) => k.includes(" ")).map((k) => k.split(" ")[0]!));

/** The first two words of every name of two words or more, as looked up ("las vegas", "new york"). */
const FIRST_PAIRS: ReadonlySet<string> = new Set([...BY_NAME.keys()].filter((k) => k.includes(" ")).map((k) => k.split(" ").slice(0, 2).join(" ")));

/**
 * Whether a run of capitalised words opening with `first` then `second` may be a place of two
 * words or more (with or without "City" after it, as cityOrPlace reads it): false only when both
 * are plain ASCII letters, the first is no "The" (dropped before the look-up), and no name of the
 * list opens with the two (a run's look-up form keeps their letters, lower case, one space between).
 * @example mayOpenPlaceWith("Las", "Vegas") // true
 * @example mayOpenPlaceWith("President", "Joe") // false
 */
export function mayOpenPlaceWith(first: string, second: string): boolean {
  if (!PLAIN_WORD.test(first) || !PLAIN_WORD.test(second)) return true;
  const lower = first.toLowerCase();
  return lower === "the" || FIRST_PAIRS.has(`${lower} ${second.toLowerCase()}`);
}

const PLAIN_WORD = /^[A-Za-z]+$/;

/**
 * Whether a name of two words or more opening with `word` (a word without white space) may be a
 * place of the gazetteer: readers that look up every run of capitalised words ("President Joe
 * Biden", "President Joe") skip the runs no name opens with. Such a run is looked up lowercase
 * with its hyphens kept or read as spaces, so its first word or that word's part before a hyphen
 * opens a name of the list; "The" is dropped first; a name written in capitals holds no space.
 * @example mayOpenPlace("Las") // true ("Las Vegas")
 */
export function mayOpenPlace(word: string): boolean {
  const lower = /^[A-Za-z]+$/.test(word) ? word.toLowerCase() : word.toLowerCase().replace(/[’']/g, "'");
  if (lower === "the" || FIRST_WORDS.has(lower)) return true;
  const hyphen = lower.indexOf("-");
  return hyphen > 0 && FIRST_WORDS.has(lower.slice(0, hyphen));
}

/** The look-up form of a name: lowercase, one kind of apostrophe, single spaces. */
export function normalName(name: string): string {
  const lower = name.toLowerCase();
  // Most names are one plain word: skip the replacements.
  if (/^[a-z]+$/.test(lower)) return lower;
  return lower.trim().replace(/[’']/g, "'").replace(/\s+/g, " ");
}

/**
 * The id of a gazetteer place written `name` (any case for ordinary names, as written for
 * all-capital ones), or null.
 * @example gazetteerPlace("Kiev") // "kyiv"
 */
export function gazetteerPlace(name: string): string | null {
  // Asked again and again for a story's few names, by every reader: each written form is looked
  // up once (bounded, so a long-lived process starts afresh now and then).
  let id = PLACE_OF_NAME.get(name);
  if (id === undefined) {
    if (PLACE_OF_NAME.size >= 50_000) PLACE_OF_NAME.clear();
    PLACE_OF_NAME.set(name, (id = readPlace(name)));
  }
  return id;
}

const PLACE_OF_NAME = new Map<string, string | null>();

function readPlace(name: string): string | null {
  const trimmed = /^[A-Za-z]+$/.test(name) ? name : name.trim().replace(/^the\s+/i, "");
  const caps = BY_CAPS.get(trimmed);
  if (caps) return caps;
  const key = normalName(trimmed);
  return BY_NAME.get(key) ?? BY_NAME.get(key.replace(/-/g, " ")) ?? null;
}

/**
 * The ids of the places containing `id`, nearest first.
 * @example placesAround("oxford-street") // ["london", "united-kingdom"]
 */
export function placesAround(id: string): string[] {
  const chain: string[] = [];
  for (let up = PARENT.get(id); up && chain.length < 6; up = PARENT.get(up)) chain.push(up);
  return chain;
}

/** Whether `id` is a place of the gazetteer. */
export function isGazetteerPlace(id: string): boolean {
  return DISPLAY.has(id);
}

/**
 * Whether `id` is a country: a place of the gazetteer inside no other. A country is too wide to
 * tell one story from another ("the floods in Pakistan").
 * @example isCountryPlace("turkey") // true
 * @example isCountryPlace("ankara") // false
 */
export function isCountryPlace(id: string): boolean {
  return COUNTRIES.has(id);
}

/** The places inside no other, read once at load (the look-up is asked of every name of every story). */
const COUNTRIES: ReadonlySet<string> = new Set([...DISPLAY.keys()].filter((id) => !PARENT.has(id)));

/**
 * The capital of a country, or null.
 * @example capitalOf("turkey") // "ankara"
 */
export function capitalOf(country: string): string | null {
  return CAPITAL.get(country) ?? null;
}

/** The place a demonym names ("Syrians" -> "syria"), or null. */
export function placeOfDemonym(word: string): string | null {
  return DEMONYM_PLACE.get(word.toLowerCase()) ?? null;
}

/** The group a demonym or people word names ("Syrians" -> "syrian", "Kurds" -> "kurdish"), or null. */
export function groupOfDemonym(word: string): string | null {
  const lower = word.toLowerCase();
  if (STATELESS.has(lower)) return lower === "kurd" ? "kurdish" : lower;
  return DEMONYM_GROUP.get(lower) ?? null;
}

/** The group id of a place's people ("syria" -> "syrian"), or null. */
export function groupOfCountry(place: string): string | null {
  return GROUP_OF_PLACE.get(place) ?? null;
}

/**
 * The id of an organisation written `name`, or null.
 * @example organisationId("U.N.") // "un"
 */
export function organisationId(name: string): string | null {
  const trimmed = name.trim().replace(/^the\s+/i, "");
  return ORG_BY_CAPS.get(trimmed) ?? ORG_BY_NAME.get(normalName(trimmed)) ?? null;
}
