import { recalledEvent } from "./recalled-event.js";
import { storyNames } from "./story-names.js";
import { tellsOtherEvent } from "./story-names-step.js";
import type { SubjectStep } from "./reading.js";

/** The rule of a frame given its report's story names by this step. */
export const THING_STORY = "frame.thing-story";

/** Dimensions of a thing that stands; an area is left out: what a fire or a flood covers grows by the day, and a story's names would tie its days. */
const PHYSICAL: ReadonlySet<string> = new Set(["length", "volume", "mass"]);

/**
 * "a 233 meter long and 4.6 feet wide suspension bridge", "the bridge is 1.25 meters wide": a
 * measure of a thing its sentence does not name is about the thing its report is about, whose
 * story its headline and lead name. The story's names are lent to it (marked THING_STORY), so that
 * a report of the same story finds it (the claim index files it under them) and the matching
 * (core/check/frame/thing-story.ts) tells it from the unnamed bridge of another story.
 */
export const THING_STORY_STEP: SubjectStep = {
  name: THING_STORY,
  run: (r) => {
    const { context, text, sentence, mention } = r.input;
    if (!context || !PHYSICAL.has(mention.dimension ?? "") || r.frame.scope.length > 0 || r.frame.event) return;
    const names = storyNames(context);
    if (names.length === 0) return;
    if (tellsOtherEvent(text.slice(sentence.start, sentence.end)) || recalledEvent(context, text, sentence, mention)) return;
    r.frame.scope.push(...names);
    r.frame.rules.push(THING_STORY);
  },
};
