/**
 * Data, not code: how the counts of a slot (model.ts FigureSlot, the class before any kind of
 * people: "dead" of "dead:child") move as a story goes on, for pairing two reports' figures of one
 * slot (core/check/aligned/slot-pairs.ts).
 */

/** Counts that only grow as a story goes on: a later lower one is the finding. */
export const GROWING_SLOTS: readonly string[] = ["dead", "bodies", "injured", "arrested", "rescued", "evacuated"];

/**
 * Counts a search adds to by the hour, and a report may give as that day's find ("Rescuers found
 * bodies of 13 victims"): two of one day are not one count (retired G3's Moulivakkam collapse, Dhubri ferry).
 */
export const BY_THE_HOUR_SLOTS: readonly string[] = ["rescued", "bodies"];

/**
 * Measures of an event told once for it, not counts that move (an earthquake's magnitude,
 * core/extract/subject/magnitude-slot.ts): two reports' different values are a discrepancy, whatever their days.
 */
export const FIXED_SLOTS: readonly string[] = ["magnitude"];
