/**
 * Races long enough that a finishing time "H:MM" is hours and minutes: a marathon is run in
 * 2:09, a mile in 3:49 (minutes and seconds). Matched as parts of words, so "half-marathon"
 * and "ultramarathon" are marathons.
 */
export const LONG_RACES: readonly string[] = ["marathon", "ironman", "triathlon"];
