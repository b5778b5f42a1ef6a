import type { Claim, Frame } from "../../model.js";
import { part } from "../claim-anchors.js";
import { storyAnchors } from "../claim-index-story.js";
import { isStoryName } from "../frame/story-shared.js";
import { COMMON_NAME_WORDS, MEASURE } from "../../extract/subject/data/measure-slots.js";
import thingData from "../../extract/subject/data/thing-dimensions.js";
import { THINGS } from "../../extract/subject/named-thing.js";

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
  if (frame.measure.id.startsWith(MEASURE)) return thingKeys(claim);
  const measure = slotMeasure(frame.measure.id);
  return [...new Set(storyAnchors(frame).flatMap((anchor) => anchor[side]).map((key) => `${measure}/${key}`))];
}

/** The anchor of a measure slot's keys: `slot-m.length/thing:peljesac`. */
export const THING_ANCHOR = "thing:";

/** Words no thing is filed under alone: common words of names, and kind nouns ("bridge", "tower"). */
const COMMON: ReadonlySet<string> = new Set([...COMMON_NAME_WORDS, ...thingData.kinds.flat(), ...THINGS]);

/** A name's id without its prefix, as words: "name:ebimpe" -> ["ebimpe"]. */
const idWords = (id: string) => part(id.slice(id.indexOf(":") + 1)).split("-").filter(Boolean);

/**
 * The keys of a measure of a named thing (aligned/thing-pairs.ts), filed and read alike: each
 * distinctive word of the thing's name (one name written shorter inside another still meets it);
 * a name of common words only ("National Stadium") under its whole id. No key gathers a measure
 * of every thing; the nearest cap bounds a word many things share.
 * @example thingKeys(peljesacLength) // ["slot-m.length/thing:peljesac"]
 */
function thingKeys(claim: Claim): string[] {
  const measure = slotMeasure(claim.slot!.id);
  const words = claim.slot!.story.filter((name) => !isStoryName(name)).flatMap((name) => {
    const all = idWords(name.id);
    const rare = all.filter((w) => w.length >= 4 && !/^\d+$/u.test(w) && !COMMON.has(w));
    return rare.length > 0 ? rare : [all.join("-")];
  });
  return [...new Set(words.filter(Boolean))].map((w) => `${measure}/${THING_ANCHOR}${w}`);
}
