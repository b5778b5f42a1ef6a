import type { Frame } from "../../model.js";
import { COMPANION_WORDS } from "../data/companion-structures.js";

/**
 * A figure of a companion structure ("a parallel 14.2 km long egress tunnel", NDTV/PTI on the
 * Zojila tunnel) measures that structure, not the main one of the same kind another report gives
 * ("the 14.5 km Zojila tunnel", Forbes India): a project's escape tube, access road or approach
 * bridge is built beside it, of another length and cost.
 */

const COMPANION = new Set(COMPANION_WORDS);

/** The companion word before the measured thing's noun in the frame's words, if any ("egress" of `length.tunnel` "long egress tunnel"). */
function companionOf(frame: Frame): string | undefined {
  const thing = frame.measure.id.split(".").at(-1) ?? "";
  if (!frame.measure.id.includes(".") || thing.length === 0) return undefined;
  const words = frame.measure.text.toLowerCase().split(/[^\p{L}]+/u).filter(Boolean);
  const at = words.lastIndexOf(thing);
  const before = at > 0 ? words[at - 1] : undefined;
  return before !== undefined && COMPANION.has(before) ? before : undefined;
}

/**
 * Whether two frames of one measured thing name different structures of it: one a companion
 * structure and the other not, or two different companions.
 * @example otherStructure(egressTunnelLength, zojilaTunnelLength) // true
 * @example otherStructure(zojilaTunnelLength, fourteenKmTunnelLength) // false
 */
export function otherStructure(a: Frame, b: Frame): boolean {
  return companionOf(a) !== companionOf(b);
}
