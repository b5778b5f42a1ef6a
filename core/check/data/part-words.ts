import { INCLUDES } from "./toll-words.js";

/**
 * Data, not code: words right before a figure that make it a part of a whole told before it
 * (core/check/frame/breakdown.ts partsNamed). "The Sonamarg Tunnel project, around 12 km long
 * ... comprises of the Sonamarg main tunnel of 6.4 km in length" (Z-Morh tunnel, 2025); "killed
 * 50 people, including 10 children"; "40 injured, of whom 12 critically"; "The count of dead includes
 * 15 bodies recovered downstream".
 */
export const PART_WORDS: readonly string[] = [...INCLUDES, "includ(?:e|es|ed)", "compris(?:e|es|ed|ing)(?:\\s+of)?", "consist(?:s|ed|ing)?\\s+of", "made\\s+up\\s+of", "among\\s+which", "of\\s+which"];

/**
 * "A total of 16 pupils died at school while one more died en route to the hospital": words after
 * a figure, in its own sentence, that add to it (core/check/frame/addition.ts); the group holds
 * the words after them.
 */
export const ADDED_IN_WORDS = /^[^\d.;]{0,80}?\b(?:while|and|but|with|as)\s+(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:more|others?|further|additional)\b(.{0,30})/iu;

/** Words after "N others" that count another measure than the dead ("killed and 61 others injured"), or than the hurt. */
export const OTHER_MEASURE: Readonly<Record<string, RegExp>> = {
  killed: /\b(?:injur|wound|hurt|missing|rescued|evacuat|arrest|trapped)/iu,
  injured: /\b(?:kill|die|died|dead|perish|missing|rescued|evacuat|arrest|trapped)/iu,
};
