import data from "./data/named-measures.js";
import { type FoundThing, placeAndKind, thingOf } from "./named-thing.js";

/**
 * The names of one kind a story writes with a lowercase ending ("the Koilwar bridge", "the Diamer
 * Bhasha dam"), by thing id, first mention kept. A known place before the kind ("Bihar bridge",
 * "a Mumbai building") says where a thing is, never which, and names nothing. Kept apart from
 * named-kind.ts so that pointer-thing.ts's storyKind can merge them with its capitalised names
 * without an import cycle.
 */
export function lowercaseKindNames(text: string, kind: string): Map<string, FoundThing> {
  const found = new Map<string, FoundThing>();
  if (!data.pointerKinds[kind]) return found;
  for (const hit of text.matchAll(lowercaseNames(kind))) {
    const thing = placeAndKind(hit[0]) ? null : thingOf(hit[0]);
    if (thing?.kind === "named" && !found.has(thing.id)) found.set(thing.id, { thing, span: { start: hit.index!, end: hit.index! + hit[0].length } });
  }
  return found;
}

const LOWERCASE = new Map<string, RegExp>();
/** One to three capitalised words on one line, then the kind in lowercase: "Diamer Bhasha dam". */
function lowercaseNames(kind: string): RegExp {
  let found = LOWERCASE.get(kind);
  if (!found) LOWERCASE.set(kind, (found = new RegExp(String.raw`(?<![\p{L}\p{N}.])(?:\p{Lu}[\p{L}\p{N}’'&-]*[ \t]+){1,3}${kind}(?![\p{L}])`, "gu")));
  return found;
}
