import type { Mention } from "../mention.js";
import type { Span } from "../span.js";
import data from "./data/named-measures.js";
import { wordAlternation as alt } from "./alternation.js";

/**
 * Which standing measure a figure states, before the thing is known: from the words after it
 * ("tall", "in total length", "seats", "to the tip", "GT"), the measure noun before it ("at a
 * height of", "a seating capacity of", "a main span of"), a verb of one class before it ("rises
 * to", "stretches"), else the unit's dimension (a bare length is "extent"). `strong` says a word
 * named the class: only then may the thing be found away from the figure (named-thing.ts); a
 * bare "300 metres" needs the name right beside it.
 */
export interface FoundClass {
  cls: string;
  words: string;
  /** A count of a standing property (seats, inhabitants, floors), or a bare count ("" class). */
  counted: boolean;
  /** A word (adjective, noun frame, verb, part, tonnage word) named the class; a count noun alone does not. */
  strong: boolean;
}

export const QUAL = String.raw`(?:(?:about|some|nearly|around|approximately|roughly|almost|over|just over|just under|under|more than|less than|up to|at least|close to|a whopping|an impressive|a total of|a staggering|just|only|a mere|an estimated|an estimated total of|a maximum of|a maximum of about|a maximum of around)\s+)?`;

/** "or 221 meters": a figure restated in another unit. */
export const RESTATED = String.raw`or\s+(?:about\s+|roughly\s+|some\s+|nearly\s+)?\d[\d,.]*\s*[A-Za-z.]+`;
// "(221 meters)", or "or 221 meters" ("726 feet or 221 meters high"): the figure restated, before its dimension's word
// (ASCII letters: some patterns using it have no "u" flag).
const PAREN = String.raw`(?:\([^()]{0,40}\)\s*|${RESTATED}\s*)?`;
const key = (words: string) => words.toLowerCase().replace(/\s+/g, " ");
const ADJECTIVE = new RegExp(String.raw`^\s*${PAREN}-?(${alt(Object.keys(data.adjectives))})\b`, "i");
const AWAY = new RegExp(String.raw`^\s*${PAREN}(?:from|away|off|north|south|east|west|below|above|under|behind|ahead|into|inside|of|per|an?\s+hour|deep\s+into)\b`, "i");
const ABOVE_PLACE = new RegExp(String.raw`^\s*${PAREN}(?:(?:above|over)\s+(?:(?:the\s+)?\p{Lu}|(?:${alt(data.aboveWhat)})\b)|into\s+the\s+(?:[\p{L}-]+\s+)?sky\b)`, "u");
/** "sits 359 metres", "is 32m": a verb of standing right before the figure, which with ABOVE_PLACE after it says a height. */
const STANDING_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(?:${alt(data.standingVerbs)})\s+${QUAL}$`, "iu");
/** "reaches 3 km below the surface", "extends 1,200 metres underground": with a verb of reaching before it (DEPTH_BEFORE), a depth. */
const BELOW_SURFACE = new RegExp(String.raw`^\s*${PAREN}(?:(?:below|beneath|under)\s+(?:${alt(data.belowWhat)})\b|underground\b)`, "i");
const DEPTH_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(?:${alt(data.depthVerbs)})\s+(?:down\s+)?${QUAL}$`, "iu");
const SEA_LEVEL = new RegExp(String.raw`^\s*${PAREN}above sea level\b`, "i");
/** "about 30 metres (98 feet) longer than the Nimitz": a difference, not the thing's measure. */
const COMPARATIVE = new RegExp(String.raw`^\s*${PAREN}-?(?:${alt(data.comparatives)})\b`, "i");
const COUNTED = new RegExp(String.raw`^-?\s*(${alt(Object.keys(data.counted))})s?\b`, "i");
/** "829.8 metres tall to the tip", "442 metres (without its antenna)": the part measured. */
const PART_AFTER = new RegExp(String.raw`^\s*${PAREN}(?:-?(?:tall|high)\s*)?[(,]?\s*(${alt(Object.keys(data.partsAfter))})\b`, "i");
const UNIT_AFTER = new RegExp(String.raw`^\s*${PAREN}(${alt(Object.keys(data.unitsAfter))})\b`, "i");
/** "at a height of", "has a seating capacity of", "the bridge's main span of", "a gross tonnage (GT) of". */
const FRAME_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(${alt(Object.keys(data.nounFrames))})\s*${PAREN}(?:${alt(data.frameLinks)})\s*${QUAL}$`, "iu");
/** "built at a cost of", "costing", "built at Rs 531 crore": a sum of money that is the thing's cost. */
const COST_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(?:${alt(data.costVerbs)})\s+${QUAL}$`, "iu");
/** "can hold 90,000", "can seat 40,000": a venue's capacity told with a modal verb before a bare count. */
const CAPACITY_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(${alt(Object.keys(data.verbs).filter((v) => data.verbs[v] === "capacity" && /^(?:can|could)\s|\sto\s+carry$/.test(v)))})\s+${QUAL}$`, "iu");
/**
 * Cheap precheck before CAPACITY_BEFORE: each of its verbs holds "can", "could" or "carry" (the
 * filter above), which no other character folds into under "iu" (only "ſ" and "K" fold into ASCII).
 */
const CAPACITY_CUE = /can|could|carry/i;
/** "rises to 678.9 metres", "stretches 4.13 km", "climbs 310 metres": a verb of one class right before the figure. */
const VERB_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(${alt(Object.keys(data.verbs).filter((v) => data.verbs[v] && !/ of$/.test(v)))})\s+(?:to\s+|at\s+)?${QUAL}$`, "iu");
/** Cheap precheck before FRAME_BEFORE and NOUN_OF (named-measure.ts): one of the measure nouns is there at all. */
export const MEASURE_NOUN = new RegExp(String.raw`\b(?:${[...new Set(Object.keys(data.nounFrames).map((k) => k.split(" ").at(-1)!))].join("|")})\b`, "i");
/** Cheap precheck before VERB_BEFORE: one of its verbs is there at all. */
const VERB_CUE = new RegExp(String.raw`\b(?:${[...new Set(Object.keys(data.verbs).filter((v) => data.verbs[v] && !/ of$/.test(v)).map((v) => v.split(" ")[0]!))].join("|")})\b`, "i");
/** Classes a bare count cannot have (a height needs a unit). */
const DIMENSIONAL = ["height", "length", "width", "depth", "draft", "span", "area"];

/** A part's noun opening the clause of a length, its verb and a qualifier after it: "Its central span extends", "the main span is". */
const PARTS = Object.keys(data.nounFrames).filter((k) => /^(?:span|height\.|draft)/.test(data.nounFrames[k]!));
const PART_BEFORE = new RegExp(String.raw`(?<![\p{L}])(${alt(PARTS)})\s+(?:\p{L}+\s+){1,2}${QUAL}$`, "iu");

/**
 * "Its central span extends 520 meters": the part's noun right before the verb names the measure, not the verb.
 * @example partBefore("Its central span extends ")?.cls // "span"
 */
export function partBefore(before: string): { cls: string; words: string } | null {
  const part = PART_BEFORE.exec(before);
  return part ? { cls: data.nounFrames[key(part[1]!)]!, words: part[1]! } : null;
}

/**
 * The class a figure's words give, or null when it can be no standing measure (a difference, a
 * distance from something). A bare count gets class "" and is decided by the caller's frames.
 * @example classOf("The Shard stands 310 metres tall.", { start: 0, end: 33 }, mentionOf("310 metres"))?.cls // "height"
 */
export function classOf(text: string, sentence: Span, m: Pick<Mention, "start" | "end" | "dimension" | "unit">): FoundClass | null {
  const after = text.slice(m.end, Math.min(sentence.end, m.end + 60));
  if (COMPARATIVE.test(after)) return null;
  const own = /-(\p{L}+)$/u.exec(text.slice(m.start, m.end))?.[1]?.toLowerCase();
  const counted = COUNTED.exec(own ? `-${own}` : after);
  // "411 seats", "500 residents": a count noun alone is often no standing measure (a party's seats, residents evacuated),
  // so its thing must stand right beside it (not strong).
  const before = text.slice(Math.max(sentence.start, m.start - 70), m.start);
  const noun = MEASURE_NOUN.test(before);
  const frame = noun ? FRAME_BEFORE.exec(before) : null;
  const framed = frame ? data.nounFrames[key(frame[1]!)] : undefined;
  // A sum of money is a measure of a thing only as its cost ("at a cost of", "built at"), and a cost only a sum of money.
  if (m.dimension === "money" || framed === "cost") {
    const cost = m.dimension === "money" && (framed === "cost" || COST_BEFORE.test(before));
    return cost ? { cls: "cost", words: frame?.[1] ?? "cost", counted: false, strong: true } : null;
  }
  if (counted) {
    // "a capacity of 132,000 spectators": the measure noun before names the class the count noun only hints at.
    // "a capacity for 300 people": people a vessel or venue can hold, not who live in it.
    const cls = framed === "capacity" && data.needsFrame.includes(counted[1]!.toLowerCase()) ? "capacity" : data.counted[counted[1]!.toLowerCase()]!;
    return { cls, words: counted[1]!, counted: true, strong: framed === cls || (cls === "capacity" && CAPACITY_CUE.test(before) && CAPACITY_BEFORE.test(before)) };
  }
  const unit = UNIT_AFTER.exec(after);
  if (unit) return { cls: data.unitsAfter[key(unit[1]!)]!, words: unit[1]!, counted: false, strong: true };
  const bare = m.dimension === "count" || !m.unit || m.unit === "person";
  if (framed && !(bare && DIMENSIONAL.some((d) => framed.startsWith(d)))) {
    // "a gross tonnage of 228,081" names its class; "a height of 635 metres (to the tip)" too.
    const part = bare ? undefined : PART_AFTER.exec(after)?.[1];
    return { cls: part ? data.partsAfter[key(part)]! : framed, words: frame![1]!, counted: bare, strong: true };
  }
  const holds = bare && CAPACITY_CUE.test(before) ? CAPACITY_BEFORE.exec(before) : null;
  if (holds) return { cls: "capacity", words: holds[1]!, counted: true, strong: true };
  if (bare) return { cls: "", words: "", counted: true, strong: false };
  if (!m.dimension || !data.dimensions[m.dimension]) return null;
  // "rises 8,849 metres above sea level" is a height; "50 metres from the bridge" a distance.
  const seaLevel = SEA_LEVEL.test(after);
  const partOf = data.dimensions[m.dimension] === "extent" ? partBefore(before) : null;
  if (partOf) return { ...partOf, counted: false, strong: true };
  const verb = VERB_CUE.test(before) ? VERB_BEFORE.exec(before)?.[1] : undefined;
  const verbCls = verb ? data.verbs[key(verb)] : undefined;
  // "climbs 310 metres above London", "the bridge sits 359 metres above the river": above a place or the ground,
  // after a verb of standing, a height; "fell 50 metres above the river" is a distance.
  const above = ABOVE_PLACE.test(after) && (verbCls === "height" || STANDING_BEFORE.test(before));
  // "the mine reaches 3 km below the surface" is its depth; "trapped 700 metres below the surface" a place in it.
  if (data.dimensions[m.dimension] === "extent" && BELOW_SURFACE.test(after) && DEPTH_BEFORE.test(before)) return { cls: "depth", words: "below", counted: false, strong: true };
  if (AWAY.test(after) && !seaLevel && !above) return null;
  if (above && verbCls !== "height" && data.dimensions[m.dimension] === "extent") return { cls: "height", words: "above", counted: false, strong: true };
  const part = PART_AFTER.exec(after)?.[1];
  if (part) return { cls: data.partsAfter[key(part)]!, words: part, counted: false, strong: true };
  const adjective = (own && data.adjectives[own] ? own : undefined) ?? ADJECTIVE.exec(after)?.[1] ?? (seaLevel ? "high" : undefined);
  const cls = adjective ? data.adjectives[key(adjective)] : undefined;
  if (!cls && verbCls && data.dimensions[m.dimension] === "extent" && ["height", "length"].includes(verbCls)) return { cls: verbCls, words: verb!, counted: false, strong: true };
  return { cls: cls ?? data.dimensions[m.dimension]!, words: adjective ?? text.slice(m.start, m.end), counted: false, strong: Boolean(cls) };
}
