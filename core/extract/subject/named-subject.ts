import type { Mention } from "../mention.js";
import type { Span } from "../span.js";
import data from "./data/thing-dimensions.js";
import named from "./data/named-measures.js";
import { costOf } from "./named-cost-of.js";
import events from "./data/events.js";
import { wordAlternation as alt } from "./alternation.js";
import { partBefore, QUAL, RESTATED } from "./named-class.js";
import type { NamedMeasure } from "./named-measure.js";
import { bareName, candidates, clauseThing, type FoundThing, NAME, thingOf } from "./named-thing.js";
import { pointerThing } from "./pointer-thing.js";
import { KIND_NOUNS, mainOfKind, mainThing, type MainThing } from "./named-main.js";
import { eventMeasure } from "./event-measure.js";
import { letterFirst } from "../letter-first.js";
import { wordTrie } from "../word-trie.js";
import { lastMatch } from "../last-match.js";

/**
 * A physical measure of a named thing that no narrower reader of named-measure.ts framed: its
 * dimension from the words around the figure (data/thing-dimensions.ts: "603 km long", "a depth of",
 * "spans some 96km", "covering 29,600 sq. km"), else its unit's; its thing the clause's one named
 * subject ("Lake Malawi is ... covering 29,600 sq. km"), else what a pointer opening the clause
 * stands for ("It reaches a depth of", "The crater is ... 20 meters deep", "the canyon stretches"):
 * the thing the sentences before open with, or the report's main named thing when its name holds
 * the pointer's kind (named-main.ts). Reference and travel writing measure one thing sentence after
 * sentence this way, and outlets disagree on those figures. A figure away from something ("50 km
 * from"), a difference, a rate or an event's measure (a quake's depth) is none.
 */

const PAREN = String.raw`(?:\s*\([^()]{0,40}\))?`;
/** "726 feet or 221 meters high": the figure's restatement in another unit, before the word of its dimension. */
const OR_RESTATED = String.raw`(?:\s+${RESTATED})?`;
const AFTER = new RegExp(String.raw`^${PAREN}${OR_RESTATED}\s*-?(${alt(Object.keys(data.after))})(?![\p{L}])`, "iu");
// The letter before each is checked by hand (letter-first.ts): the pattern as written ran its lookbehind at every place.
const BEFORE = letterFirst(String.raw`(?<![\p{L}])(${alt(Object.keys(data.before))})(?![\p{L}])`, "giu");
const RATE = new RegExp(String.raw`^${PAREN}\s*(?:of\s+water\s+)?(?:per|a|an|every|each)\s+(${alt(Object.keys(data.rates))})(?![\p{L}])`, "iu");
/** Away from something, a part of it, more or less than something: no measure of the thing. */
const AWAY = /^(?:\s*\([^()]{0,40}\))?\s*(?:from|away|off|north|south|east|west|northeast|northwest|southeast|southwest|inland|offshore|below|beneath|under|behind|ahead|into|inside|of|per|an?\s+hour|apart|farther|further|closer|nearer|longer|shorter|taller|higher|lower|wider|narrower|deeper|shallower|bigger|larger|smaller|more|less)(?![\p{L}])/iu;
/** "by 3 metres", "to 700 m", "between ... and", "than": a change or a comparison. */
const CHANGE_BEFORE = letterFirst(String.raw`(?<![\p{L}])(?:by|than|between|from|to|within|beyond|until)\s+${QUAL}$`, "iu");
// Asked (only whether it holds one) of every named measure's sentence: the words as a trie, the
// letter before checked by hand (word-trie.ts, letter-first.ts; the pattern as written tried every
// word at every place).
const EVENT_WORD = letterFirst(String.raw`(?<![\p{L}])${wordTrie(Object.keys(events.words), { space: String.raw`\s+` })}(?![\p{L}])`, "iu");
/** A pointer opening the clause: "It", "Its", "The lake", "The single file foot track", "This crater". */
const POINTER = new RegExp(String.raw`^\s*(?:[^,;.]{1,80}[,:]\s+)?(?:(It|Its|They|Their)|(?:[Tt]he|[Tt]his|[Tt]hese|[Tt]hose|[Ii]ts|[Tt]heir)\s+(?:(?!of\s)[\p{Ll}-]+\s+){0,3}?(${KIND_NOUNS})s?)(?![\p{L}])`, "u");
/** "the entire 200 km canyon", "The 492ft statue": a definite article before the figure makes the noun after it the story's one thing of its kind. */
const DEFINITE = /(?:^|[^\p{L}])(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts)\s+(?:[\p{Ll}-]+\s+){0,2}$/u;

/** "the 200 km canyon", "The 492ft statue": the figure modifies the noun after it, a kind's pointer (up to two words before the kind). */
const MODIFIED_KIND = new RegExp(String.raw`^${PAREN}\s*(?:-?(?:high|tall|long|deep|wide)\s+)?(?:[\p{Ll}-]+\s+){0,2}?(${KIND_NOUNS})s?(?![\p{L}])`, "u");
/** "a 96km walk through", "362ft likeness of": any other lowercase word after the figure is the noun it measures, unless a link word. */
const MODIFIED = new RegExp(String.raw`^${PAREN}\s*(?:-?(?:high|tall|long|deep|wide)\s+)?(?!(?:${alt([...named.afterAdjective, ...data.notNouns])})(?![\p{L}]))\p{Ll}`, "u");

export interface Dimension {
  cls: string;
  words: string;
  strong: boolean;
  /** How many characters after the figure the counted noun takes ("77 floors"), which the figure counts, not modifies. */
  noun?: number;
}

const FLOORS = /^\s*(floors?|storeys?|stories|story)(?![\p{L}])/u;

/**
 * What the figure measures, or null for a figure that measures no thing (a distance away, a rate, a difference).
 * @example dimensionOf("Lake Malawi is 603 km long.", { start: 0, end: 27 }, mentionOf("603 km"))?.cls // "length"
 */
export function dimensionOf(text: string, sentence: Span, m: Pick<Mention, "start" | "end" | "dimension" | "unit" | "value">): Dimension | null {
  // "77 floors", "a 30-storey ...": a count of a building's floors names its dimension by its noun.
  const floors = !m.dimension || m.dimension === "count" ? FLOORS.exec(text.slice(m.end, Math.min(sentence.end, m.end + 20))) : null;
  if (floors) return { cls: "floors", words: floors[1]!, strong: true, noun: floors[0].length };
  const unit = m.dimension ? data.units[m.dimension] : undefined;
  if (!unit) return null;
  const after = text.slice(m.end, Math.min(sentence.end, m.end + 60));
  // "a width of 1, 708 meters": a figure split by a comma (a misprint, or a bare list) is no one measure.
  if (/^\s*,\s*\d/.test(after) || /\d\s*,\s*$/.test(text.slice(Math.max(sentence.start, m.start - 6), m.start))) return null;
  const rate = RATE.exec(after);
  if (rate) return m.dimension === "volume" ? { cls: data.rates[rate[1]!.toLowerCase()]!, words: rate[0].trim(), strong: true } : null;
  const named = AFTER.exec(after);
  if (named) return { cls: data.after[named[1]!.toLowerCase().replace(/\s+/g, " ")]!, words: named[1]!, strong: true };
  if (AWAY.test(after)) return null;
  // The nearest word before the figure, back to the figure before it ("70 m in diameter and 20 m deep" reads "deep" after).
  const from = Math.max(sentence.start, m.start - 80);
  let before = text.slice(from, m.start);
  if (CHANGE_BEFORE.test(before)) return null;
  // Another measurement is a figure with its unit ("69 m and its depth is"); "a width of 1, 708 meters" (a misprint) is none.
  const lastFigure = [...before.matchAll(/\d\s*\p{L}/gu)].at(-1);
  if (lastFigure) before = before.slice(lastFigure.index! + 1);
  // "Its central span extends 520 meters": a part's noun right before the verb names the measure, not the verb.
  const part = m.dimension === "length" ? partBefore(before) : null;
  if (part) return { ...part, strong: true };
  const word = lastMatch(BEFORE, before)?.[1];
  const cls = word ? data.before[word.toLowerCase().replace(/\s+/g, " ")] : undefined;
  // A volume named a length ("runs 5 million litres") says nothing: the unit decides.
  if (cls && (m.dimension !== "length" || !["area", "volume", "floors"].includes(cls)) && (m.dimension === "length" || ["area", "volume"].includes(cls))) return { cls, words: word!, strong: true };
  // Nothing named stands 10 km high (Everest is 8.8): a bare length past that is a length, never a height.
  const long = m.dimension === "length" && lengthInKm(m) >= 10;
  return { cls: long ? "length" : unit, words: text.slice(m.start, m.end), strong: false };
}

const KM: Record<string, number> = { km: 1, m: 0.001, mi: 1.609, ft: 0.0003048, yd: 0.0009144, nmi: 1.852 };

/** A length in kilometres, or 0 for a unit not known here. */
function lengthInKm(m: Pick<Mention, "unit" | "value">): number {
  const factor = m.unit ? KM[m.unit] : undefined;
  return factor && typeof m.value === "number" ? m.value * factor : 0;
}

/** The thing a pointer opening the clause stands for: the sentences before it (pointer-thing.ts), else the report's main thing of its kind. */
function pointed(text: string, sentence: Span, m: Mention): FoundThing | null {
  const hit = POINTER.exec(text.slice(sentence.start, m.start));
  if (!hit) return null;
  // "The lake": the main thing of that kind; "It": what the sentences before open with, else the main thing.
  if (hit[2]) return foundMain(mainOfKind(text, hit[2]));
  return pointerThing(text, sentence, m.start, m.end) ?? foundMain(mainThing(text));
}

/** The report's main thing where its name is told, as a found thing. */
function foundMain(main: MainThing | null): FoundThing | null {
  return main ? { thing: main.thing, span: { start: main.start, end: main.end } } : null;
}

/**
 * @example subjectMeasure("The crater is 20 meters deep.", sentence, mentionOf("20 meters")) // the report's main crater's depth
 */
export function subjectMeasure(text: string, sentence: Span, m: Mention): NamedMeasure | null {
  if (m.dimension === "money") return costOf(text, sentence, m);
  const dimension = dimensionOf(text, sentence, m);
  if (!dimension) return null;
  const clause = text.slice(sentence.start, m.start);
  // A quake's depth, a flood's area: a sentence of an event measures the event, never the report's thing.
  if (EVENT_WORD.test(text.slice(sentence.start, sentence.end)) || eventMeasure(text, sentence, m)) return null;
  const after = text.slice(m.end + (dimension.noun ?? 0), Math.min(sentence.end, m.end + 60));
  const modified = dimension.noun ? null : MODIFIED_KIND.exec(after);
  if (modified) {
    // The kind word's start: past the words before it, less a plural "s" its noun does not end with.
    const kindAt = m.end + (dimension.noun ?? 0) + modified.index + modified[0].length - modified[1]!.length - (modified[0].endsWith("s") && !modified[1]!.endsWith("s") ? 1 : 0);
    const itself = namedAfter(text, kindAt, dimension);
    // "a ... 700 meter long waterfall": an indefinite one is another thing of the kind, never the report's.
    return itself ?? (DEFINITE.test(text.slice(Math.max(sentence.start, m.start - 40), m.start)) ? kindMeasure(text, modified[1]!, dimension) : null);
  }
  if (!dimension.noun && MODIFIED.test(after)) return null;
  // A physical figure in a fronted phrase is read by named-fronted.ts, which knows the verbs that make a name its subject.
  const own = clauseThing(text, sentence, m.start, m.end, false);
  if (own === null) return null;
  // A figure only its unit names ("a 90 kms overland") must have its thing as the clause's subject, never a pointer away.
  const found = own ?? (dimension.strong || dimension.cls === "area" ? pointed(text, sentence, m) : null);
  if (!found || (own && !/^\s*(?:[^,;.]{0,80}[,:]\s+)?(?:the\s+)?$/iu.test(text.slice(sentence.start, own.span.start)))) return null;
  if (/\b(?:will|would|planned|proposed|to\s+be\s+built)\b/i.test(clause)) return null;
  return { cls: dimension.cls, words: dimension.words, thing: found.thing, span: found.span };
}

/** A figure set before a kind's noun ("the entire 200 km canyon"): the report's main thing, when its name holds the kind. */
function kindMeasure(text: string, noun: string, dimension: Dimension): NamedMeasure | null {
  const found = foundMain(mainOfKind(text, noun));
  return found ? { cls: dimension.cls, words: dimension.words, ...found } : null;
}

const NAME_AT = new RegExp(String.raw`^${NAME}`, "u");

/** "The 160 ft Monument of African Renaissance": a capitalised kind after the figure opens the thing's own name. */
function namedAfter(text: string, at: number, dimension: Dimension): NamedMeasure | null {
  if (!/^\p{Lu}/u.test(text.slice(at, at + 1))) return null;
  const name = NAME_AT.exec(text.slice(at, at + 80));
  const words = name ? bareName(name[0]) : "";
  const thing = words.includes(" ") ? thingOf(words) : null;
  return thing?.kind === "named" ? { cls: dimension.cls, words: dimension.words, thing, span: { start: at, end: at + words.length } } : null;
}

/** A sentence opening with a phrase set before its subject: "Built at an altitude of 1,200 meters, at a cost of ..., the X tunnel will". */
const FRONTED = /^\s*(?:Built|Constructed|Completed|Opened|Inaugurated|At|With|Measuring|Standing|Spanning|Stretching|Rising|Covering|Towering)(?![\p{L}])/u;
/** After the figure: up to two more fronted phrases, each closed by a comma, then the clause's subject. */
const THEN_SUBJECT = /^[^,.;:!?]{0,60},\s+(?:(?:at|with|and|built|costing)[^,.;:!?]{0,60},\s+)?(?=(?:the\s+)?\p{Lu})/u;

/**
 * The subject of the main clause after a fronted phrase that holds a sum ("Built at an altitude of 1,200
 * meters, at a cost of Rs 2,519 crore, the Chenani-Nashri tunnel will ensure ..."): its first name, a thing's
 * (named-cost-of.ts; a cost is a built thing's, never "the Everest climbers'").
 * @example frontedSubject("At 4.9 km, the Bogi Bridge is long.", sentence, mentionOf("4.9 km"))?.thing.id // "bogi-bridge"
 */
export function frontedSubject(text: string, sentence: Span, m: Pick<Mention, "start" | "end">): FoundThing | undefined {
  if (!FRONTED.test(text.slice(sentence.start, m.start))) return undefined;
  const rest = THEN_SUBJECT.exec(text.slice(m.end, sentence.end));
  if (!rest) return undefined;
  const at = m.end + rest[0].length;
  const first = candidates(text, at, sentence.end, false)[0];
  // The name must open the clause ("the Chenani-Nashri tunnel will"), not stand further in it.
  return first && /^(?:the\s+)?$/iu.test(text.slice(at, first.span.start)) ? first : undefined;
}
