import type { Claim } from "../../model.js";
import { VENUE_ROOMS } from "../data/venue-rooms.js";

/**
 * A count of victims told where inside a building they were ("Ten students were killed in the
 * school library") is a share of the whole toll the same story gives ("murdered 12 students and
 * one teacher"), not a rival count of it.
 */

/** "in the school library", "inside the cafeteria": the count's own clause puts it in one room. */
const IN_ROOM = new RegExp(String.raw`^[^.;:]{0,60}?\b(?:in|inside|at)\s+(?:the|a|its|their)\s+(?:[\p{L}-]+\s+)?(?:${VENUE_ROOMS.join("|")})\b`, "iu");

/**
 * Whether the smaller of two counts is told in a room of a building and the larger not.
 * @example roomShare(tenInTheLibrary, twelveMurdered, body) // true
 */
export function roomShare(a: Claim, b: Claim, body: string): boolean {
  if (typeof a.value !== "number" || typeof b.value !== "number" || a.value === b.value) return false;
  const [small, large] = a.value < b.value ? [a, b] : [b, a];
  const inRoom = (claim: Claim) => IN_ROOM.test(body.slice(claim.end, claim.sentence?.end ?? claim.end));
  return inRoom(small) && !inRoom(large);
}
