import type { Claim, Frame } from "../../model.js";
import { part } from "../claim-anchors.js";
import { storyAnchors } from "../claim-index-story.js";

/**
 * Where the figures a report gives as its one value of a slot (model.ts FigureSlot) are filed in
 * the claim index, so that the check of a later report of the story receives them: under the slot
 * and each name the story's headline and lead give, as a toll's story keys are
 * (claim-index-story.ts `storyAnchors`): `slot-dead/story:@kryvyi-rih` for a rare name (read three
 * weeks either way), `slot-injured/story:attack@mannheim` for a known city by the class of event
 * (a week, the nearest three each side), a rare name only the body gives apart (`+body`). No key
 * gathers a slot of every story: a report whose story gives no name is filed nowhere.
 */

/** The prefix of a slot's keys: `slot-dead.child/story:@kryvyi-rih`. */
export const SLOT_KEY = "slot-";

/** The measure part of a slot's keys: "dead:child" -> "slot-dead.child". */
function slotMeasure(id: string): string {
  return `${SLOT_KEY}${id.split(":").map(part).join(".")}`;
}

/** A slot as the story keys read a toll: the slot as its measure, its report's story names as its scope. */
function slotFrame(claim: Claim): Frame | undefined {
  const slot = claim.slot;
  return slot ? { measure: { id: slot.id, text: slot.said }, scope: [...slot.story] } : undefined;
}

/**
 * The keys a figure with a slot is filed under (`side` "filed") or reads ("read").
 * @example slotKeys(twentyKilledInKryvyiRih, "filed") // ["slot-dead/story:@kryvyi-rih"]
 */
export function slotKeys(claim: Claim, side: "filed" | "read"): string[] {
  const frame = slotFrame(claim);
  if (!frame) return [];
  const measure = slotMeasure(frame.measure.id);
  return [...new Set(storyAnchors(frame).flatMap((anchor) => anchor[side]).map((key) => `${measure}/${key}`))];
}
