import { TRANSLITERATIONS } from "../data/transliterations.js";

/**
 * One name as outlets spell it from another script: "Joda Phatak" and "Joda Fatak" (the crossing
 * of the Amritsar train disaster), "Saadiya" and "Sadiya". A transliteration is not a list of
 * spellings to learn: the letters that stand for one sound (data/transliterations.ts) are written
 * one way and doubled letters once, and the two names are one when what is left is the same. Only
 * for names of MIN_SPOKEN letters or more, whose first letter agrees: short names written alike
 * this way may be two names ("Hama" and "Homs" are never made one).
 */

/** The fewest letters (without spaces) a name must have to be matched by its sound. */
const MIN_SPOKEN = 6;

/**
 * A name's letters as spoken: its words joined, each run of one sound written one way, doubled
 * letters once.
 * @example spoken("joda-phatak") // "jodafatak"
 */
export function spoken(words: readonly string[]): string {
  let s = words.join("").normalize("NFD").replace(/\p{M}/gu, "");
  for (const [from, to] of TRANSLITERATIONS) s = s.split(from).join(to);
  return s.replace(/(.)\1+/gu, "$1");
}

/**
 * Whether two names are one name spelt from another script two ways.
 * @example spokenAlike(["joda", "phatak"], ["joda", "fatak"]) // true
 * @example spokenAlike(["hama"], ["homs"]) // false
 */
export function spokenAlike(x: readonly string[], y: readonly string[]): boolean {
  const [a, b] = [x.join(""), y.join("")];
  if (a === b || a.length < MIN_SPOKEN || b.length < MIN_SPOKEN || a[0] !== b[0]) return false;
  return spoken(x) === spoken(y);
}

/**
 * A story name's id as the claim index files it: spoken (`spoken`) when it is long enough to be
 * matched by its sound, so that "Dakahlia" and "Daqahlia", which the story match makes one, meet
 * under one key.
 * @example spokenSlug("name:daqahlia") // "dakahlia"
 */
export function spokenSlug(id: string): string {
  const words = id.slice(id.indexOf(":") + 1).split("-");
  return words.join("").length >= MIN_SPOKEN ? spoken(words) : words.join("-");
}
