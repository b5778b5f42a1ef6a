import { THINGS } from "./named-thing.js";
import { wordAlternation } from "./alternation.js";
import phases from "./data/date-phases.js";

/**
 * The nouns of made things the dates of a thing's phases read (date-thing-name.ts,
 * date-thing-lead.ts, date-thing-phrase.ts): the heads of their names, in either case, and the
 * words a name match takes in before a name or that make a pointer another thing's.
 */

/** Head nouns of built things and vehicles besides THINGS: "the Champlain Towers South condominium". */
const HEADS = ["condominium", "condo", "complex", "plant", "factory", "mine", "hotel", "mall", "airport", "station", "terminal", "school",
  "hospital", "airliner", "aircraft", "plane", "jet", "train", "reactor", "port", "pier", "viaduct", "causeway", "overpass", "flyover", "tower block", "apartment block"];
export const THING_NOUNS = wordAlternation([...THINGS, ...HEADS]);

/** A thing as a clause's subject or object: "the tunnel", "the new Gotthard Base Tunnel", "the Padma bridge". */
export const ANY_CASE_THING = wordAlternation([...THINGS, ...HEADS].flatMap((w) => [w, w.replace(/(^|\s)\p{Ll}/gu, (c) => c.toUpperCase())]));

/** Words a name match takes in before the name: "The", "Construction of the" (New Pamban Bridge), "Opening of". */
const NOT_OF_NAME = new RegExp(String.raw`^(?:The\s+)?(?:(?:${wordAlternation([...Object.keys(phases.nouns), ...phases.works.nouns].map((w) => w.charAt(0).toUpperCase() + w.slice(1)))})\s+(?:of|on|for)\s+(?:the\s+)?)?`, "u");
export const namePart = (words: string) => words.replace(NOT_OF_NAME, "");

/** A pointer that may stand for another thing of its kind than the story's: "the old bridge", "the second tunnel". */
export const OTHER_ONE = /\b(?:new|old|other|another|second|first|former|original|existing|older|newer|previous|current)\s/i;
