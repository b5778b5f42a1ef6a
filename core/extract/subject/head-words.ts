/**
 * Word data of the head reader (head-word.ts): small closed lists, data not code.
 */

/**
 * Words between a governing word and its figure that say how sure or how large it is, not what it
 * is about: "covered only 45 km", "cost nearly Rs 99 crore", "capacity was around 3,000".
 */
export const HEAD_SKIPPED_BEFORE = new Set([
  "only", "just", "some", "about", "around", "roughly", "approximately", "nearly", "almost", "over", "under",
  "more", "than", "less", "fewer", "at", "least", "most", "up", "to", "an", "estimated", "a", "total", "of",
  "reportedly", "also", "still", "even", "barely", "merely", "close", "circa", "upwards", "as", "many", "much",
]);

/** A copula or a verb of level between a noun and its figure: "the seating capacity was around 3,000", "the toll stood at 40". */
export const HEAD_COPULAS = ["is", "was", "are", "were", "stood at", "stands at", "reached", "of", "at", "to", "totalled", "totaled", "totals"];

/**
 * Common nouns that stand before a place's name in a distance ("from the capital Kabul", "of the
 * island province of Guimaras", "from the city of Pune"): the name, not the noun, is where from.
 */
export const PLACE_NOUNS = new Set([
  "city", "town", "district", "state", "village", "capital", "port", "island", "province", "region", "county",
  "southern", "northern", "eastern", "western", "end", "tip", "coast", "border", "centre", "center", "outskirts",
  "municipality", "hamlet", "resort", "island's", "provincial", "federal", "national", "commercial",
]);

/** Directions a distance is told in ("216 kilometres southeast of Montreal"). */
export const DIRECTIONS = [
  "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
  "north-east", "north-west", "south-east", "south-west", "northern", "southern", "eastern", "western",
];

/** Rates between a unit and what it is "of": "34 million liters per day of diesel". */
export const HEAD_RATES = ["per day", "a day", "per year", "a year", "per month", "a month", "daily", "annually", "each day"];

/** Counted nouns that say nothing of what is counted: the verb of their clause names it. */
export const BARE_COUNTS = new Set(["person", "people", "persons", "other", "others", "individual", "individuals"]);
