import { spaceBeforeEnd } from "../word-before.js";

/**
 * A storm's name after its title written in lower case ("deaths from typhoon Haiyan in the
 * Philippines", ABC News 2013): outlets that do not capitalise the title still name the storm, and
 * a storm's own name is the most distinctive name its reports share (name-neighbours.ts
 * namesEvent reads the title capitalised: "Typhoon Haiyan", "Cyclone Idai").
 */

/** A storm's title in lower case right before a name, with at most one word between ("super typhoon", "tropical storm"). */
const TITLE_BEFORE = /\b(?:typhoon|hurricane|cyclone|tropical\s+storm)\s+$/u;

/**
 * Whether a name, at one of `starts` in a sentence, follows a storm's title in lower case.
 * @example stormTitled("The number of people confirmed dead from typhoon Haiyan in the Philippines", [48]) // true
 */
export function stormTitled(sentence: string, starts: readonly number[]): boolean {
  return starts.some((at) => {
    const before = sentence.slice(Math.max(0, at - 20), at);
    // A title is the last word before the name: asked of every place a story's names are written,
    // how that word ends is read first (by hand, no copy) and the pattern (tried at every place) only after one of its titles.
    const end = spaceBeforeEnd(before);
    return end >= 0 && TITLE_ENDS.some((title) => before.startsWith(title, end - title.length)) && TITLE_BEFORE.test(before);
  });
}

/** How each title's last word ends. */
const TITLE_ENDS = ["typhoon", "hurricane", "cyclone", "storm"];
