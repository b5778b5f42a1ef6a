/**
 * Data, not code: words that tell a figure as one end of a range (core/check/frame/extremes.ts).
 * "The maximum temperature ... settled at 36.8 degrees Celsius" and "The minimum temperature
 * settled at 26.8": a day's two ends, not one reading twice. Each word maps to its end.
 */
export const EXTREME_WORDS: ReadonlyMap<string, "upper" | "lower"> = new Map([
  ["maximum", "upper"], ["max", "upper"], ["highest", "upper"], ["high", "upper"], ["upper", "upper"], ["peak", "upper"],
  ["largest", "upper"], ["biggest", "upper"], ["warmest", "upper"], ["hottest", "upper"],
  ["minimum", "lower"], ["min", "lower"], ["lowest", "lower"], ["low", "lower"], ["bottom", "lower"],
  ["smallest", "lower"], ["coldest", "lower"], ["coolest", "lower"],
]);
// Not "most" and "least" ("at least 12" is a floor of one count), nor comparatives ("higher than" is frame/difference.ts's).

/** The most words between an end's word and its figure: "maximum temperature in the capital on Saturday settled at 36.8". */
export const EXTREME_REACH = 10;
