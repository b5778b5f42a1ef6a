import type { Mention } from "../mention.js";
import type { Span } from "../span.js";
import data from "./data/named-measures.js";
import { type FoundClass, MEASURE_NOUN, QUAL } from "./named-class.js";
import { wordAlternation as alt } from "./alternation.js";
import type { NamedMeasure } from "./named-measure.js";
import { NAME, thingOf } from "./named-thing.js";
import { pointerThing } from "./pointer-thing.js";
import { lowercaseKind, storyKindLoose } from "./named-kind.js";
import { storyVessel, VESSEL_NOUN } from "./named-vessel.js";

/**
 * Measures of named things whose words name the class in a phrase around the name, not beside
 * the figure: "The population of Chiang Mai is about 1.2 million", "the height of the Burj
 * Khalifa is 828 metres" (a measure noun of the name), "More than 1.7 million people live in
 * Mandalay", "A city of roughly 100,000 people, Derna ...", "With a capacity of 40,000, Anfield
 * ..." (a fronted frame, the name after it). Read by named-measure.ts.
 */

/** "The population of Chiang Mai is about 1.2 million", "the height of the Burj Khalifa is 828 metres". */
const NOUN_OF = new RegExp(String.raw`\b(${alt(Object.keys(data.nounFrames))})\s+of\s+(?:the\s+)?(${NAME})\s+(?:is|was|will\s+be|would\s+be|stands\s+at|totals|totalled|reaches|of|(?:is|was)\s+estimated\s+at)\s+${QUAL}$`, "iu");

export function nounOf(text: string, sentence: Span, m: Mention): NamedMeasure | null {
  const before = text.slice(Math.max(sentence.start, m.start - 90), m.start);
  if (!/\sof\s/.test(before) || !MEASURE_NOUN.test(before)) return null;
  const hit = NOUN_OF.exec(before);
  const cls = hit ? data.nounFrames[hit[1]!.toLowerCase().replace(/\s+/g, " ")] : undefined;
  // "The estimated cost of the bridge was": a common noun is the story's thing of its kind, never a name shared by every story.
  const common = hit && /^\p{Ll}/u.test(hit[2]!);
  const bare = m.dimension === "count" || !m.unit || m.unit === "person";
  // A population is a count, a height a length: a figure of the other kind is something else.
  if (!hit || !cls || bare !== ["population", "capacity", "tonnage", "deadweight"].includes(cls)) return null;
  const start = m.start - before.length + hit.index + hit[0].lastIndexOf(hit[2]!);
  if (common) return cls === "cost" && data.costKinds[hit[2]!.toLowerCase()] ? storyCost(hit[2]!, start) : commonKind(text, cls, hit[1]!, hit[2]!, start);
  const thing = thingOf(hit[2]!);
  return thing ? { cls, words: hit[1]!, thing, span: { start, end: start + hit[2]!.length } } : null;
}

/**
 * "The total length of the bridge will be 19.282 km": a built thing's common noun is the story's one
 * named thing of its kind ("the Koilwar bridge"), else the story's unnamed thing of the kind, tied to
 * other reports by the story's names, as its cost is.
 */
function commonKind(text: string, cls: string, words: string, noun: string, start: number): NamedMeasure | null {
  const kind = noun.toLowerCase();
  if (!data.pointerKinds[kind] || data.pointerKinds[kind]!.length === 0) return null;
  const named = storyKindLoose(text, kind);
  if (named) return { cls, words, ...named };
  return { cls: `${cls}.${kind}`, words, thing: { kind: "named", id: kind, text: noun }, span: { start, end: start + noun.length }, story: true };
}

/** The cost of the story's thing of a kind, tied to other reports by the story's names (named-cost.ts). */
function storyCost(kind: string, start: number): NamedMeasure {
  return { cls: `cost.${kind.toLowerCase()}`, words: kind, thing: { kind: "named", id: kind.toLowerCase(), text: kind }, span: { start, end: start + kind.length }, story: true };
}

/** "More than 1.7 million people live in Mandalay": the people living in a named place are its population. */
const LIVES_IN = new RegExp(String.raw`^\s*(?:people\s+|inhabitants\s+|residents\s+)?(?:now\s+)?(?:live|living|reside|residing)\s+in\s+(?:the\s+)?(${NAME})`, "u");

export function livesIn(text: string, sentence: Span, m: Mention, found: FoundClass): NamedMeasure | null {
  if (found.cls !== "population") return null;
  const hit = LIVES_IN.exec(text.slice(m.end, sentence.end));
  const thing = hit ? thingOf(hit[1]!) : null;
  if (!hit || !thing) return null;
  const start = m.end + hit[0].length - hit[1]!.length;
  return { cls: "population", words: found.words, thing, span: { start, end: start + hit[1]!.length } };
}

/** "A city of roughly 100,000 people, Derna sustained heavy damage": the apposition before the name. */
const FRONTED = new RegExp(String.raw`^\s*(?:(?:A|An)\s+(?:\p{L}+\s+)?(?:city|town|village|country|nation|island|metropolis|region)\s+of|Home\s+to|With\s+(?:a|an)\s+(?:\p{L}+\s+)?(?:population|capacity)\s+of)\s+${QUAL}$`, "u");
const FRONTED_NAME = new RegExp(String.raw`^\s*(?:\p{L}+\s*)?,\s*(?:the\s+)?(${NAME})(?=[\s,.;:!?]|[’']s|$)`, "u");

export function fronted(text: string, sentence: Span, m: Mention, found: FoundClass): NamedMeasure | null {
  if (!found.counted || !FRONTED.test(text.slice(sentence.start, m.start))) return null;
  const hit = FRONTED_NAME.exec(text.slice(m.end, sentence.end));
  const thing = hit ? thingOf(hit[1]!) : null;
  if (!hit || !thing) return null;
  const start = m.end + hit[0].length - hit[1]!.length;
  const cls = found.cls === "capacity" ? "capacity" : "population";
  if ((cls === "population") !== (thing.kind === "place" || !/\bcapacity\b/i.test(text.slice(sentence.start, m.start)))) return null;
  return { cls, words: found.words || cls, thing, span: { start, end: start + hit[1]!.length } };
}

/** A definite common noun of a kind of thing, and the words a name of that kind ends with. */
const KINDS: [RegExp, string][] = [
  [/^(?:building|tower|skyscraper|condominium|condo|high-rise|block)$/i, "Tower|Towers|Building|Center|Centre|Plaza|Condominium|Apartments"],
  [/^(?:bridge|viaduct)$/i, "Bridge|Viaduct"], [/^dam$/i, "Dam"], [/^(?:stadium|arena)$/i, "Stadium|Arena|Park|Bowl"], [/^tunnel$/i, "Tunnel"],
  // "The five-kilometre structure spans the Brahmaputra": a word for any built thing is the story's one named one.
  [/^(?:structure|landmark|edifice)$/i, "Bridge|Viaduct|Dam|Barrage|Tower|Building|Stadium|Arena|Tunnel|Statue"],
];
// "The 13-story building" opening its sentence is as definite as one inside it.
const DEFINITE = /\b[Tt]he\s+(?:[\p{Ll}-]+\s+){0,2}$/u;
const NOUN_AFTER = /^(?:-\p{L}+)?(?:\s+[\p{Ll}-]+){1,4}/u;

/**
 * "the mostly concrete 12-story seaside condominium", "the 13-story building": a definite common
 * noun of a kind of thing is the story's one named thing of that kind ("Champlain Towers South"),
 * when the article names exactly one; none or two give nothing.
 */
export function storyThing(text: string, sentence: Span, m: Mention, found: FoundClass): NamedMeasure | null {
  if (!found.cls || !/-\p{L}+$/u.test(text.slice(m.start, m.end)) || !DEFINITE.test(text.slice(Math.max(sentence.start, m.start - 40), m.start))) return null;
  // The first of the next four lowercase words that names a kind ("seaside condominium").
  const words = NOUN_AFTER.exec(text.slice(m.end, Math.min(sentence.end, m.end + 60)))?.[0].split(/\s+/) ?? [];
  // "aboard the 6,325-ton vessel": the story's one named ship (named-vessel.ts).
  if (words.slice(0, 3).some((w) => VESSEL_NOUN.test(w))) {
    const vessel = storyVessel(text);
    return vessel ? { cls: found.cls, words: found.words, ...vessel } : null;
  }
  const ends = words.slice(0, 5).map((w) => KINDS.find(([kind]) => kind.test(w))?.[1]).find(Boolean);
  if (!ends) return null;
  const names = new Map<string, { start: number; end: number; words: string }>();
  for (const hit of text.matchAll(new RegExp(String.raw`(?<![\p{L}\p{N}])(?:\p{Lu}[\p{L}\p{N}’'.&-]*\s+){1,3}(?:${ends})(?:\s+(?:North|South|East|West))?(?![\p{L}])`, "gu"))) {
    const thing = thingOf(hit[0]);
    if (thing && thing.kind === "named") names.set(thing.id, { start: hit.index!, end: hit.index! + hit[0].length, words: hit[0] });
  }
  // "the Padma bridge": a name with a lowercase ending, when the story writes none with a capital (named-kind.ts).
  const noun = words.slice(0, 5).find((w) => KINDS.some(([kind]) => kind.test(w)))?.toLowerCase();
  const loose = names.size === 0 && noun ? lowercaseKind(text, noun) : null;
  if (loose) names.set(loose.thing.id, { start: loose.span.start, end: loose.span.end, words: text.slice(loose.span.start, loose.span.end) });
  if (names.size !== 1) return null;
  const [only] = [...names.values()];
  // "The 10-storey building next to the Rana Plaza": a thing placed by the named one is another of its kind.
  if (only!.start >= m.end && only!.start < sentence.end && BESIDE.test(text.slice(m.end, only!.start))) return null;
  return { cls: found.cls, words: found.words, thing: thingOf(only!.words)!, span: { start: only!.start, end: only!.end } };
}

const BESIDE = /\b(?:next\s+to|near|nearby|beside|besides|opposite|behind|adjacent\s+to|across\s+from|close\s+to|neighbouring|neighboring|facing)\b/i;

/** "Yosemite Falls is a three-tiered, 2425 ft waterfall": the name, "is a", up to three modifiers, right before the figure. */
const IS_A = new RegExp(String.raw`(?:^|[^\p{L}\p{N}])(${NAME})\s+(?:is|was)\s+(?:a|an)\s+(?:[\p{L}-]+,?\s+){0,3}?${QUAL}$`, "u");
/** After the figure: an optional measure adjective, then the common noun it measures ("waterfall", "suspension bridge"). */
const MEASURED_NOUN = /^(?:-\p{Ll}+)?(?:\s*\([^()]{0,30}\))?(?:-?\s*(?:tall|high|long|deep|wide))?(?:\s+[\p{Ll}-]+){1,2}(?=\s*(?:[,.;:!?]|$|which|that|in|on|at|with|situated|located))/u;

/**
 * "Yosemite Falls is a three-tiered, 2425 ft waterfall": a name said to be a thing of some size is
 * the thing measured, so its figure never meets another thing of the same common noun ("the tallest
 * waterfall ... is 979 metres", another waterfall).
 */
export function isA(text: string, sentence: Span, m: Mention, found: FoundClass): NamedMeasure | null {
  // "Lotte World Tower is a 123-floor skyscraper": of the counted classes only floors are a thing's own measure here.
  if (!found.cls || (found.counted && found.cls !== "floors")) return null;
  const before = text.slice(Math.max(sentence.start, m.start - 120), m.start);
  if (!/\s(?:is|was)\s+an?\s/.test(before)) return null;
  const hit = IS_A.exec(before);
  if (!MEASURED_NOUN.test(text.slice(m.end, Math.min(sentence.end, m.end + 60)))) return null;
  if (!hit) return pointerIsA(text, sentence, m, found);
  const thing = thingOf(hit[1]!);
  const start = m.start - before.length + hit.index + hit[0].indexOf(hit[1]!);
  // "The Leaning Tower of Pisa in Italy is a 55 m high belltower": a name placing another is not the thing; a place has an area, no height.
  if (!thing || PLACING.test(text.slice(Math.max(sentence.start, start - 12), start)) || (thing.kind === "place" && found.cls !== "area")) return null;
  return { cls: found.cls, words: found.words, thing, span: { start, end: start + hit[1]!.length } };
}

const PLACING = /\b(?:in|at|near|of|on|outside|inside|from)\s+(?:the\s+)?$/;

/** "The dam is a 289-meter-tall arch dam", "It is a 923 m long bridge": a pointer opening the sentence, "is a", the figure. */
const POINTER_IS_A = new RegExp(String.raw`^\s*(?:(?:The|This|That)\s+(?:[\p{Ll}-]+\s+){0,2}?[\p{Ll}-]+|It)\s+(?:is|was)\s+(?:a|an)\s+(?:[\p{L}-]+,?\s+){0,3}?${QUAL}$`, "u");

/** The thing a sentence's opening pointer stands for, said to be a thing of the figure's size (pointer-thing.ts). */
function pointerIsA(text: string, sentence: Span, m: Mention, found: FoundClass): NamedMeasure | null {
  if (!POINTER_IS_A.test(text.slice(sentence.start, m.start))) return null;
  const pointed = pointerThing(text, sentence, m.start, m.end);
  return pointed ? { cls: found.cls, words: found.words, ...pointed } : null;
}

