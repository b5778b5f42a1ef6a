import { FOUND_MORE, MOVING_ON, REVISION_NEAR, SUPERSEDED } from "../data/revision-words.js";

/** Words (core/check/data/revision-words.ts) as one case-blind pattern, each alternative at word edges. */
const pattern = (fragments: readonly string[]) => new RegExp(fragments.map((f) => String.raw`\b${f}(?![\p{L}\p{N}])`).join("|"), "iu");

const REVISION = pattern(REVISION_NEAR);
const SUPERSEDING = pattern(SUPERSEDED);
const MORE_FOUND = pattern(FOUND_MORE);
const OPENS_MOVING_ON = new RegExp(String.raw`^\s*(?:${MOVING_ON.join("|")})(?![\p{L}\p{N}])`, "iu");

/**
 * Words that say a figure replaces or is set against another: two numbers for one thing next to
 * them are a change or a comparison the article makes on purpose, not a contradiction.
 * @example marksRevision("the toll rose to 12, up from 9 reported on Monday") // true
 */
export function marksRevision(text: string): boolean {
  return REVISION.test(text);
}

/**
 * Words that say a figure was an error or an unconfirmed first estimate, or differs from
 * another on purpose: tested on a figure's whole paragraph.
 * @example marksSuperseded("Initially, an officer received an oral report. Around 100 people had died.") // true
 */
export function marksSuperseded(text: string): boolean {
  return SUPERSEDING.test(text);
}

/**
 * The sentence after a figure's turns to a change ("... 'four deaths and 15 injuries were
 * reported.' However, the number of injuries and deaths increased"; "Since then, more bodies have
 * been found"): the figure was overtaken.
 * @example movesOn("However, the number of deaths increased as rescuers reached the site.") // true
 */
export function movesOn(nextSentence: string): boolean {
  return OPENS_MOVING_ON.test(nextSentence) && (REVISION.test(nextSentence) || MORE_FOUND.test(nextSentence));
}
