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
import { spokenSlug } from "./frame/story-spelling.js";

const KIND_NOUNS: ReadonlySet<string> = new Set(kindData.kinds.flat());

/** The frame readers that name the measured thing. */
const NAMING: ReadonlySet<string> = new Set(["frame.named-measure", "frame.scope-names"]);

/** The shortest word of a name read as a story's name. */
const MIN_LETTERS = 4;

/** @example thingStoryReads(morbiBridgeWidth) // ["width/story:@morbi", "width/story:@morbi+body"] */
export function thingStoryReads(claim: Claim): string[] {
  const frame = claim.subject?.frame;
  // "the 18.1km Kerch Bridge" is named by its noun phrase (frame.scope-names) as "the Morbi bridge is" by its measure's reader.
  // "length.bridge", as an unnamed thing's dimension is filed under "length".
  const measure = part(frame?.measure.id.split(".")[0] ?? "");
  // A planned height is not the built one (claim-index-key-windows.ts standingKey keeps them apart too).
  if (!frame?.rules?.some((rule) => NAMING.has(rule)) || !isDimension(measure) || frame.measure.id.endsWith(".planned")) return [];
  const thing = frame.scope.find((e) => e.kind === "named" && !isStoryName(e));
  if (!thing) return [];
  const words = part(thing.id).split("-").filter((w) => w.length >= MIN_LETTERS && !KIND_NOUNS.has(w));
  // Spoken, as story keys are (claim-index-story.ts).
  return words.map(spokenSlug).flatMap((w) => [`${measure}/${STORY}${RARE}${w}`, `${measure}/${STORY}${RARE}${w}${BODY_MARK}`]);
}
