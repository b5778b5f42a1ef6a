import type { ScopeEntity } from "../../model.js";
import type { Span } from "../span.js";
import { DEMONYM, NAME, thingOf, VESSEL_PREFIX } from "./named-thing.js";

/**
 * The one vessel a story names: "the ferry "SEWOL,"", "the container ship Dali", "MV Lady Mary Joy 3".
 * A ship's name carries no kind word ("Bridge", "Tower") to find it by, so it is read where the
 * story gives it: after a lowercase vessel noun or a vessel prefix, or before a vessel noun ("the
 * Sulpicio Express 7 cargo ship"). "the 6,325-ton vessel" is then
 * that ship (named-frames.ts storyThing), so its tonnage meets another report's "6,825-ton Sewol".
 * Two names, or none, give nothing.
 */
const VESSELS = "ship|vessel|ferry|boat|liner|freighter|tanker|trawler";
/** A vessel noun among a measured thing's words; also "carrier", which the name readers above do not take as a ship's title. */
export const VESSEL_NOUN = new RegExp(`^(?:${VESSELS}|carrier)$`, "i");

let named: RegExp | undefined;
let namedBefore: RegExp | undefined;

export function storyVessel(text: string): { thing: ScopeEntity; span: Span } | null {
  // Built on first use: named-thing.ts is part of an import cycle through named-measure.ts.
  named ??= new RegExp(String.raw`(?:\b(?:${VESSELS})|(?<![\p{L}])(?:${VESSEL_PREFIX}))\s+["“‘']?(\p{Lu}[\p{L}\p{N}-]*(?:\s+(?:\p{Lu}[\p{L}\p{N}-]*|\d+))*)`, "gu");
  namedBefore ??= new RegExp(String.raw`(?<![\p{L}\p{N}’'-])(${NAME})\s+(?:(?:cargo|container|passenger|fishing|navy|naval|oil|research)\s+)?(?:${VESSELS})\b`, "gu");
  const found = new Map<string, { thing: ScopeEntity; span: Span }>();
  const add = (name: string, start: number) => {
    const thing = DEMONYM.test(name) ? null : thingOf(name);
    if (thing?.kind === "named" && !found.has(thing.id)) found.set(thing.id, { thing, span: { start, end: start + name.length } });
  };
  for (const hit of text.matchAll(named)) add(hit[1]!, hit.index! + hit[0].length - hit[1]!.length);
  for (const hit of text.matchAll(namedBefore)) {
    // "South Jeolla Province. The passenger ship": capitals across a sentence's end are no name.
    const name = hit[1]!.split(/[.!?]\s+/).pop()!.replace(/^(?:The|the)\s+/, "");
    add(name, hit.index! + hit[0].lastIndexOf(name, hit[1]!.length));
  }
  return found.size === 1 ? [...found.values()][0]! : null;
}
