/**
 * Words by which an article says one of two figures for a thing replaced, corrected or is set
 * against the other (core/check/rules/revision.ts). Each entry is a short regex fragment
 * matched at word edges, so the joined pattern cannot backtrack badly.
 */

/** Near the two figures (their sentences or the words between): a change, a comparison, a revision. */
export const REVISION_NEAR: readonly string[] = [
  "(?:up|down) from",
  "(?:rose|risen|rising|fell|fallen|falling|grew|grown|dropped|climbed|jumped|increased|decreased|declined|surged|doubled|halved|soared|slipped)",
  // A headline's present tense: "Death toll in Haifa blast rises to 15".
  "(?:rises|climbs|jumps|grows|increases|falls|drops|declines|soars|surges|mounts)",
  "(?:raised|lowered|revised) (?:to|down|up)",
  "previously", "earlier", "formerly",
  // "The previous toll given by the health ministry stood at 24 killed": the sentence calls its figure the older one.
  "(?:previous|prior|last|earlier|older) (?:death )?(?:toll|tally|count|figure|estimate)s?",
  "(?:revised|revise|revision|corrected|correction|updated|amended)",
  "(?:initially|originally|first) (?:reported|said|stated|put|estimated|announced|given)",
  // "The first reports put the death toll at 270", "Initial radio reports said 25 died": an earlier figure, dated as such.
  "(?:first|initial|early|earlier) (?:[a-z]+ )?(?:reports?|estimates?|figures?|counts?)", "at first",
  "compared (?:with|to)", "versus", "vs\\.?",
  "(?:instead of|rather than|from an? (?:earlier|previous|initial))",
  "(?:toll|tally|count|estimate|figure) (?:now|has|had|was)",
  "now (?:stands|put|puts|estimated|says|say)",
  // "the number of deceased is now 41": the current figure, set against an older one.
  "(?:is|are) now",
];

/**
 * Openers of the sentence right after the later figure's that turn to what happened next: with a
 * word of change there ("However, the number of injuries and deaths increased"), the figure just
 * told was a count the story moves on from.
 */
export const MOVING_ON: readonly string[] = ["however", "but", "since then", "later", "subsequently", "afterwards", "by (?:evening|nightfall|morning|afternoon)"];

/**
 * In such a sentence, besides a word of change: more of the dead found since ("Since then, more bodies have been found
 * and interred", after "At the time of the incident on Saturday, there were 70 confirmed dead").
 */
export const FOUND_MORE: readonly string[] = ["more (?:bodies|victims|dead|deaths|casualties)"];

/**
 * In the paragraph of either figure: the article says a figure was an error, an unconfirmed
 * first estimate, or differs from another on purpose ("kills 62 not 162, BNPB clarifies";
 * "Initially ... around 100 people had died. The figure was an estimate and not yet
 * confirmed"). Only words about the figures' standing, never words of change, which a
 * paragraph may use of anything.
 */
export const SUPERSEDED: readonly string[] = [
  "initially", "originally", "at first",
  "(?:an?|the) (?:error|mistake|miscount|miscalculation)s?", "(?:erroneous|incorrect|wrong)(?:ly)?", "mistakenly",
  "not (?:yet )?(?:been )?(?:confirmed|verified)", "unconfirmed", "unverified",
  "clarif(?:y|ies|ied)", "(?:was|were) corrected", "correction",
  "different from", "(?:the|a|this) discrepanc(?:y|ies)", "instead of",
  // "confirming a toll of 35 and denying some news reports that put it at 38": a figure the story rejects.
  "den(?:y|ies|ied|ying)", "(?:rejected|dismissed) (?:the |a |some )?(?:reports?|figures?|claims?)",
  // "The death toll was revised sharply upwards after police earlier said the fire ... had killed nine
  // workers": what a source said before, told as the figure the story has moved on from.
  "(?:had )?earlier (?:said|reported|put|gave|announced|estimated)",
  // "Over the next few hours ... media outlets were reporting four had died" (RFA on the Kep collapse, 2020, under "Six
  // people were killed"): what was being reported then, told as the story's past.
  "(?:were|was) reporting",
  // "Initial radio reports said 25 died and 20 were injured" (AP, a Peru bus plunge, beside the police's 24): a first
  // count the story has moved on from; the figure follows ("Initial reports indicated the car bombing took place near ..." sets none aside).
  "(?:initial|early|earlier|first|preliminary)\\s+(?:\\w+\\s+)?(?:reports?|figures?|estimates?|counts?)\\s+(?:said|put|gave|suggested|indicated|showed)\\s+(?:[\\w-]+\\s+){0,4}?\\d[\\d,.]*",
];

/**
 * In the sentence of a report's own toll: the report tells that the toll was revised or
 * corrected ("revised the toll ... down to 253, from the previous figure of 359"; "amended
 * the previous death toll ... at least 3,958 ... instead of 11,300"; "some bodies were counted
 * twice"). Read only beside a toll lower than another report's that the same report names
 * (core/check/told-revision.ts), so a word of revision there can only be the fall.
 */
export const TOLD_REVISION: readonly string[] = [
  "revis(?:e|es|ed|ing|ion)", "lower(?:s|ed|ing)", "reduc(?:e|es|ed|ing)", "correct(?:s|ed|ing|ion)",
  "amend(?:s|ed|ing)", "adjust(?:s|ed|ing)", "recount(?:s|ed)?",
  "counted (?:twice|double|more than once)", "double[- ]count(?:s|ed|ing)?",
];

/**
 * Right before a figure in its own clause: the report tells that the figure was revised away
 * ("revising the death toll of 68 given by regional officials", "corrected an earlier count of
 * 49"): the old level, which its own report no longer gives (core/check/revised-away.ts). A
 * verb of revision, then the figure named as a toll, count or estimate "of" the number.
 */
export const REVISED_AWAY_VERBS: readonly string[] = [
  "revis(?:e|es|ed|ing)", "correct(?:s|ed|ing)?", "amend(?:s|ed|ing)?", "adjust(?:s|ed|ing)?", "lower(?:s|ed|ing)?", "rais(?:e|es|ed|ing)", "updat(?:e|es|ed|ing)",
];
export const REVISED_AWAY_NOUNS: readonly string[] = ["toll", "count", "tally", "figure", "estimate", "number"];
