import type { Frame } from "../../model.js";
import { namedMeasure } from "./named-measure.js";

/**
 * A figure its own sentence ties to nothing, framed from its report (the extraction's rule
 * frame.story-figure, core/extract/subject/report-subject.ts: the report's main named thing or its
 * story's names): inside its report it differs from no other figure (the report gave it no
 * anchor of its own), and across reports it is the same thing as another only weakly, through a
 * named thing both name or the story match (same-thing.ts).
 */
const STORY_FIGURE = "frame.story-figure";

/** Whether a frame was read from its report rather than its sentence. */
export function storyFigure(frame: Frame): boolean {
  return Boolean(frame.rules?.includes(STORY_FIGURE));
}

/**
 * A measure of one thing: a named thing's (frame.named-measure) or a report's figure framed by
 * the thing the report is about. Its bare length ("extent") may be that thing's length or height.
 */
export function ofThing(frame: Frame): boolean {
  return namedMeasure(frame) || storyFigure(frame);
}
