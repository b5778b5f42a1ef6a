/**
 * Data, not code: event classes that one story's reports name interchangeably, for the story
 * match (core/check/frame/story-names.ts) and its index key. A storm's dead are reported as
 * flood or landslide deaths by one outlet and as the storm's by another (EM-DAT files both under
 * its hydro-meteorological group); a tsunami's as the earthquake's. Every other class is its own
 * family. Generic words ("disaster", "tragedy") are no class: they take the story's.
 */
export const STORY_CLASS_FAMILIES: Readonly<Record<string, string>> = {
  storm: "storm",
  tornado: "storm",
  flood: "storm",
  landslide: "storm",
  earthquake: "earthquake",
  tsunami: "earthquake",
};

/**
 * Data, not code: classes of event that last days and spread over places (a flood's bulletins, a
 * war's, a storm's), whose reports a rare name both give in passing on the same day does not make
 * one story (frame/story-agree.ts rareSameDay): a village flooded is named in many days' reports.
 */
export const ONGOING_CLASSES: readonly string[] = ["war", "flood", "storm", "heatwave", "crackdown", "leak", "drought", "epidemic", "offensive", "operation"];
