import { caseBlind } from "../case-blind.js";

/**
 * A name said as a place by the words around it rather than by "in" or "at" before it (the
 * located names of name-neighbours.ts): "struck central Myanmar's Mandalay city", "northwest of
 * Sagaing city" (two reports of the Myanmar earthquake, March 2025). A division's word after it,
 * or a compass bearing "of" before it, says it is a place where the story happened or near it.
 */

/**
 * A division's word in lower case right after the name: "Mandalay city", "Kullu district"; written
 * capitalised it is a word of a longer name ("Crocus City Hall", "Quezon City").
 */
const DIVISION_AFTER = /^\s+(?:city|town|village|district|province|county|regency|prefecture|township|municipality)\b/u;

/** A compass bearing and "of" right before the name: "northwest of", "40 km south of". */
// Case-blind over ASCII words (case-blind.ts): asked of every place a story name is written.
const BEARING_BEFORE = caseBlind(String.raw`\b(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west)\s+of\s+$`);

/**
 * Whether a name written at one of `starts` in a sentence (`length` letters long) is said as a place by the words around it.
 * @example placedAround("The epicenters were located northwest of Sagaing city.", [41], 7) // true
 */
export function placedAround(sentence: string, starts: readonly number[], length: number): boolean {
  return starts.some((at) => DIVISION_AFTER.test(sentence.slice(at + length, at + length + 16)) || BEARING_BEFORE.test(sentence.slice(Math.max(0, at - 30), at)));
}
