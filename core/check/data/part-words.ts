import { INCLUDES } from "./toll-words.js";

/**
 * Data, not code: words right before a figure that make it a part of a whole told before it
 * (core/check/frame/breakdown.ts partsNamed). "The Sonamarg Tunnel project, around 12 km long
 * ... comprises of the Sonamarg main tunnel of 6.4 km in length" (Z-Morh tunnel, 2025); "killed
 * 50 people, including 10 children"; "40 injured, of whom 12 critically"; "The count of dead includes
 * 15 bodies recovered downstream".
 */
export const PART_WORDS: readonly string[] = [...INCLUDES, "includ(?:e|es|ed)", "compris(?:e|es|ed|ing)(?:\\s+of)?", "consist(?:s|ed|ing)?\\s+of", "made\\s+up\\s+of", "among\\s+which", "of\\s+which"];
