import type { ScopeEntity } from "../../model.js";
import type { Mention } from "../mention.js";
import type { Span } from "../span.js";
import data from "./data/named-measures.js";
import { gazetteerPlace, placesAround } from "./gazetteer.js";
import { slugOf } from "./frame-scope.js";
import type { SubjectStep } from "./reading.js";

/**
 * A standing measure of a named thing: a ship's length, a tower's height, a city's population,
 * a stadium's capacity. Read from two shapes of news writing: the figure as a compound
 * modifier before the name ("the 948-foot Dali", "the 90,000-seat Wembley Stadium"), and the
 * name before the figure with a verb or an apposition ("Merdeka 118 stands 678.9 metres tall",
 * "the Dali, which is 984 feet long", "Merdeka 118, at 678.9 metres", "Derna, a city of
 * 100,000 people"). The class comes from the words (data/named-measures.ts): an adjective
 * after the figure, else the verb, else the unit's dimension (a bare length is "extent").
 * A figure the sentence marks as planned or changing is no standing measure.
 */
export interface NamedMeasure {
  /** "height", "length", "extent", "population", "population.2010", ... */
  cls: string;
  /** The words that named the class, or the figure's unit. */
  words: string;
  thing: ScopeEntity;
  span: Span;
}

const NAME = String.raw`(?:\p{Lu}[\p{L}\p{N}’'.&-]*|\d+)(?:\s+(?:\p{Lu}[\p{L}\p{N}’'.&-]*|\d+|of|de|la|al|el|du))*`;
const QUAL = String.raw`(?:(?:about|some|nearly|around|approximately|roughly|almost|over|just over|just under|under|more than|less than|up to|at least)\s+)?`;
const alt = (words: Iterable<string>) => [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, String.raw`\s+`)).join("|");
const ADJECTIVE = new RegExp(String.raw`^\s*(?:\([^()]{0,40}\)\s*)?-?(${alt(Object.keys(data.adjectives))})\b`, "i");
const AWAY = /^\s*(?:\([^()]{0,40}\)\s*)?(?:from|away|off|north|south|east|west|below|above|under|behind|ahead|into|inside|of|per|an?\s+hour|deep\s+into)\b/i;
const BARE_COUNT_GATE = new RegExp(String.raw`\b(?:${alt([...data.countFrames, ...Object.keys(data.verbs).filter((v) => ["population", "capacity"].includes(data.verbs[v]!))])})\s+${QUAL}$|,\s*${QUAL}$`, "iu");
/** A thing placed by the name after it: "The Shard in London", "the dam at Zug" (no name: group 1 empty). */
const PLACED = new RegExp(String.raw`(?:(${NAME})|\p{Ll}+)\s+(?:in|at|near|outside|on)\s+$`, "u");
/** The name and its verb or apposition, ending right before the figure. */
const BEFORE = new RegExp(String.raw`(?:^|[^\p{L}\p{N}])(${NAME})(?:[’']s)?\s*(?:,\s*(?:which|that)\s+(?:[^,;()]{1,60},\s*)?|,\s*|(\())?(?:(?:still|now|currently)\s+)?(?:(${alt(Object.keys(data.verbs))}|${alt(data.countFrames)}|at)(?:\s+(?:above|over)\s+\p{L}+)?(?:\s+at)?\s+)?${QUAL}$`, "u");
const NOT_NAMES = new Set(data.notNames);
/** "about 30 metres (98 feet) longer than the Nimitz": a difference, not the thing's measure. */
const COMPARATIVE = new RegExp(String.raw`^\s*(?:\([^()]{0,40}\)\s*)?-?(?:${alt(data.comparatives)})\b`, "i");
const CHANGING = new RegExp(String.raw`\b(?:${alt(data.changing)})\b`, "i");
const COUNT_FRAME = new RegExp(String.raw`\b(?:${alt(data.countFrames)})\s+${QUAL}$`, "i");
const COUNTED = new RegExp(String.raw`^-?\s*(${alt(Object.keys(data.counted))})s?\b`, "i");
const YEAR = /\b(?:in|as of|by)\s+((?:19|20)\d\d)\b|\b((?:19|20)\d\d)\s+(?:census|figures?|estimates?)\b/i;
/** "Turkish border", "Israeli wall": a nationality word before a common noun is no name. */
const DEMONYM = /^\p{Lu}\p{Ll}+(?:ian|ish|ese|ean)$|^\p{Lu}\p{Ll}{3,}i$/u;

/** A name as a scope entity: a place when the gazetteer knows it, else a named thing. */
function thingOf(words: string): ScopeEntity | null {
  const name = words.replace(/^(?:the|The)\s+/, "").replace(/^.*[’']s\s+/, "").trim();
  const first = name.split(/\s+/)[0]!;
  if (!name || NOT_NAMES.has(first) || !/\p{L}/u.test(name)) return null;
  const place = gazetteerPlace(name);
  return place ? { kind: "place", id: place, text: name, within: placesAround(place) } : { kind: "named", id: slugOf(name), text: name };
}

/** A figure's class before the name is known: from the words after it and the unit. */
function classAfter(text: string, m: Pick<Mention, "start" | "end" | "dimension">, sentenceEnd: number): { cls: string; words: string; counted: boolean } | null {
  const after = text.slice(m.end, Math.min(sentenceEnd, m.end + 60));
  if (COMPARATIVE.test(after)) return null;
  const own = /-(\p{L}+)$/u.exec(text.slice(m.start, m.end))?.[1]?.toLowerCase();
  const counted = COUNTED.exec(own ? `-${own}` : after);
  if (counted) return { cls: data.counted[counted[1]!.toLowerCase()]!, words: counted[1]!, counted: true };
  if (!m.dimension || !data.dimensions[m.dimension]) return null;
  // "rises 8,849 metres above sea level" is a height; "50 metres from the bridge" a distance.
  if (AWAY.test(after) && !/^\s*(?:\([^()]{0,40}\)\s*)?above sea level\b/i.test(after)) return null;
  const adjective = (own && data.adjectives[own] ? own : undefined) ?? ADJECTIVE.exec(after)?.[1] ?? (/^\s*above sea level\b/i.test(after) ? "high" : undefined);
  const cls = adjective ? data.adjectives[adjective.toLowerCase().replace(/\s+/g, " ")] : undefined;
  return { cls: cls ?? data.dimensions[m.dimension]!, words: adjective ?? text.slice(m.start, m.end), counted: false };
}

/**
 * @example namedMeasure("The 948-foot Dali struck the bridge.", { start: 0, end: 36 }, mentionOf("948-foot"))?.cls // "extent"
 */
export function namedMeasure(text: string, sentence: Span, m: Mention): NamedMeasure | null {
  if (m.kind !== "quantity" || m.conversionOf || m.change) return null;
  const clause = text.slice(sentence.start, sentence.end);
  // Planned, expanded, "before the disaster": read up to a few words past the figure.
  if (CHANGING.test(text.slice(sentence.start, Math.min(sentence.end, m.end + 12)))) return null;
  // "829.8 metres (2,722 ft)": a conversion in brackets is the figure before it, not another.
  if (/\d[^()]{0,30}\(\s*$/.test(text.slice(Math.max(sentence.start, m.start - 40), m.start))) return null;
  const found = classAfter(text, m, sentence.end) ?? (m.dimension === "count" || !m.unit || m.unit === "person" ? { cls: "", words: "", counted: true } : null);
  if (!found) return null;
  // A bare count (most of them tolls) is a measure of a thing only after a frame or verb saying so: checked cheaply first.
  if (!found.cls && !BARE_COUNT_GATE.test(text.slice(Math.max(sentence.start, m.start - 40), m.start))) return null;
  const hit = compound(text, sentence, m, found) ?? predicate(text, sentence, m, found) ?? fronted(text, sentence, m, found);
  if (!hit || !hit.cls) return null;
  // "population in 2010": a year written makes it that year's population, another figure than another year's.
  const year = hit.cls === "population" ? YEAR.exec(clause) : null;
  return year ? { ...hit, cls: `population.${year[1] ?? year[2]}` } : hit;
}

/** "the 948-foot Dali", "the 984-foot container ship Dali", "the 19-km Kerch bridge". */
function compound(text: string, sentence: Span, m: Mention, found: { cls: string; words: string; counted: boolean }): NamedMeasure | null {
  const own = text.slice(m.start, m.end);
  if (!/-\p{L}+$/u.test(own)) return null;
  let after = text.slice(m.end, sentence.end);
  for (let i = 0; i < 2; i++) after = after.replace(/^\s*\([^()]{0,40}\)/, "").replace(/^-(?:long|tall|high|deep|wide)\b/i, "");
  const re = new RegExp(String.raw`^\s+((?:(?:${alt(THINGS)})\s+){0,2})(${NAME})(?=[\s,.;:!?)]|[’']s|$)(\s+(?:${alt(THINGS)})\b)?`, "u");
  const hit = re.exec(after);
  if (!hit) return null;
  const name = hit[2]! + (hit[3] ?? "");
  const next = after.slice(hit[0].length);
  if (!hit[3] && DEMONYM.test(hit[2]!) && /^\s+\p{Ll}/u.test(next)) return null;
  const thing = thingOf(name);
  if (!thing || (hit[1] && thing.kind === "place" && !hit[3])) return null;
  if (found.counted && !found.cls) return null;
  return { cls: found.cls, words: found.words, thing, span: { start: m.end, end: m.end + hit[0].length } };
}

/** "Merdeka 118 stands 678.9 metres tall", "the Dali, which is 984 feet long", "Derna, a city of 100,000 people". */
function predicate(text: string, sentence: Span, m: Mention, found: { cls: string; words: string; counted: boolean }): NamedMeasure | null {
  // The name and its link stand right before the figure: a bounded window keeps the anchored match cheap.
  const from = Math.max(sentence.start, m.start - 160);
  const before = text.slice(from, m.start);
  const hit = BEFORE.exec(before);
  if (!hit) return null;
  const paren = Boolean(hit[2]);
  const link = hit[3]?.toLowerCase().replace(/\s+/g, " ");
  // "Burj Khalifa (828 metres)": a bracket closes on the figure, or it is no apposition.
  if (paren && !/^\s*(?:[\p{L}.]+\s*)?\)/u.test(text.slice(m.end, m.end + 20))) return null;
  const framed = COUNT_FRAME.test(before);
  const verbCls = link ? data.verbs[link] : undefined;
  let cls = found.cls;
  if (found.counted) {
    // A bare count is a population only after "a city of", "home to", "a population of".
    if (!cls || (data.needsFrame.includes(found.words.toLowerCase()) && !framed)) cls = framed || verbCls === "population" ? "population" : verbCls === "capacity" ? "capacity" : "";
    if (!link && !paren && !/,\s*$/.test(hit[0])) return null;
  } else {
    if (verbCls === "population" || verbCls === "capacity" || framed) return null;
    if (verbCls && cls === "extent") cls = verbCls;
    // "X is 984 feet" with no verb or apposition: not a predicate.
    if (!link && !paren && !/,\s*$/.test(hit[0])) return null;
  }
  let start = from + hit.index + hit[0].indexOf(hit[1]!);
  let words = hit[1]!;
  // "The Shard in London stands 310 metres tall": the name after "in" places the thing before it.
  const placed = PLACED.exec(text.slice(from, start));
  if (placed) {
    if (!placed[1]) return null; // "the dam at Zug": a common noun, placed
    words = placed[1];
    start = from + placed.index + placed[0].indexOf(words);
  }
  const thing = thingOf(words);
  if (!thing || !cls) return null;
  return { cls, words: found.words, thing, span: { start, end: start + words.length } };
}

/** Common nouns of things that may stand between a figure and a name, or follow a name ("Kerch bridge"). */
const THINGS = ["container ship", "cargo ship", "ship", "vessel", "tanker", "freighter", "liner", "yacht", "ferry", "carrier", "bridge", "tower", "building", "skyscraper", "dam", "stadium", "arena", "tunnel", "canal", "statue", "cathedral", "mosque", "temple", "pyramid", "volcano", "glacier", "pipeline", "railway", "highway", "motorway", "wall"];

/** "A city of roughly 100,000 people, Derna sustained heavy damage": the apposition before the name. */
const FRONTED = new RegExp(String.raw`^\s*(?:(?:A|An)\s+(?:\p{L}+\s+)?(?:city|town|village|country|nation|island|metropolis|region)\s+of|Home\s+to)\s+${QUAL}$`, "u");
const FRONTED_NAME = new RegExp(String.raw`^\s*(?:\p{L}+\s*)?,\s*(?:the\s+)?(${NAME})(?=[\s,.;:!?]|[’']s|$)`, "u");

function fronted(text: string, sentence: Span, m: Mention, found: { cls: string; words: string; counted: boolean }): NamedMeasure | null {
  if (!found.counted || !FRONTED.test(text.slice(sentence.start, m.start))) return null;
  const hit = FRONTED_NAME.exec(text.slice(m.end, sentence.end));
  const thing = hit ? thingOf(hit[1]!) : null;
  if (!hit || !thing) return null;
  const start = m.end + hit[0].length - hit[1]!.length;
  return { cls: "population", words: found.words || "population", thing, span: { start, end: start + hit[1]!.length } };
}

/** The frame step: "the 948-foot Dali" has the dimension alone as its measure, the named thing as its scope. */
export const NAMED_MEASURE_STEP: SubjectStep = {
  name: "frame.named-measure",
  run: (r) => {
    if (!r.named) return;
    r.frame.measure = { id: r.named.cls, text: r.named.words };
    r.frame.scope.push(r.named.thing);
    r.frame.rules.push("frame.named-measure");
  },
};
