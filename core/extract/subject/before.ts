import type { Mention } from "../mention.js";
import type { Span } from "../span.js";
import { PHRASE_STOP } from "./lexicon.js";
import { knownPlace } from "./places.js";
import { placeStartingAt } from "./place.js";
import namedData from "./data/named-measures.js";
import { possessiveOwner, singular, wordsIn } from "./words.js";

/**
 * When no noun follows a number, English often names the thing before it: "a buffer zone with
 * a depth of up to 32 km", "a turnout of 48%", "The strip is 18.6 miles deep", "Inflation in
 * Turkey hit 85%", "Turkey's population reached 85 million". The thing is the first noun
 * phrase of the clause (not the word just before the verb: "the wall along the border is"
 * measures the wall), with its place from a possessive or an "in" phrase.
 */

export interface BeforeReading {
  head: string;
  place?: string;
  rule: string;
  /** The words read, for the subject's text. */
  span?: Span;
}

const QUALIFIER = String.raw`(?:(?:about|around|some|nearly|almost|roughly|over|more than|less than|up to|only|just)\s+)?`;
const MEASURED = new RegExp(String.raw`(\p{L}{3,30})\s+(?:with|has|had|having|of)\s+(?:a|an)\s+(?:\p{L}{1,20}\s+)?(?:depth|length|width|height|altitude|radius|diameter|area|thickness)\s+of\s+${QUALIFIER}$`, "u");
/**
 * What MEASURED and RATE_OF cannot match without: a cheap test first, since both are anchored
 * at the end and a Unicode letter class tried at every position of the window is the costly part.
 */
const MEASURED_GATE = /(?:depth|length|width|height|altitude|radius|diameter|area|thickness)\s+of\s/;
const OF_GATE = /\sof\s/;
const RATE_OF = new RegExp(String.raw`(\p{L}{3,30})(?:\s+(?:rate|rates|level|share))?\s+of\s+${QUALIFIER}$`, "u");
// "The Chacao Bridge length will be 2,574 m", "Its two towers measure 192.64 metres in height": a plan and a plural tell a measure too.
const BEING = String.raw`is|are|was|were|will\s+be|would\s+be|stands|stood|runs|ran|measure|measures|measured|stretches|stretched|extends|extended`;
const REACHING = String.raw`reached|reaches|hit|hits|rose to|rises to|fell to|falls to|stood at|stands at|totaled|totalled|totals|numbered|numbers|topped|exceeded|climbed to|jumped to|dropped to|increased to|decreased to|grew to|surged to|soared to`;
const VERB_FOR_MEASURES = new RegExp(String.raw`\b(?:${BEING}|${REACHING})\s+${QUALIFIER}$`);
const VERB_FOR_COUNTS = new RegExp(String.raw`\b(?:${REACHING})\s+${QUALIFIER}$`);
/** How far back the clause before a number is read: long enough for "The death toll from a powerful explosion near the capital of ... rose to". */
const WINDOW = 160;
const LEADING = /^(?:and|but|or|while|so|the|a|an|this|that|its|their|his|her|our|new|old|overall|total|later|earlier|meanwhile|then|now|also|however|still|yet|since|today|yesterday)$/i;

/**
 * @example thingBefore("Inflation in Turkey hit 85%", { start: 0, end: 27 }, percent85) // { head: "inflation", place: "turkey", ... }
 */
export function thingBefore(text: string, sentence: Span, mention: Mention): BeforeReading | null {
  const before = windowBefore(text, sentence, mention.start);
  const postnominal = isMeasure(mention) ? thingMeasuredAfter(text, before, mention) : null;
  if (postnominal) return postnominal;
  const measured = MEASURED_GATE.test(before) ? MEASURED.exec(before) : null;
  if (measured) return { head: singular(partOf(before.slice(0, measured.index)) ?? measured[1]!), rule: "subject.measured-noun" };
  if (mention.kind === "percent") {
    const rate = OF_GATE.test(before) ? RATE_OF.exec(before) : null;
    if (rate && isNoun(rate[1]!)) return { head: singular(rate[1]!), rule: "subject.rate-of" };
  }
  const verbs = mention.kind === "percent" || isMeasure(mention) ? VERB_FOR_MEASURES : VERB_FOR_COUNTS;
  const verb = verbs.exec(before);
  if (!verb) return null;
  const offset = mention.start - before.length;
  // A dateline dash ("SAN CRISTOBAL, Dominican Republic — The death toll") ends a clause too.
  let clauseStart = before.slice(0, verb.index).search(/[^,;:()—–]*$/);
  // "on the top of a foundation that is 65 feet in height": a relative pronoun right before the verb stands for the noun before it.
  const antecedent = relativeNoun(before.slice(0, verb.index));
  if (antecedent) {
    const start = offset + antecedent.index;
    return { head: singular(antecedent.noun), rule: "subject.clause-subject", span: { start, end: start + antecedent.noun.length } };
  }
  // "The M4 highway, which runs 450 km": the relative pronoun stands for the phrase before it.
  if (/^\s*(?:which|that)\s/.test(before.slice(clauseStart, verb.index)) && clauseStart > 0) {
    const antecedentEnd = clauseStart - 1;
    clauseStart = before.slice(0, antecedentEnd).search(/[^,;:()]*$/);
    return clauseSubject(text, offset + clauseStart, offset + antecedentEnd);
  }
  return clauseSubject(text, offset + clauseStart, offset + verb.index);
}

/**
 * Up to WINDOW characters of the sentence before the number, starting at a word boundary: a
 * window that starts mid-word ("...Dominican Rep|ublic rose to 10") would make "ublic" the thing.
 */
function windowBefore(text: string, sentence: Span, at: number): string {
  const from = Math.max(sentence.start, at - WINDOW);
  const before = text.slice(from, at);
  if (from === sentence.start || !/\p{L}/u.test(text[from - 1] ?? "")) return before;
  return before.replace(/^\p{L}{0,40}/u, "");
}

function clauseSubject(text: string, from: number, to: number): BeforeReading | null {
  const words = wordsIn(text, from, to);
  let i = 0;
  let place: string | undefined;
  while (i < words.length) {
    const word = words[i]!;
    const owner = possessiveOwner(word);
    if (owner && knownPlace(owner)) { place = knownPlace(owner)!; i++; continue; }
    if (!LEADING.test(word.text)) break;
    i++;
  }
  const first = words[i];
  let head: string | undefined;
  let end = first?.end ?? to;
  for (; i < words.length && !PHRASE_STOP.has(words[i]!.lower); i++) ({ text: head, end } = words[i]!);
  // "The Chacao Bridge length will be": the thing is the noun before the measure's own noun.
  if (head && MEASURE_NOUN.test(head) && i >= 2 && isNoun(words[i - 2]!.text) && !LEADING.test(words[i - 2]!.text)) head = words[i - 2]!.text;
  if (!first || !head || !isNoun(head)) return null;
  if (!place && words[i]?.lower === "in") {
    const found = placeStartingAt(words, i + 1, false);
    if (found) ({ place, end } = found);
  }
  return { head: singular(head), place, rule: "subject.clause-subject", span: { start: first.start, end } };
}

const MEASURE_NOUN = /^(?:length|height|width|depth|diameter|thickness)$/i;
/** "a foundation that is", "the wall which stands": a common noun and a relative pronoun just before the verb. */
// Not a copula's complement: "It is a highway that is 20.5km long" measures what "It" stands for.
const RELATIVE = /(?<!\b(?:is|was|are|were|be|been|being|becomes?|became|remains?|remained)\s+)\b(?:a|an|the)\s+(?:\p{Ll}{3,20}\s+)?(\p{Ll}{3,30})\s+(?:that|which)\s+$/u;

/**
 * Whether the figure's clause is a relative one about a common noun ("on the top of a foundation that
 * is 65 feet in height"): the figure measures that noun, not a thing named elsewhere in the sentence.
 */
export function measuresRelativeNoun(text: string, sentence: Span, mention: Mention): boolean {
  const before = windowBefore(text, sentence, mention.start);
  const verb = VERB_FOR_MEASURES.exec(before);
  return verb !== null && relativeNoun(before.slice(0, verb.index)) !== null;
}

/** The noun a relative pronoun closing `clause` stands for, and where it starts in `clause`. */
function relativeNoun(clause: string): { noun: string; index: number } | null {
  const hit = RELATIVE.exec(clause);
  return hit && isNoun(hit[1]!) ? { noun: hit[1]!, index: hit.index + hit[0].indexOf(hit[1]!) } : null;
}
/** "The stone pedestal of the statue has a height of": the noun before "of the" is the part measured. */
const PART_OF = /\b(\p{Ll}{3,30})\s+of\s+(?:the|a|an|its|their)\s+$/u;

function partOf(before: string): string | undefined {
  const part = PART_OF.exec(before)?.[1];
  return part && isNoun(part) ? part : undefined;
}
/** "a tower 180 metres high", "a wave 30 metres tall": the noun right before the figure, a measure adjective right after it. */
const THING_THEN_FIGURE = /\b(?:a|an|the|one|each|its)\s+(?:[\p{Ll}-]{3,20}\s+)?(\p{Ll}{3,30})\s+$/u;
const MEASURE_AFTER = /^\s*(?:\([^()]{0,40}\)\s*)?(?:high|tall|long|deep|wide|thick)\b/i;

function thingMeasuredAfter(text: string, before: string, mention: Mention): BeforeReading | null {
  if (!MEASURE_AFTER.test(text.slice(mention.end, mention.end + 50))) return null;
  const hit = THING_THEN_FIGURE.exec(before);
  if (!hit || !isNoun(hit[1]!)) return null;
  const start = mention.start - before.length + hit.index + hit[0].lastIndexOf(hit[1]!);
  return { head: singular(hit[1]!), rule: "subject.thing-measured-after", span: { start, end: start + hit[1]!.length } };
}

function isNoun(word: string): boolean {
  return word.length >= 3 && !PHRASE_STOP.has(word.toLowerCase()) && !/^\p{Ll}.*(?:ed|ing|ly)$/u.test(word);
}

/** A number with a unit that measures something (a length, an area), not a count. */
export function isMeasure(mention: Mention): boolean {
  return Boolean(mention.dimension) && mention.dimension !== "count" && mention.unit !== "person" && mention.kind === "quantity";
}

const COUNTED_COMPOUND = new RegExp(String.raw`-(?:${Object.keys(namedData.counted).join("|")})s?$`, "i");

/**
 * "the two countries", "their three sons": a small count after a definite word refers back to
 * things already named rather than stating how many there are, so it gets no subject.
 * @example isDefiniteReference("between the two countries", twoMention) // true
 */
export function isDefiniteReference(text: string, mention: Mention): boolean {
  // "The 6.1-magnitude temblor": a fraction counts no things referred back to.
  if (typeof mention.value !== "number" || mention.value >= 20 || mention.kind !== "quantity" || !Number.isInteger(mention.value)) return false;
  if (mention.dimension && mention.dimension !== "count") return false;
  // "the 12-storey Plasco Building", "the 16-seat plane": a count glued to a standing property modifies the noun after it.
  if (COUNTED_COMPOUND.test(text.slice(mention.start, mention.end))) return false;
  return /\b(?:the|these|those|both|its|their|his|her|our|my|your)\s+$/i.test(text.slice(Math.max(0, mention.start - 12), mention.start));
}
