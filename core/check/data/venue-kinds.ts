/**
 * Data, not code: words outlets use for one kind of venue after its name, so that one venue told
 * by two reports is one place:
 * - "the Naina Devi temple" / "the Naina Devi shrine" (IANS and Rediff on the 2008 stampede);
 *   "the Sabarimala shrine" / "Sabarimala temple" (IANS on the 2011 Pulmedu stampede);
 * - "the República Cromagnon nightclub" / "a fire broke out in the club" (the 2004 Buenos Aires
 *   fire); "the Lame Horse nightclub" / "the club" (the 2009 Perm fire).
 * Each group is one kind; its first word stands for the group in a place's id (core/check/frame/
 * event.ts venueStem). Only words that name the same building: a "mosque" and a "church", or a
 * "market" and a "mall", are two places.
 */
export const VENUE_KINDS: readonly (readonly string[])[] = [
  ["temple", "shrine"],
  ["nightclub", "club"],
];
