import events from "./data/events.js";
import measures from "./data/measures.js";
import { lookupTable } from "./data/lookup-table.js";

/**
 * Word classes the subject reader needs, in the newsroom's terms. Small closed lists: a
 * hand-written noun-phrase reader with these is enough for "3.6 million Syrian refugees
 * residing in Turkey", and costs nothing to load (an NLP library would cost ~1-2 MB and a
 * cold start, for tags we only need around numbers).
 */

/** Words that end a noun phrase: prepositions, conjunctions, determiners, pronouns, auxiliaries, adverbs. */
export const PHRASE_STOP = new Set(`in on at of from to into onto for with by about over under along across inside within
near since during after before between among against per than as via through throughout toward towards around
and or but nor yet so the a an this that these those which who whom whose what it its their they them he she his
her we our you your is are was were be been being have has had do does did will would can could may might must
should shall remain remains remained also only just still already now currently then there here more less very too
nearly almost not no never each every both either neither than while where when because although though if unless
whereas until unlike like including despite amid amidst beyond except without upon following regarding
concerning behind beside besides plus versus outside off up down out`.split(/\s+/));

/**
 * Irregular past forms of verbs, which end a noun phrase after its first word as an -ed word does:
 * "the 21-storey building fell down", "the death toll rose" ("fell" is a hill too, "rose" a flower).
 */
export const PAST_FORMS = new Set(`fell rose sank struck shook broke blew tore froze came went fled began spread ran stood
caught burnt swept flew drove sought stuck slid split`.split(/\s+/));

/** Nouns that name a goal or a document, not the thing measured: "the 30-mile deep security strip objective". */
export const ABSTRACT_NOUNS = new Set(`objective objectives goal goals plan plans target targets aim aims idea proposal
project policy deal figure figures number numbers total mark level rate estimate estimates limit threshold`.split(/\s+/));

/** -ing words that are nouns, so they do not end a phrase. */
export const ING_NOUNS = new Set(`building buildings housing shelling bombing bombings fighting meeting meetings crossing
crossings landing wedding funding spending earnings killing killings shooting shootings uprising offering`.split(/\s+/));

/** Heads that count people: a demonym next to them is a group, not a place. */
export const PEOPLE = new Set(`person civilian refugee migrant resident child woman man soldier troop fighter worker
student citizen returnee asylum-seeker seeker national prisoner voter inhabitant immigrant displaced killed injured
arrested missing evacuated casualty victim militant rebel member official officer police personnel staff
family household protester detainee hostage baby adult teenager girl boy patient journalist doctor
minor infant toddler youngster firefighter fireman firemen`.split(/\s+/));

/** Status words that make a count of people a casualty or displacement count (data/measures.json). */
export const CASUALTY: Record<string, string> = lookupTable(Object.fromEntries(
  Object.entries(measures.casualty).flatMap(([kind, words]) => words.map((word) => [word, kind])),
));

/** Counted nouns that name all of an event's dead or trapped, not a part of them (data/measures.ts 'roles'). */
export const ROLES: ReadonlySet<string> = new Set(measures.roles);

/** Whether `noun` names all of those counted by `measure` (data/measures.ts 'roles' and 'rolesOf'). */
export function isRoleOf(noun: string, measure: string | undefined): boolean {
  return ROLES.has(noun) || Boolean(measure && (measures.rolesOf as Record<string, string[] | undefined>)[measure]?.includes(noun));
}

/** Event nouns and the event name old subject keys use (data/events.json): the thing a casualty count or a date belongs to. */
export const EVENTS: Record<string, string> = lookupTable(events.words);

/**
 * Verbs that name an event by what happened, for "killed when a gas canister exploded": the
 * event name the noun would give ("explosion" -> "bombing").
 */
export const EVENT_VERBS: Record<string, string> = lookupTable(events.verbs);
/** Verbs of an event before the count they caused ("attacked a police station in Kabul, killing 2"). */
export const ACT_VERBS: Record<string, string> = lookupTable(events.actVerbs);

const EVENT_CLASSES = new Map<string, string>(Object.entries(events.classes));
/** The type class of an event name (data/events.ts 'classes': bombing -> attack); a name not listed is its own class. */
export function classOfEvent(name: string): string {
  return EVENT_CLASSES.get(name) ?? name;
}

/** Verbs of an event starting or ending, for dates: "the Syrian war began in 2011". */
export const EVENT_PHASE: Record<string, string> = lookupTable({
  began: "start", begun: "start", begin: "start", started: "start", start: "start", erupted: "start",
  broke: "start", launched: "start", ended: "end", end: "end", finished: "end", concluded: "end",
});

/** Generic words a name drops: "Istiklal Street" names the same place as "Istiklal". */
export const GENERIC_NAME_WORDS = new Set(["street", "avenue", "road", "square", "boulevard", "st", "ave", "rd"]);

export const MONTHS_AND_DAYS = new Set(`january february march april may june july august september october november
december jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday`.split(/\s+/));

/** Measure words: "30-mile deep" is a depth, "a wall 9 meters tall" a height. */
export const MEASURE_ADJECTIVES: Record<string, string> = lookupTable({
  deep: "depth", long: "length", wide: "width", tall: "height", high: "height", thick: "thickness", broad: "width",
});

export const MEASURE_NOUNS: Record<string, string> = lookupTable({
  depth: "depth", length: "length", width: "width", height: "height", altitude: "height", distance: "distance",
  range: "range", radius: "radius", diameter: "diameter", area: "area", thickness: "thickness", elevation: "height",
});
