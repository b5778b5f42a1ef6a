import type { ScopeEntity } from "../../model.js";
import { caseBlind } from "../case-blind.js";
import type { Mention } from "../mention.js";
import type { Span } from "../span.js";
import data from "./data/named-measures.js";
import { classOf, type FoundClass, QUAL } from "./named-class.js";
import { wordAlternation as alt } from "./alternation.js";
import { fronted, isA, livesIn, nounOf, storyThing } from "./named-frames.js";
import { routeDistance } from "./named-route.js";
import { clauseThing, DEMONYM, NAME, renamedThing, THINGS, thingOf } from "./named-thing.js";
import type { SubjectStep } from "./reading.js";
import { partMeasure, pointerThing } from "./pointer-thing.js";
import { labelMeasure } from "./fact-box.js";
import { borderClass } from "./border-distance.js";
import { predicate } from "./named-predicate.js";
import { partList } from "./part-list.js";
import { pairedList } from "./paired-list.js";
import { vehicleSpeed } from "./vehicle-speed.js";
import { storyNames } from "./story-names.js";
import { superlative } from "./named-superlative.js";
import { distanceOfThing } from "./distance-from.js";
import { namedCost } from "./named-cost.js";
import { frontedMeasure } from "./named-fronted.js";
import { kindBeside, openingKind } from "./named-kind.js";
import { POPULATION_POINTER, populationPointer } from "./population-pointer.js";
import { subjectMeasure } from "./named-subject.js";
import { apposedPopulation } from "./named-apposed.js";
import { measuresRelativeNoun } from "./before.js";

/**
 * A standing measure of a named thing: a ship's length, a tower's height, a city's population,
 * a stadium's capacity. Read from two shapes of news writing: the figure as a compound
 * modifier before the name ("the 948-foot Dali", "the 90,000-seat Wembley Stadium"), and the
 * name before the figure with a verb or an apposition ("Merdeka 118 stands 678.9 metres tall",
 * "the Dali, which is 984 feet long", "Merdeka 118, at 678.9 metres", "Derna, a city of
 * 100,000 people"); when a word named the measure, the one named thing of the clause or of the
 * sentence before (named-thing.ts). The class comes from the words (named-class.ts). A figure the
 * sentence marks as planned, future or changing is no standing measure.
 */
export interface NamedMeasure {
  /** "height", "length", "extent", "population", "population.2010", ... */
  cls: string;
  /** The words that named the class, or the figure's unit. */
  words: string;
  thing: ScopeEntity;
  span: Span;
  /** A measure of the story's vehicle (vehicle-speed.ts) or unnamed thing (named-cost.ts): tied by the story's names, not by a named thing. */
  story?: boolean;
}

// Case-blind over ASCII words (case-blind.ts): asked before every bare count of a named thing.
const BARE_COUNT_GATE = caseBlind(String.raw`\b(?:${alt([...data.countFrames, ...Object.keys(data.verbs).filter((v) => ["population", "capacity"].includes(data.verbs[v]!))])})\s+${QUAL}$|,\s*${QUAL}$`);
const NOT_CHANGING = new RegExp(String.raw`\b(?:${alt(data.notChanging)})\b`, "gi");
const FUTURE_ALL = new RegExp(String.raw`\b(?:${alt(data.future)})\b`, "gi");
/** The future verb right before the figure ("would be 2.05 km long"), not a future elsewhere ("will be lifted to a height of"). */
const PLANNED = new RegExp(String.raw`\b(?:${alt(data.future)})\s+${QUAL}$`, "i");
const CHANGING = new RegExp(String.raw`\b(?:${alt(data.changing)})\b`, "i");
const YEAR = /\b(?:in|as of|by)\s+((?:19|20)\d\d)\b|\b((?:19|20)\d\d)\s+(?:census|figures?|estimates?)\b/i;
/** A height verb a change reader may take for a rise ("rises to 678.9 metres", "climbs 310 metres"): a standing height of a named thing. */
const HEIGHT_VERB = new RegExp(String.raw`^(?:${alt(Object.keys(data.verbs).filter((v) => data.verbs[v] === "height" && /s(?:\s+(?:to|at))?$/.test(v)))})$`, "i");

/** Whether a change the quantity step read is a present-tense height verb with no other figure ("rises to 678.9 metres"). */
function heightVerb(m: Mention): boolean {
  return Boolean(m.change && !m.change.pairedWith && m.change.role !== "from" && HEIGHT_VERB.test(m.change.text.trim()) && m.dimension === "length");
}

/**
 * @example namedMeasure("The 948-foot Dali struck the bridge.", { start: 0, end: 36 }, mentionOf("948-foot"))?.cls // "extent"
 */
export function namedMeasure(text: string, sentence: Span, m: Mention): NamedMeasure | null {
  if (m.kind !== "quantity" || m.conversionOf || (m.change && !heightVerb(m))) return null;
  if (m.dimension === "speed") return vehicleSpeed(text, sentence, m);
  // "- Capacity: 88,966" under a page's title: read before the conversion guard ("Length1,780 m (5,840 ft)").
  const label = labelMeasure(text, sentence, m);
  if (label) return label;
  // "The statue is sitting on the top of a foundation that is 65 feet in height": the foundation's, not the statue's.
  if (measuresRelativeNoun(text, sentence, m)) return null;
  const read = reading(text, sentence, m);
  const hit = read && { ...read, thing: renamedThing(text, read.thing, read.span.end) };
  // Planned, expanded, "before the disaster": read up to a few words past the figure (last: a long list of words).
  if (!hit) return null;
  const clause = text.slice(sentence.start, Math.min(sentence.end, m.end + 12)).replace(NOT_CHANGING, "");
  if (CHANGING.test(clause)) {
    // "the new bridge would be 2.05 km long": a thing's measure as planned meets only another planned one.
    if (!PLANNED.test(text.slice(Math.max(sentence.start, m.start - 40), m.start)) || CHANGING.test(clause.replace(FUTURE_ALL, " "))) return null;
    return withYear({ ...hit, cls: `${hit.cls}.planned` }, text.slice(sentence.start, sentence.end));
  }
  // "829.8 metres (2,722 ft)": a conversion in brackets is the figure before it, not another.
  return /\d[^()]{0,30}\(\s*$/.test(text.slice(Math.max(sentence.start, m.start - 40), m.start)) ? null : withYear(hit, text.slice(sentence.start, sentence.end));
}

/**
 * The class and thing of a figure, before the sentence is asked whether it holds now; a sum of money
 * no shape below reads may still be a built thing's cost ("the Rs 277.67-crore project", named-cost.ts); a
 * physical figure none reads, a measure of the clause's named subject or of what its pointer stands for (named-subject.ts).
 */
function reading(text: string, sentence: Span, m: Mention): NamedMeasure | null {
  return standing(text, sentence, m) ?? namedCost(text, sentence, m) ?? subjectMeasure(text, sentence, m);
}

function standing(text: string, sentence: Span, m: Mention): NamedMeasure | null {
  // "two tunnels of 1,595 m and 1,003 m", "Tunnel 1, a 980-metre-long ...": a listed part, by its rank in size, or nothing.
  const listed = partList(text, sentence, m);
  if (listed) return listed === "none" ? null : listed;
  // "A and B have main spans of X and Y respectively": each name with the figure at its position, or nothing.
  const paired = pairedList(text, sentence, m);
  if (paired) return paired === "none" ? null : paired;
  // "Bozeman, about 85 miles southeast of Butte": the distance of the name beside the figure from a place.
  const located = distanceOfThing(text, sentence, m);
  if (located) return located === "none" ? null : located;
  // "the distance between Beijing and Guangzhou is 2,298 km": a route's, not the last name's.
  const of = routeDistance(text, sentence, m) ?? nounOf(text, sentence, m);
  if (of) return of;
  const part = m.dimension === "length" ? partMeasure(text, sentence, m.start) : null;
  if (part) return { cls: part.cls, words: part.words, ...part.found };
  const border = borderClass(text, sentence, m);
  const found = border ? { cls: border, words: "border", counted: false, strong: true } : classOf(text, sentence, m);
  if (!found) return null;
  // A bare count (most of them tolls) is a measure of a thing only after a frame or verb saying so: checked cheaply first.
  if (!found.cls && !BARE_COUNT_GATE.test(text.slice(Math.max(sentence.start, m.start - 40), m.start))) return null;
  // A distance from a border is the clause subject's: "X, about 50 km from the border" is no apposition of X's measure.
  const beside = border ? null : compound(text, sentence, m, found) ?? predicate(text, sentence, m, found) ?? isA(text, sentence, m, found);
  const hit = beside ?? apposedPopulation(text, sentence, m, found) ?? fronted(text, sentence, m, found) ?? superlative(text, sentence, m, found) ?? frontedMeasure(text, sentence, m, found) ?? livesIn(text, sentence, m, found) ?? away(text, sentence, m, found) ?? kindBeside(text, sentence, m, found) ?? storyThing(text, sentence, m, found);
  return hit?.cls ? hit : null;
}

/** "population in 2010": a year written makes it that year's population, another figure than another year's. */
function withYear(hit: NamedMeasure, clause: string): NamedMeasure {
  const year = hit.cls === "population" ? YEAR.exec(clause) : null;
  return year ? { ...hit, cls: `population.${year[1] ?? year[2]}` } : hit;
}

const PREDICATE_ADJECTIVE = /^\s+(?:long|tall|high|deep|wide)\s*(?:[,.;)]|$)/;

/** A measure a word named, its thing away from the figure (named-thing.ts): "The Shard, completed in 2012, climbs 310 metres". */
function away(text: string, sentence: Span, m: Mention, found: FoundClass): NamedMeasure | null {
  const pointedPopulation = found.cls === "population" && POPULATION_POINTER.test(text.slice(sentence.start, m.start));
  if ((!found.strong && !pointedPopulation) || !found.cls) return null;
  // "the 30-mile (18.6-mile) deep security strip": a figure modifying the noun after it measures that noun, not a name elsewhere.
  // "The dam ... is 272-metres high, has ...": glued, yet an adjective closing the clause makes it no modifier.
  const closes = PREDICATE_ADJECTIVE.test(text.slice(m.end, Math.min(sentence.end, m.end + 20)));
  if ((/-\p{L}+$/u.test(text.slice(m.start, m.end)) && !closes) || MODIFIES.test(text.slice(m.end, Math.min(sentence.end, m.end + 60)))) return null;
  const population = found.cls === "population";
  // A population through a pointer only as "it is home to", "it has a population of" ("it has 500 residents" may be anything's),
  // the pointer its subject, never a name in a fronted phrase ("Combined with Pine Cove, it's home to").
  const own = pointedPopulation ? undefined : clauseThing(text, sentence, m.start, m.end, population);
  const pointed = own === undefined && (!population || pointedPopulation);
  const hit = pointed ? (population ? populationPointer(text, sentence, m.start) : pointerThing(text, sentence, m.start, m.end) ?? openingKind(text, sentence, m.start)) : own;
  return hit ? { cls: found.cls, words: found.words, ...hit } : null;
}

/** "the 948-foot Dali", "the 984-foot container ship Dali", "the 19-km Kerch bridge", "the 300 m (984 ft) high Nurek Dam". */
function compound(text: string, sentence: Span, m: Mention, found: FoundClass): NamedMeasure | null {
  const own = text.slice(m.start, m.end);
  let after = text.slice(m.end, sentence.end);
  // "the 1,315m-long Chenab Railway Bridge": the unit glued to the figure, the adjective hyphened after it, is a compound too.
  if (!/-\p{L}+$/u.test(own) && !/^-(?:long|tall|high|deep|wide)\b/i.test(after)) {
    // Spaced, the figure needs an article before it and a measure adjective after it.
    const adjective = SPACED_ADJECTIVE.exec(after);
    if (!adjective || !ARTICLE_BEFORE.test(text.slice(Math.max(sentence.start, m.start - 30), m.start))) return null;
    after = after.slice(adjective[0].length);
  }
  for (let i = 0; i < 2; i++) after = after.replace(/^\s*\([^()]{0,40}\)/, "").replace(/^-(?:long|tall|high|deep|wide)\b/i, "");
  // "The 923 metre long and 18.5 metre wide Kazungula bridge": a second measure joined to the first modifies the same name.
  after = after.replace(/^\s+and\s+[\d.,]+(?:\s*|-)\p{L}+(?:\s+|-)(?:long|tall|high|deep|wide)\b/iu, "");
  const hit = COMPOUND.exec(after);
  // "The 948-foot Singapore-flagged vessel, identified as the Dali": a modifier, a common noun, then the name given to it.
  const modifier = hit && /^\p{Lu}[\p{L}]*-\p{Ll}+$/u.test(hit[2]!);
  if (!hit || modifier || (!hit[3] && DEMONYM.test(hit[2]!) && /^\s+\p{Ll}/u.test(after.slice(hit[0].length)))) {
    // "The Plasco Building, a 17-storey structure": a count glued to its noun (floors, seats) is set beside the name too.
    if (found.counted && !(found.cls && /-\p{L}+$/u.test(own))) return null;
    const named = GIVEN_NAME.exec(after);
    // "The Ever Given, a 200,000-ton container ship,": the name the phrase is set beside.
    const apposed = named ? null : LEADING_THING.test(after) ? APPOSED.exec(text.slice(Math.max(sentence.start, m.start - 120), m.start)) : null;
    const name = named?.[1] ?? apposed?.[1];
    const thing = name ? thingOf(name) : null;
    if (!name || !thing || thing.kind === "place") return null;
    const start = named ? m.end + named[0].length - name.length : m.start - (apposed![0].length - apposed![0].indexOf(name));
    return { cls: found.cls, words: found.words, thing, span: { start, end: start + name.length } };
  }
  const thing = thingOf(hit[2]! + (hit[3] ?? ""));
  if (!thing || (hit[1] && thing.kind === "place" && !hit[3])) return null;
  if (found.counted && !found.cls) return null;
  // The match was made past "-long" or "(984 ft) high": the name ends where `after` ends less what followed it.
  const end = sentence.end - (after.length - hit[0].length);
  return { cls: found.cls, words: found.words, thing, span: { start: m.end, end } };
}

/** "300 m (984 ft) high dam": a figure, its measure adjective and a noun after it ("long overall", "long and" are no noun). */
const MODIFIES = new RegExp(String.raw`^\s*(?:\([^()]{0,40}\)\s*)?-?(?:tall|high|long|deep|wide)\s+(?!(?:${alt(data.afterAdjective)})(?![\p{L}]))\p{Ll}`, "u");
const COMPOUND = new RegExp(String.raw`^\s+((?:(?:${alt(THINGS)})\s+){0,2})(${NAME})(?=[\s,.;:!?)]|[’']s|$)(\s+(?:${alt(THINGS)})\b)?`, "u");
const SPACED_ADJECTIVE = /^\s*(?:\([^()]{0,40}\)\s*)?(?:tall|high|long|deep|wide)\b/i;
const ARTICLE_BEFORE = new RegExp(String.raw`\b(?:the|a|an)\s+${QUAL}$`, "i");
const LEADING_THING = new RegExp(String.raw`^\s+(?:[\p{Ll}-]+\s+){0,2}(?:${alt(THINGS)})\b`, "u");
const APPOSED = new RegExp(String.raw`(?:^|[^\p{L}\p{N}])(${NAME}),\s+(?:a|an|the)\s+${QUAL}$`, "u");
/** Up to four lowercase or hyphenated words of a common noun phrase, then the name it is given. */
const GIVEN_NAME = new RegExp(String.raw`^\s+(?:[\p{L}-]+\s+){0,3}(?:${alt(THINGS)}),?\s+(?:identified\s+as|named|called|dubbed|known\s+as)\s+(?:the\s+)?(${NAME})`, "u");

/** The frame step: "the 948-foot Dali" has the dimension alone as its measure, the named thing as its scope. */
export const NAMED_MEASURE_STEP: SubjectStep = {
  name: "frame.named-measure",
  run: (r) => {
    if (!r.named) return;
    r.frame.measure = { id: r.named.cls, text: r.named.words };
    if (r.named.story) {
      // "the train, travelling at 75 km/h, collided", "the bridge was built at a cost of": the story's vehicle or
      // thing, which only the story's names tell apart.
      const names = r.input.context ? storyNames(r.input.context) : [];
      r.frame.scope.push(...names.filter((n) => !r.frame.scope.some((e) => e.id === n.id)));
      r.frame.rules.push(r.named.cls.startsWith("speed.") ? "frame.vehicle-speed" : "frame.story-thing");
      if (names.length > 0) r.frame.rules.push("frame.story-names");
      return;
    }
    r.frame.scope.push(r.named.thing);
    r.frame.rules.push("frame.named-measure");
  },
};
