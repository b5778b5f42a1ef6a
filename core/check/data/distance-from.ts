/**
 * Data, not code: how a report tells a distance from a named place (core/check/frame/distance-from.ts):
 * "about 30 miles northwest of the Honduran capital of Tegucigalpa", "about 20 miles from the
 * capital", "located about 70 kilometers from Caracas".
 */

/** After a length: a few words of direction at most, then "of"/"from" and the place's words, to the clause's end. */
export const FROM_PLACE = /^\s*(?:(?:away|north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west|northward|southward|eastward|westward|inland|offshore|due|further|farther|by\s+road|by\s+air|outside|upstream|downstream)\s+){0,3}(?:of|from)\s+([^,.;:()\n–—]{2,80})/iu;

/** The words of a place phrase that name the place: capitalised names, and "capital" (the capital is a place whether or not it is named). */
export const PLACE_WORD = /\b(?:\p{Lu}[\p{L}’'-]+|capital)\b/gu;

/** Capitalised words that name no place: function words opening a phrase, and months and weekdays. */
export const NOT_A_PLACE: ReadonlySet<string> = new Set([
  "the", "a", "an", "its", "their", "his", "her", "this", "that", "there", "here",
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
]);
