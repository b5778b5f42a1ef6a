import type { Mention } from "../mention.js";
import type { Span } from "../span.js";
import data from "./data/named-measures.js";
import { wordAlternation as alt } from "./alternation.js";
import { type FoundClass, QUAL } from "./named-class.js";
import type { NamedMeasure } from "./named-measure.js";
import { NAME, thingOf } from "./named-thing.js";

/**
 * "Mandalay, Myanmar's second-largest city with a population of 1.5 million", "devastated Mandalay,
 * Myanmar's second-largest city, home to over 1.7 million residents": an apposition calling the name
 * before it a city or town (data/named-measures.ts 'placeNouns'), then a frame of people living
 * there, gives that name's population. The possessive opening the apposition ("Myanmar's") owns the
 * city, and is no thing measured. A finite verb in between ("Thailand's capital has 10 million")
 * makes it a clause of its own, read elsewhere or not at all.
 */
let apposed: RegExp | undefined;

function pattern(): RegExp {
  // Built on first use: named-thing.ts, which NAME comes from, is part of an import cycle through named-measure.ts.
  apposed ??= new RegExp(
    String.raw`(?<![\p{L}\p{N}’'-])(${NAME}),\s+(?:the\s+|a\s+|an\s+)?(?:(?:${NAME}|[\p{Ll}-]+)[’']s\s+)?(?:[\p{Ll}-]+\s+){0,3}(?:${alt(data.placeNouns)}),?\s+(?:with\s+(?:a|an)\s+(?:[\p{Ll}-]+\s+)?population\s+of|home\s+to|of)\s+${QUAL}$`,
    "u",
  );
  return apposed;
}

export function apposedPopulation(text: string, sentence: Span, m: Mention, found: FoundClass): NamedMeasure | null {
  if (!found.counted || (found.cls !== "population" && found.cls !== "")) return null;
  const before = text.slice(Math.max(sentence.start, m.start - 160), m.start);
  if (!/,/.test(before)) return null;
  const hit = pattern().exec(before);
  const name = hit?.[1]!.replace(/^The\s+/, "");
  const thing = name ? thingOf(name) : null;
  if (!hit || !name || !thing) return null;
  const start = m.start - before.length + hit.index + hit[0].indexOf(name);
  return { cls: "population", words: found.words || "population", thing, span: { start, end: start + name.length } };
}
