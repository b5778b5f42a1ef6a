import type { ScopeEntity } from "../../model.js";
import type { Span } from "../span.js";
import { thingOf, VESSEL_PREFIX } from "./named-thing.js";

/**
 * The one vessel a story names: "the ferry "SEWOL,"", "the container ship Dali", "MV Lady Mary Joy 3".
 * A ship's name carries no kind word ("Bridge", "Tower") to find it by, so it is read where the
 * story gives it: after a lowercase vessel noun or a vessel prefix. "the 6,325-ton vessel" is then
 * that ship (named-frames.ts storyThing), so its tonnage meets another report's "6,825-ton Sewol".
 * Two names, or none, give nothing.
 */
export const VESSEL_NOUN = /^(?:ship|vessel|ferry|boat|liner|freighter|tanker|carrier|trawler)$/i;

let named: RegExp | undefined;

export function storyVessel(text: string): { thing: ScopeEntity; span: Span } | null {
  // Built on first use: named-thing.ts is part of an import cycle through named-measure.ts.
  named ??= new RegExp(String.raw`(?:\b(?:ship|vessel|ferry|boat|liner|freighter|tanker|trawler)|(?<![\p{L}])(?:${VESSEL_PREFIX}))\s+["“‘']?(\p{Lu}[\p{L}\p{N}-]*(?:\s+(?:\p{Lu}[\p{L}\p{N}-]*|\d+))*)`, "gu");
  const found = new Map<string, { thing: ScopeEntity; span: Span }>();
  for (const hit of text.matchAll(named)) {
    const thing = thingOf(hit[1]!);
    if (!thing || thing.kind !== "named") continue;
    const start = hit.index! + hit[0].length - hit[1]!.length;
    if (!found.has(thing.id)) found.set(thing.id, { thing, span: { start, end: start + hit[1]!.length } });
  }
  return found.size === 1 ? [...found.values()][0]! : null;
}
