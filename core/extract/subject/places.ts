import { gazetteerPlace, groupOfCountry, groupOfDemonym, MAX_NAME_WORDS, placeOfDemonym } from "./gazetteer.js";

/**
 * Place and people names as the subject reader uses them, over the gazetteer of data/ (every
 * country with its common aliases, capitals, large cities and the regions in the news, with
 * containment; see gazetteer.ts). Names map to one id so "Türkiye", "Turkey" and "Turkish"
 * meet. Capitalized names that are not here still become places after "in" (see place.ts);
 * this list is what makes a place certain enough to read from a demonym or a host verb.
 */

/** Longest name in the gazetteer, in words: how far a reader needs to look ahead. */
export const MAX_PLACE_WORDS = MAX_NAME_WORDS;

/**
 * The id of a gazetteer place, or null. A name must start with a capital: "us" is a pronoun.
 * @example knownPlace("Türkiye") // "turkey"
 */
export function knownPlace(name: string): string | null {
  if (!/^\p{Lu}/u.test(name.trim().replace(/^the\s+/i, ""))) return null;
  return gazetteerPlace(name);
}

/**
 * The place a demonym names ("Syrian" -> "syria"), or null.
 * @example demonymPlace("Syrians") // "syria"
 */
export function demonymPlace(word: string): string | null {
  return placeOfDemonym(word);
}

/**
 * The group id of a demonym or people name ("Syrians" -> "syrian", "Kurdish" -> "kurdish"), or null.
 * @example demonymGroup("Syrians") // "syrian"
 */
export function demonymGroup(word: string): string | null {
  return groupOfDemonym(word);
}

/**
 * The group of a place's people, for "refugees from Syria" -> group "syrian". Null when the gazetteer has none.
 * @example groupOfPlace("syria") // "syrian"
 */
export function groupOfPlace(place: string): string | null {
  return groupOfCountry(place);
}
