import { lookupTable } from "./lookup-table.js";
/**
 * Data, not code: what a figure counts as a reader pairs two reports' figures (counted-slot.ts).
 * The words of a clause that say what happened to the people counted, by the slot they fill:
 * "killed", "died", "bodies", "death toll" are one slot; "injured", "wounded", "hurt" another.
 */
export const SLOT_WORDS: Readonly<Record<string, string>> = lookupTable({
  killed: "dead", kill: "dead", kills: "dead", killing: "dead", dead: "dead", died: "dead", die: "dead", dies: "dead",
  deaths: "dead", death: "dead", bodies: "bodies", body: "bodies", fatalities: "dead", perished: "dead", drowned: "dead", toll: "dead",
  slain: "dead", massacred: "dead", lives: "dead", claimed: "dead", claiming: "dead", lifeless: "dead",
  injured: "injured", injuring: "injured", injures: "injured", injuries: "injured", wounded: "injured", wounding: "injured",
  hurt: "injured", injury: "injured",
  hospitalised: "hospitalised", hospitalized: "hospitalised", hospitalisation: "hospitalised", hospitalization: "hospitalised",
  missing: "missing", unaccounted: "missing",
  rescued: "rescued", survivors: "rescued", survived: "rescued", saved: "rescued",
  evacuated: "evacuated", evacuees: "evacuated", evacuating: "evacuated",
  displaced: "displaced", homeless: "displaced", fled: "displaced", relocated: "displaced",
  arrested: "arrested", arrests: "arrested", arresting: "arrested", detained: "arrested", detaining: "arrested", apprehended: "arrested",
  trapped: "trapped",
});

/**
 * Words of a count's clause that make it a part of its slot: the seriously injured are some of the
 * injured ("four others seriously wounded" / "eight injured, five of them seriously").
 */
export const SEVERITY: ReadonlySet<string> = new Set(["seriously", "critically", "severely", "gravely", "badly", "slightly", "minor", "serious", "critical", "grave", "severe"]);

/**
 * Words of a count's clause that make it the count of those still in hospital, not of all the
 * injured ("There are still 33 injured ... being treated in hospital"): a count that falls as
 * the injured go home.
 */
export const IN_HOSPITAL: ReadonlySet<string> = new Set(["still", "remain", "remained", "remains", "currently"]);

/**
 * What happened to counted things, a part of their slot: "20 houses destroyed" and "30 houses
 * damaged" are two counts ("n:house.destroyed", "n:house.damaged").
 */
export const THING_STATES: Readonly<Record<string, string>> = lookupTable({
  destroyed: "destroyed", razed: "destroyed", flattened: "destroyed", damaged: "damaged", flooded: "flooded", submerged: "flooded",
  buried: "buried", burned: "burned", burnt: "burned", collapsed: "collapsed", affected: "affected", gutted: "burned",
});

/** The prefix of a slot of counted things with no verb of people: "n:vehicle", "n:underpass". */
export const THING = "n:";

/** Counted nouns that name no kind of people: "20 people killed" and "20 killed" fill one slot. */
export const ANY_PEOPLE: ReadonlySet<string> = new Set([
  "people", "person", "persons", "individuals", "individual", "others", "other", "victims", "victim", "souls",
  "casualties", "human", "humans", "residents",
]);

/** Kinds of people written two ways by two outlets ("three cops" / "two police officers"): one kind. */
export const KIND_ALIASES: Readonly<Record<string, string>> = lookupTable({
  policeman: "police", "police-officer": "police", officer: "police", motorbike: "motorcycle", home: "house", dwelling: "house",
  kid: "child", pupil: "student", schoolchild: "student", corpse: "body",
});

/** Kinds that are all of a slot's people ("four suspects" arrested, "13 survivors" rescued): no kind of their own there. */
export const SLOT_ANY_KIND: Readonly<Record<string, readonly string[]>> = lookupTable({
  arrested: ["suspect", "individual"],
  rescued: ["survivor", "passenger", "person"],
});

/** Irregular plurals of counted people: the slot takes the singular ("dead:child"). */
export const SINGULAR: Readonly<Record<string, string>> = lookupTable({
  children: "child", men: "man", women: "woman", people: "person", police: "police", cops: "policeman", cop: "policeman", officers: "officer",
  policemen: "policeman", policewomen: "policeman", kids: "child", youths: "youth", personnel: "personnel",
});

/**
 * Words before a figure that make it a part of another count ("including 9 children", "among
 * them 4", "of whom 3"): a part of people of any kind is not the report's count of the slot.
 */
export const PART_BEFORE: readonly string[] = ["including", "includes", "included", "among", "whom", "which", "besides", "excluding"];

/** Words after a figure that make it a part ("3 of them", "12 of the dead"). */
export const PART_AFTER: readonly string[] = ["of"];

/** Words right after a figure that make it an increment, not a level: "four more", "12 additional". */
export const INCREMENT_AFTER: readonly string[] = ["more", "additional", "new"];

/** Words before a figure that make it an increment or a rate: "up by 4", "by 12". */
export const INCREMENT_BEFORE: readonly string[] = ["by", "additional"];

/** Words right before a figure after which it describes its noun, not counts it: "a 6.4 quake", "an 8-storey block", "magnitude 7". */
export const DESCRIBES_BEFORE: readonly string[] = ["a", "an", "magnitude"];

/** Words after a figure that make it a rate ("12 a day", "4 per hour", "5 each year"). */
export const RATE_AFTER: readonly string[] = ["a", "per", "each", "every", "an"];

/**
 * Words of a sentence that place its figures in another time than the story's day: the count of a
 * past event, a total since some start, a yearly figure.
 */
export const OTHER_TIME: RegExp = /\b(last year|years? ago|since|previous|earlier this year|so far this year|this year|in total|annual|annually|per year|every year|each year|record|history|historic|deadliest|worst|decade|century|anniversary|average)\b/iu;

/**
 * Words of a sentence that tell its count as still moving ("So far, 33 people have died", "the toll
 * rose to 20", "may rise"): on the day it was written another hour's count may differ from it.
 */
export const STILL_COUNTING: RegExp = /\b(so far|thus far|till now|until now|as of now|rose|risen|rises|rising|climbed|climbs|jumped|increased|could rise|may rise|likely to (?:rise|go up|increase)|expected to (?:rise|go up|increase)|feared)\b/iu;

/** Things that are no count of things: units, spans of time, rates. */
export const NOT_THINGS: ReadonlySet<string> = new Set(["hour", "day", "week", "month", "year", "minute", "second", "time", "percent", "cent", "per", "mile", "kilometre", "kilometer", "metre", "meter", "foot", "feet", "ton", "tonne"]);

/** Prepositions whose object a figure may be ("in two attacks", "at 12 sites"): not what the clause's verb counts. */
export const PREPOSITIONS: ReadonlySet<string> = new Set(["in", "at", "on", "from", "for", "with", "after", "over", "within", "into", "between", "by", "of", "across", "near"]);

/** Words that end a clause: a slot word beyond them is another clause's. */
export const CLAUSE_END: ReadonlySet<string> = new Set([
  "and", "or", "but", "while", "whereas", "after", "when", "as", "with", "including", "that", "who", "which", "where", "than", "because", "since",
]);

/**
 * Words between a figure and its clause's verb that name no kind of people ("20 people were
 * killed", "Eight had died"): the counted noun is the last word before the verb that is not one.
 */
export const NOT_COUNTED: ReadonlySet<string> = new Set([
  "were", "was", "had", "have", "has", "are", "is", "been", "be", "being", "got", "get", "in", "out", "on", "at", "of", "from", "to",
  "the", "a", "an", "their", "its", "all", "remain", "remained", "remains", "reportedly", "also", "still", "now", "already", "later",
  "confirmed", "reported", "believed", "feared", "presumed", "said", "known", "left", "fatally", "mostly", "died", "who",
  "sustained", "suffered", "following", "went", "others",
]);

/** How many words on each side of a figure its clause is read for a slot word. */
export const WORDS_AFTER = 6;
export const WORDS_BEFORE = 5;
