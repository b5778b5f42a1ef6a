import type { Span } from "../span.js";
import { QUAL } from "./named-class.js";
import { bareName, NAME, thingOf, type FoundThing } from "./named-thing.js";

/**
 * "Kartalkaya ski resort, located at the top of Köroğlu mountains, is a popular winter destination,
 * about 38 km from Bolou and 270 km from Istanbul": a distance after the sentence's predicate noun
 * ("a destination", "a town") locates the name the sentence is about, the subject of "is".
 * A predicate with a name of its own ("is a suburb of Lyon, 10 km from") is read by the name beside it.
 */
const PREDICATE = new RegExp(String.raw`(?:^|[^\p{L}\p{N}’'-])(${NAME})(?:\s+[\p{Ll}-]+){0,2}(?:\s*,[^,;:()]{1,80},)?\s+(?:is|was|lies|sits)\s+(?:a|an)\s+(?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+,\s+${QUAL}$`, "u");

/** The name a sentence's predicate noun right before the figure is said of, or null. */
export function predicateSubject(text: string, sentence: Span, at: number): FoundThing | null {
  return nameBefore(PREDICATE, 220, text, sentence, at);
}

/**
 * "in Kartalkaya, located in Bolu province's Koroglu Mountains, about 300 kilometers east of
 * Istanbul": a name, then where it is located, then the distance: both say where the name is, so
 * the distance is the name's, not the mountains'.
 */
const LOCATED_IN = new RegExp(String.raw`(?:^|[^\p{L}\p{N}’'-])(${NAME}),\s+(?:located|situated|nestled|set)\s+(?:in|at|on|among|amid)\s+[^,;:()]{1,60},\s+${QUAL}$`, "u");

/** The name whose location an appositive "located in ..." tells right before the figure, or null. */
export function locatedInThing(text: string, sentence: Span, at: number): FoundThing | null {
  return nameBefore(LOCATED_IN, 140, text, sentence, at);
}

/** The thing a pattern's first group names within `reach` characters before `at` in its sentence, or null. */
function nameBefore(pattern: RegExp, reach: number, text: string, sentence: Span, at: number): FoundThing | null {
  const before = text.slice(Math.max(sentence.start, at - reach), at);
  const hit = pattern.exec(before);
  const name = hit ? bareName(hit[1]!) : null;
  const thing = name ? thingOf(name) : null;
  if (!hit || !name || !thing) return null;
  const start = at - before.length + hit.index + hit[0].indexOf(hit[1]!);
  return { thing, span: { start, end: start + name.length } };
}
