import type { Candidate } from "./candidate.js";
import type { CandidateChange } from "./change.js";

/** Verbs of rain falling: "has dropped up to 16 inches (0.4 metres) of rain" is rainfall, not a fall. */
const RAIN_VERBS = /^(?:dropped|drop|drops|dropping|dumped|dump|dumps|dumping)$/i;
/** "its rainband might drop up to 20 inches": what drops is rain, named right before the verb. */
const RAIN_BEFORE = /\b(?:rain\w*|snow\w*|showers|downpours?|clouds?)\b[^.;:!?\n]{0,24}$/i;
const OF_RAIN = /^(?:[ \t]{1,2}\([^()]{1,40}\))?[ \t]{1,2}of[ \t]{1,2}(?:heavy[ \t]{1,2})?(?:rain|rainfall|snow|snowfall|precipitation|hail)\b/i;

/**
 * Whether the change read for `c` is rain dropped: a verb of dropping whose object after the
 * figure is rain or snow ("the typhoon has already dropped up to 16 inches of rain").
 */
export function rainDropped(text: string, c: Candidate, change: CandidateChange): boolean {
  if (!RAIN_VERBS.test(change.text)) return false;
  return OF_RAIN.test(text.slice(c.end, c.end + 60)) || RAIN_BEFORE.test(text.slice(Math.max(0, change.at - 40), change.at));
}
