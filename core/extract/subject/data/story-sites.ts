import divisions from "./story-divisions.js";

/**
 * Data, not code: words that say what kind of place the name before them is, an administrative
 * division ("Paktika province", "Nurpur district") or a built site or feature of the land ("the
 * Marmaray tunnel", "Jiaozhou Bay Bridge", "Kanjuruhan stadium", "Solai dam"). A name followed
 * by one of them is a place where a story's event happens or its thing stands, as good as a name
 * said with "in" or "at" (story-names.ts). Singular; a plural "s" is dropped before the look-up
 * ("the Naki and Gayan districts"). Words that follow people and organisations as often ("state",
 * "house", "office", "group") are left out.
 * Kept as a TypeScript module (see events.ts for why).
 */
/**
 * Built sites: a name before one of them is a thing that stands in a place ("the Morandi bridge"
 * in Genoa), not a place of its own beside the city its story names (story-agree.ts `knownOnce`).
 */
export const builtSites: readonly string[] = [
  "bridge", "tunnel", "crossing", "viaduct", "flyover", "expressway", "highway", "canal", "dam", "port", "harbour", "harbor",
  "airport", "station", "stadium", "arena", "temple", "mosque", "church", "shrine", "cathedral", "mall", "market", "bazaar",
  "nightclub", "disco", "pub", "hotel", "tower", "mine", "factory", "plant", "depot", "refinery", "warehouse", "camp", "base",
];

const sites: readonly string[] = [
  ...divisions, "area", "locality", "neighbourhood", "neighborhood", "valley", "island", "peninsula", "river", "lake", "beach", "bay",
  ...builtSites,
];

export default sites;

/**
 * Words of a kind of place that news writes before a name with "of" ("the Afghan city of
 * Pul-e-Alam", "the village of Malin", "the island of Sibuyan", "the state of Gujarat"): the name
 * is a place, as good as one said with "in" or "at". Not institutions ("the Bank of England",
 * "the University of Texas"): those are organisations.
 */
export const placeNouns: readonly string[] = [
  ...divisions, "city", "town", "capital", "state", "suburb", "island", "islands", "port", "area", "coast", "outskirts",
];
