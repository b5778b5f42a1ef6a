/**
 * What the claim index files a claim under and reads for it, anchor by anchor (claim-anchors.ts
 * gives the anchors), with one rule on top: **a claim about an event is inside its scope.**
 *
 * "7 killed in the bombing in Kabul" is about one event, something narrower than Kabul. It is
 * filed under the event's keys (where the other reports of that event are) and, for each entity
 * of its scope, as inside that entity (`killed/place:in:kabul`, `injured/named:in:market`), not
 * under the entity itself. So a toll told without its event ("12 people were killed in Kabul",
 * "Nine passengers were killed") still meets it both ways (it reads what is inside Kabul, inside
 * the passengers; the event's toll reads what is said of Kabul itself), but two tolls of two
 * different events in Kabul never meet through Kabul: they
 * meet through an event key only when their event is the same (type, place, days). Otherwise a
 * busy city's or a common venue's tolls would be read by every report of every event there, and
 * a check would read more as the city's news grows, for figures the matching never compares
 * (core/check/frame/event.ts: two events of different dates or places are different things).
 */
import type { Frame } from "../model.js";
import { anchorOf as anchorOfPlaced, anchors, insideKey as placeInsideKey, isAnchorKey as isPlacedAnchorKey, part, type Anchor } from "./claim-anchors.js";
import { lentUnplaced } from "./frame/pair.js";
import { withoutStoryNames } from "./frame/story-names.js";
import { BODY_MARK, PINNED_MARK, RARE, STORY, storyAnchors } from "./claim-index-story.js";

export { BODY_MARK, PINNED_MARK, STORY } from "./claim-index-story.js";

/**
 * The mark of an event's key that holds only the claims whose event is undated: reports that
 * retell an event days later without its day ("the toll has risen to 131"). Matching presumes
 * such an event is one of the news cycle's days before the report (core/check/frame/news-cycle.ts),
 * so a claim of the dated event reads this key over the cycle after its date, and meets the
 * retellings without reading the other dated events of those days, which it is never compared with.
 */
export const UNDATED_MARK = "+undated";


/** Whether a key is an anchor's own (a partition of the batch): not a key inside one, nor an event's undated retellings, nor a story's pinned tolls. */
export function isAnchorKey(key: string): boolean {
  return !key.endsWith(UNDATED_MARK) && !key.endsWith(PINNED_MARK) && !key.endsWith(BODY_MARK) && isPlacedAnchorKey(key);
}

/** The anchor key a key belongs to: `killed/place:in:iraq` -> `killed/place:iraq`, `killed/event:attack@kabul+undated` -> `killed/event:attack@kabul`. */
export function anchorOf(key: string): string {
  if (key.endsWith(PINNED_MARK)) return key.slice(0, -PINNED_MARK.length);
  if (key.endsWith(BODY_MARK)) return key.slice(0, -BODY_MARK.length);
  return key.endsWith(UNDATED_MARK) ? key.slice(0, -UNDATED_MARK.length) : anchorOfPlaced(key);
}

/** The marker of an "inside" anchor, as claim-anchors.ts writes it. */
const INSIDE = "in:";

/** One anchor of a claim: the keys (after the measure) it is filed under and the keys a check of it reads. */
export interface IndexAnchor {
  filed: string[];
  read: string[];
  /** Whether the anchor is the claim's event (its time is the event's date). */
  event: boolean;
}

/** `place:kabul` -> `place:in:kabul`, `named:market` -> `named:in:market`: what is inside an entity. */
function insideOf(anchor: string): string | null {
  const colon = anchor.indexOf(":");
  if (colon <= 0 || anchor.startsWith("event:") || anchor.startsWith("dim:") || anchor.startsWith(STORY) || anchor.startsWith("name-word:") || anchor.slice(colon + 1).startsWith(INSIDE)) return null;
  return `${anchor.slice(0, colon + 1)}${INSIDE}${anchor.slice(colon + 1)}`;
}

/** Whether a frame's claim is about one event of a known type. */
function aboutEvent(frame: Frame): boolean {
  return frame.event !== undefined && part(frame.event.id) !== "";
}

/**
 * The anchors of a frame. An event with a place is also anchored at each place of the claim's
 * scope ("killed in the market bombing" in a story of Kabul: `event:bombing@market` and
 * `event:bombing@kabul`), since its tolls no longer meet through the scope's places.
 */
function frameAnchors(frame: Frame): Anchor[] {
  const own = anchors(frame);
  if (!frame.event?.place || !frame.scope.some((s) => s.kind === "place")) return own;
  const { place: _place, ...unplaced } = frame.event;
  const byScope = anchors({ ...frame, event: unplaced }).filter((a) => a.event && a.exact.includes("@"));
  return [...new Map([...own, ...byScope].map((a) => [a.exact, a])).values()];
}

/**
 * The anchors of a frame as the index files and reads them. A toll lent its story's event
 * without a place (lentUnplaced), filed under the event's class, would meet every toll of that
 * class within days (`killed/event:attack`, and through `@in:*` every placed one) and be compared
 * with none of them: the index leaves its event out, and files it by what else it names (a
 * story's rare names), or nowhere.
 * @example claimAnchors(frameOf(killedInKabulBombing)!).map((a) => a.filed) // [["event:bombing@kabul", "event:bombing@in:afghanistan", "event:bombing@in:*"], ["place:in:kabul", "place:in:afghanistan"]]
 */
export function claimAnchors(given: Frame): IndexAnchor[] {
  const { event: _lent, ...unevented } = given;
  const framed: Frame = lentUnplaced(given) ? unevented : given;
  const frame: Frame = { ...framed, scope: withoutStoryNames(framed.scope) };
  return [...frameAnchorsOf(frame), ...storyAnchors(given)];
}

function frameAnchorsOf(frame: Frame): IndexAnchor[] {
  const ofEvent = aboutEvent(frame);
  return frameAnchors(frame).map((anchor) => {
    const inside = ofEvent && !anchor.event ? insideOf(anchor.exact) : null;
    if (inside === null) {
      // An event's retellings without its day: filed apart by the undated, read by the dated.
      const retold = anchor.event ? [`${anchor.exact}${UNDATED_MARK}`] : [];
      const dated = Boolean(frame.event?.date);
      return { filed: [anchor.exact, ...anchor.inside, ...(dated ? [] : retold)], read: [anchor.exact, ...anchor.reads, ...(dated ? retold : [])], event: anchor.event };
    }
    // Inside the entity: met by what is said of it (and of its containers), not by what else is inside it.
    return { filed: [inside, ...anchor.inside], read: [anchor.exact, ...anchor.reads.filter((r) => r !== inside)], event: false };
  });
}

/**
 * For the key of an anchor, the key holding what is filed as inside it (`killed/place:iraq` ->
 * `killed/place:in:iraq`, `injured/named:market` -> `injured/named:in:market`), or null for a key
 * nothing is inside of (a key of claims inside something, a physical measure's). The batch
 * re-check walks the two together: each pair in which at least one claim is filed under the
 * anchor itself.
 * @example insideKey("killed/event:attack@iraq") // "killed/event:attack@in:iraq"
 * @example insideKey("killed/group:syrian") // "killed/group:in:syrian"
 */
export function insideKey(key: string): string | null {
  const anchor = key.slice(key.indexOf("/") + 1);
  if (anchor.startsWith(STORY)) {
    if (key.endsWith(PINNED_MARK) || key.endsWith(BODY_MARK)) return null;
    // A rare name's key (no class) holds its body's tolls apart; a known place's, its pinned ones.
    return `${key}${anchor.startsWith(`${STORY}${RARE}`) ? BODY_MARK : PINNED_MARK}`;
  }
  const known = placeInsideKey(key);
  if (known !== null) return known;
  const slash = key.indexOf("/");
  const inside = insideOf(key.slice(slash + 1));
  return inside === null ? null : `${key.slice(0, slash + 1)}${inside}`;
}
