import type { Claim, Frame, ScopeEntity } from "../../model.js";
import { VENUES } from "../data/event-words.js";
import type { EventRelation } from "./event.js";
import type { ScopeRelation } from "./scope.js";
import { isStoryName } from "./story-names.js";

/** How sure a match is: a contradiction needs "strong"; null is no match. */
export type Strength = "strong" | "weak" | null;

/** Two claims being compared, with their frames and how their events and scopes relate. */
export interface Pair {
  a: Claim;
  b: Claim;
  fa: Frame;
  fb: Frame;
  event: EventRelation;
  scope: ScopeRelation;
}

/** A scope entity that tells one event from another: a place, a group, an organisation, a proper name. */
export function specificAnchor(entity: ScopeEntity): boolean {
  // A story's name (frame/story-names.ts) is a weaker anchor, weighed apart (byStoryNames).
  return entity.kind !== "named" || (!VENUES.has(entity.id) && !isStoryName(entity));
}

/**
 * A story's event the extraction lent a toll (rule frame.story-event) with no place, in a scope
 * naming no specific entity: it ties the toll to no city, so it is no anchor across stories (the
 * matching, count-strength.ts) and the index files it under no event key (claim-index-event.ts).
 */
export function lentUnplaced(frame: Frame): boolean {
  return Boolean(frame.rules?.includes("frame.story-event")) && !frame.event?.place && !frame.scope.some(specificAnchor);
}
