/**
 * Data, not code: verbs of the event lexicon's actVerbs (data/events.ts) that tell no story's
 * class from a lead alone (core/extract/subject/story-class.ts) unless a vehicle is named right before
 * them: "struck" is a quake's, a storm's, a bus's or a missile's; "plunged" a bus's or a market's.
 */
export const UNCLASSED_VERBS: readonly string[] = ["struck", "plunged"];
