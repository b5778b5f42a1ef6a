/**
 * Words around a count of people that say what kind of count it is, for the tally guards
 * (core/check/counting-toll.ts guessedToll, core/check/scope.ts namedPart). Short regex fragments,
 * matched at word edges and ignoring case.
 */

/**
 * A toll guessed, not counted: a verb of fearing or believing before the state of death ("is
 * feared to have killed at least 150", "over 250 are believed to have died", "were feared dead",
 * "are presumed dead", "thought to have perished"). Reports give such a guess at the final toll
 * beside the bodies found so far.
 */
export const GUESSED: readonly string[] = ["feared", "believed", "presumed", "thought", "estimated", "expected"];
export const GUESSED_STATE: readonly string[] = [
  "(?:to\\s+(?:have\\s+)?)?(?:been\\s+)?(?:killed|died|dead|perished|drowned|die|kill)",
];

/**
 * Words after a count that name a part it includes ("102 people, including 22 army personnel",
 * "13 dead, among them five children", "40 injured, of whom 12 critically").
 */
export const INCLUDES: readonly string[] = ["including", "among them", "among whom", "of whom", "of them", "inclusive of"];

/**
 * Words that open a sentence and make its first count a part of the count told just before:
 * "Of those, 120 died in Pedernales", "Of them, three had died", "Of the deceased, eight hailed
 * from Andhra Pradesh", "Among them, five children", "Among the dead were five minors". A noun
 * after "the" needs its comma or its verb: "Of the
 * around 300 people living there, 69 ..." opens with the whole, not a part.
 */
export const PART_OPENERS: readonly string[] = ["(?:of|among) (?:them|those|these)\\s*,?", "(?:of|among) the [\\p{L}-]+\\s*,", "among (?:them|those|the [\\p{L}-]+) (?:were|are|was|is)"];

/**
 * Words in a toll's own phrase that call the count not final ("The provisional toll is 20 dead",
 * "the current toll is 30 dead", "the death toll so far"): the figure of the hour, which the
 * count may pass (core/check/count-not-done.ts).
 */
export const OPEN_COUNT: readonly string[] = ["provisional", "preliminary", "so far", "as yet", "initial", "current", "latest", "for now", "until now"];

/** A toll's own qualifier that gives it as the dead confirmed so far: "at least 41", "no fewer than 30" (core/check/counting-toll.ts confirmedFloor, core/check/count-not-done.ts). */
export const CONFIRMED_FLOOR: readonly string[] = ["at least", "not less than", "no (?:fewer|less) than"];
