/**
 * Where a named thing's dimension looks for the figures its story gives of the thing unnamed
 * (claim-index.ts): "the Morbi bridge is 1.25 meters wide" reads `width/story:@morbi`, where
 * "a 4.6 feet wide suspension bridge" of a report whose story is named Morbi is filed
 * (core/extract/subject/thing-story.ts lends it the story's names; claim-index-keys.ts files a
 * thing's dimension under the bare dimension too). Only the name's rare words are read, each a key.
 */
import type { Claim } from "../model.js";
import kindData from "../extract/subject/data/thing-dimensions.js";
import { part } from "./claim-anchors.js";
import { BODY_MARK, RARE, STORY } from "./claim-index-story.js";
import { isDimension } from "./frame/open-dimension.js";
import { isStoryName } from "./frame/story-shared.js";

const KIND_NOUNS: ReadonlySet<string> = new Set(kindData.kinds.flat());

/** The shortest word of a name read as a story's name. */
const MIN_LETTERS = 4;

/** @example thingStoryReads(morbiBridgeWidth) // ["width/story:@morbi", "width/story:@morbi+body"] */
export function thingStoryReads(claim: Claim): string[] {
  const frame = claim.subject?.frame;
  if (!frame?.rules?.includes("frame.named-measure") || !isDimension(frame.measure.id)) return [];
  const thing = frame.scope.find((e) => e.kind === "named" && !isStoryName(e));
  if (!thing) return [];
  const words = part(thing.id).split("-").filter((w) => w.length >= MIN_LETTERS && !KIND_NOUNS.has(w));
  const measure = part(frame.measure.id);
  return words.flatMap((w) => [`${measure}/${STORY}${RARE}${w}`, `${measure}/${STORY}${RARE}${w}${BODY_MARK}`]);
}
