import measures from "./data/measures.js";
import { wordAlternation as alt } from "./alternation.js";

/**
 * The rescued told by "alive" after a verb of taking people out: "were pulled out alive",
 * "have reportedly been pulled out alive", "pulled alive from the rubble", "dug 14 people alive
 * from the debris". "Alive" makes the count the rescued, whatever the verb; the verbs are data
 * (data/measures.ts 'takenOut'), read once for both shapes.
 */

const BEFORE = new Set(measures.takenOut.verbs);
const AFTER = alt([...measures.takenOut.verbs, ...measures.takenOut.passive]);
/** Auxiliaries and the adverbs a reporter puts between them ("have reportedly been", "were all"). */
const AUXILIARY = String.raw`(?:have|has|had|were|was|been|being|all|reportedly|already|also|since|so\s+far|now|later|safely)`;
/** Where they were taken from, between the verb and "alive": "out of the rubble", "from the collapsed building". */
const FROM = String.raw`(?:\s+(?:from|of)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)?`;
/** After the count: "were pulled out alive", "who have been pulled alive from the rubble". */
const TAKEN_ALIVE = new RegExp(String.raw`^(?:\s+(?:who|that))?(?:\s+${AUXILIARY})*\s+(?:${AFTER})(?:\s+out)?${FROM}\s+alive\b`, "iu");
/** After the count of "pull 22 out alive": "out", "free", a source, then "alive". */
const OUT_ALIVE = new RegExp(String.raw`^(?:\s+(?:out|free))?${FROM}\s+alive\b`, "iu");

/** "33 survivors were rescued", "eight more survivors were picked up": survivors someone took out are the rescued. */
const SURVIVORS_RESCUED = new RegExp(String.raw`^(?:\s+(?:more|others))?(?:\s+(?:who|that))?(?:\s+${AUXILIARY})*\s+(?:${alt(measures.takenOut.survivorsRescued)})\b`, "iu");
/** "Ten survivors have been found": survivors rescuers reached, passive only ("12 survivors found shelter" is no rescue). */
const SURVIVORS_FOUND = new RegExp(String.raw`^(?:\s+(?:more|others))?(?:\s+(?:who|that))?(?:\s+${AUXILIARY})*\s+(?:been|were|was)\s+(?:${alt(measures.takenOut.survivorsFound)})\b`, "iu");
/**
 * "pulled out 14 survivors", "Rescuers have found 12 survivors": a verb of taking out right before the count, or one
 * of reaching told by rescuers or in the perfect ("a study found 60 survivors" is no rescue).
 */
const FOUND_BEFORE = new RegExp(String.raw`(?:\b(?:${alt(measures.takenOut.survivorsRescued)})|\b(?:(?:have|has|had)(?:\s+(?:also|now|since|so\s+far))?|rescuers|searchers|divers|teams|crews)\s+(?:${alt(measures.takenOut.survivorsFound)}))(?:\s+(?:another|more|at\s+least|about|some|around|nearly))?\s+$`, "iu");

/** Whether the words after a count of survivors say they were rescued. */
export function survivorsRescued(after: string): boolean {
  return SURVIVORS_RESCUED.test(after) || SURVIVORS_FOUND.test(after);
}

/** Whether the words right before a count of survivors say rescuers reached them ("have found 12 survivors"). */
export function survivorsFoundBefore(before: string): boolean {
  return FOUND_BEFORE.test(before);
}

/** Whether `word`, right before a count, is a verb of taking out ("pulled 22 out alive"). */
export function isTakeOutVerb(word: string): boolean {
  return BEFORE.has(word);
}

/** The length of "out alive" (and what is between) after a count taken out, or 0. */
export function outAlive(after: string): number {
  return OUT_ALIVE.exec(after)?.[0].length ?? 0;
}

/** The length of "were pulled out alive" after a count, or 0. */
export function takenAlive(after: string): number {
  return /\balive\b/i.test(after) ? (TAKEN_ALIVE.exec(after)?.[0].length ?? 0) : 0;
}
