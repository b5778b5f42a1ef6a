/**
 * Words that name a structure built beside or for another of its kind, written just before the
 * kind's noun: "a parallel 14.2 km long egress tunnel" beside the main tube, "the access road",
 * "the approach bridge", "a pilot tunnel". Its measure is not the main structure's
 * (core/check/frame/companion.ts).
 */
export const COMPANION_WORDS: readonly string[] = [
  "egress", "escape", "evacuation", "emergency", "rescue", "service", "access", "approach", "pilot",
  "exploratory", "auxiliary", "ventilation", "adit", "bypass", "feeder", "spur", "link",
];
