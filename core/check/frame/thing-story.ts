import type { Frame } from "../../model.js";
import { THING_STORY } from "../../extract/subject/thing-story.js";
import { isLeadName, storyNamesOf } from "./story-shared.js";

/**
 * Two measures of unnamed things ("a 233 meter long suspension bridge", "the 1,315-metre bridge")
 * whose reports' leads name their stories, with no story name in common: two stories, two bridges. A
 * measured thing with nothing named is otherwise taken as one thing by its measure alone
 * (count-strength.ts), which an archive of many bridges, dams and fires turns into false alarms;
 * a report that names no story (the founding "30-km strip") is still compared by its measure.
 * @example twoStories(morbiBridgeLength, chenabBridgeHeight) // true
 */
export function twoStories(fa: Frame, fb: Frame): boolean {
  if (!fa.rules?.includes(THING_STORY) && !fb.rules?.includes(THING_STORY)) return false;
  const [x, y] = [storyNamesOf(fa), storyNamesOf(fb)];
  // Each story told by its lead, and no name of either (lead or body) in the other.
  if (!x.some(isLeadName) || !y.some(isLeadName)) return false;
  return !x.some((a) => y.some((b) => a.id === b.id));
}

/**
 * Whether either figure is an unnamed thing's measure tied to its story only by the names lent to
 * it, and the names the two stories share: such a tie is a discrepancy at most, and says so.
 * @example lentStory(morbiBridgeLength, morbiBridgeLengthRetold) // ["Morbi"]
 */
export function lentStory(fa: Frame, fb: Frame): string[] | undefined {
  if (!fa.rules?.includes(THING_STORY) && !fb.rules?.includes(THING_STORY)) return undefined;
  const theirs = new Set(storyNamesOf(fb).map((e) => e.id));
  return storyNamesOf(fa).filter((e) => theirs.has(e.id)).map((e) => e.text);
}
