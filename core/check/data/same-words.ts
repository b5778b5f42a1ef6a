/**
 * Data, not code: the words that do not tell what a figure counts or measures, skipped when
 * core/check/frame/same-words.ts reads the word a figure is told with ("16 days of mourning" ->
 * "mourning"; "maximum sustained winds of 90 mph" -> "winds"; "died at 79" -> "died").
 * Function words, qualifiers of the figure, and verbs of being, saying and having.
 */
export const PASSING_WORDS = new Set([
  "a", "an", "the", "of", "at", "to", "in", "on", "for", "by", "with", "from", "into", "onto", "as", "per", "than", "and", "or", "nor",
  "its", "it", "his", "her", "their", "our", "this", "that", "these", "those", "which", "who", "whom", "whose", "what",
  "about", "around", "some", "almost", "approximately", "roughly", "over", "under", "more", "less", "fewer", "least", "most",
  "up", "just", "only", "another", "other", "others", "all", "total", "estimated", "an estimated", "reported", "officially", "mere",
  "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "having", "will", "would", "could", "can", "may", "might",
  "said", "say", "says", "saying", "told", "according", "also", "still", "now", "then", "there", "here", "so", "far", "yet", "even",
  "s", "very", "while", "when", "after", "before", "since", "during", "not", "no", "near", "nearly", "toward", "towards",
  "above", "below", "beyond", "within", "upto", "top", "tops", "topped",
]);

/**
 * A sentence counting happenings of one kind tells more than one: "The first tremor, of magnitude
 * 5.4" and "A second, stronger quake – recorded at magnitude 5.9" (Batanes, 2019); "an aftershock";
 * "a magnitude 4.2 quake that preceded the main quake ... was a foreshock" (Ridgecrest, 2019); "the other fire". Two figures one of which such a sentence tells are not one figure told twice.
 */
export const COUNTED_HAPPENING = /\b(?:first|second|third|fourth|another|other|earlier|later|previous|next|latest|new)\b(?:[\s,]+[\p{L}-]+){0,2}?[\s,]+(?:quakes?|earthquakes?|tremors?|shocks?|aftershocks?|blasts?|explosions?|attacks?|bombings?|fires?|blazes?|eruptions?|storms?|hurricanes?|cyclones?|typhoons?|floods?|crash(?:es)?|accidents?|collisions?|incidents?|events?|terms?|trips?|races?|games?|matches?|rounds?|phases?|stages?|sections?)\b|\b(?:aftershocks?|foreshocks?|main\s+(?:quake|earthquake|shock|tremor))\b/iu;

/**
 * Words that follow or lead figures of every kind, and so tell no thing apart: "36 people",
 * "37 persons", "two more", "five times", "10 percent", "in 2023 years". Two figures sharing only
 * one of these are not one thing told twice.
 */
export const GENERIC_WORDS = new Set([
  "people", "persons", "person", "individuals", "individual", "men", "women", "children", "times", "time", "percent", "cent", "per",
  "year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours", "minute", "minutes", "number", "numbers",
  "figure", "figures", "toll", "count", "total", "least", "million", "billion", "thousand", "hundred", "crore", "lakh", "one", "ones",
  "first", "second", "third", "last", "next", "new", "old", "aged", "age", "each", "every", "many", "several", "few", "both",
  "including", "include", "includes", "among", "them", "they", "he", "she", "we", "you", "i", "us",
]);

/**
 * Words naming a dimension tell the unit again, not which thing: "a total length of 1,975 metres"
 * and "a cumulative length of 38,000 km" (a bridge and its cables); "weighs" of a statue and of its
 * head. They tie two figures only as a slip of scale ("at a cost of around Rs 980 crore" / "at a
 * cost of around Rs. 980 million": the same digits a power of ten apart).
 */
export const DIMENSION_WORDS = new Set([
  "length", "lengths", "long", "area", "areas", "height", "heights", "high", "tall", "weight", "weights", "weigh", "weighs", "weighing",
  "weighed", "depth", "deep", "width", "wide", "size", "distance", "speed", "temperature", "temperatures", "capacity", "volume",
  "cost", "costs", "costing", "price", "worth", "value", "measuring", "measures", "measure", "spanning", "span", "covering", "covers",
]);

/** A coordination starts another item of a list: "73 passengers and five crew members" tells "five" nothing of passengers. */
export const COORDINATING_WORDS = new Set(["and", "or", "but", "plus", "while", "whereas", "versus", "vs"]);
