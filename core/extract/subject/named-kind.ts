import type { Span } from "../span.js";
import data from "./data/named-measures.js";
import { wordAlternation as alt } from "./alternation.js";
import { QUAL } from "./named-class.js";
import type { NamedMeasure } from "./named-measure.js";
import { lowercaseKindNames } from "./kind-names.js";
import type { FoundThing } from "./named-thing.js";
import { storyKindNames } from "./pointer-thing.js";

/**
 * The story's one named thing of a kind, its name written with a capital ending ("Koilwar
 * Bridge", pointer-thing.ts) or, as many outlets write it, a lowercase one ("the Koilwar bridge",
 * "the Diamer Bhasha dam", "the Pelješac bridge"). A known place before a lowercase kind ("Bihar
 * bridge", "a Mumbai building") says where a thing is, never which: two collapsed bridges of one
 * state are no one bridge. None, two such names, or a "new"/"old" one of the kind give nothing.
 */
export function storyKindLoose(text: string, kind: string): FoundThing | null {
  // The kind's names, capitalised and lowercase, are all read there: two ("1) Laerdal tunnel ... 2) Zhongnanshan Tunnel") are no one thing.
  const names = storyKindNames(text, kind);
  if (names) return names.size === 1 ? [...names.values()][0]! : null;
  return lowercaseKind(text, kind);
}

/** The story's one name of a kind written with a lowercase ending ("the Koilwar bridge"), or null. */
export function lowercaseKind(text: string, kind: string): FoundThing | null {
  if (!data.pointerKinds[kind] || OTHER_OF_KIND(kind).test(text)) return null;
  const found = lowercaseKindNames(text, kind);
  return found.size === 1 ? [...found.values()][0]! : null;
}

/** "a new bridge", "the old dam": one pattern per kind, the kinds being data and few. */
const OTHER = new Map<string, RegExp>();
function OTHER_OF_KIND(kind: string): RegExp {
  let found = OTHER.get(kind);
  if (!found) OTHER.set(kind, (found = new RegExp(String.raw`\b(?:new|old|other|another|second|former|original|existing|older|newer)\s+${kind}\b`, "i")));
  return found;
}

/** "The dam, scheduled ..., is 272 metres high", "The bridge is 1.5 km long": the sentence opens with a kind's common noun, the figure after its verb. */
const OPENS_KIND = new RegExp(String.raw`^\s*(?:[^,;.]{1,80},\s+)?(?:The|This|That)\s+(${alt(Object.keys(data.pointerKinds))}),?\s+(?:[^()]{0,60}?\s)?(?:is|was|stands|stood|rises|measures|spans|stretches|runs)\s+(?:about\s+|some\s+)?${QUAL}$`, "u");

/** The story's one named thing of the kind the sentence opens with, when no pointer reader found one. */
export function openingKind(text: string, sentence: Span, start: number): FoundThing | null {
  const hit = OPENS_KIND.exec(text.slice(sentence.start, start));
  return hit ? storyKindLoose(text, hit[1]!.toLowerCase()) : null;
}

/** "an earth fill dam 115-m high", "a concrete bridge 1.5 km long": the kind's noun right before the figure. */
const KIND_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}-])(${alt(Object.keys(data.pointerKinds))})\s+$`, "u");

/**
 * A measure set after a kind's common noun ("the construction of an earth fill dam 115-m high") in a
 * story that names one thing of that kind ("Magat River Multipurpose Dam"): that thing's.
 */
export function kindBeside(text: string, sentence: Span, m: { start: number }, found: { cls: string; words: string; strong: boolean }): NamedMeasure | null {
  if (!found.cls || !found.strong) return null;
  const hit = KIND_BEFORE.exec(text.slice(Math.max(sentence.start, m.start - 30), m.start));
  const named = hit ? storyKindLoose(text, hit[1]!) : null;
  return named ? { cls: found.cls, words: found.words, ...named } : null;
}
