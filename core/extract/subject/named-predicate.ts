import type { Mention } from "../mention.js";
import type { Span } from "../span.js";
import data from "./data/named-measures.js";
import { type FoundClass, QUAL } from "./named-class.js";
import { wordAlternation as alt } from "./alternation.js";
import { NAME, thingOf } from "./named-thing.js";
import type { NamedMeasure } from "./named-measure.js";

/** A thing placed by the name after it: "The Shard in London", "the dam at Zug" (no name: group 1 empty). */
const PLACED = new RegExp(String.raw`(?:(${NAME})|\p{Ll}+)\s+(?:in|at|near|outside|on)\s+$`, "u");
/** The name and its verb or apposition, ending right before the figure. */
// "Malin—a village of some 700 people": an apposition set off by a dash as by a comma, with a link word ("Size - 96,000 acres" is a label).
const BEFORE = new RegExp(String.raw`(?:^|[^\p{L}\p{N}])(${NAME})(?:[’']s)?\s*(?:,\s*(?:which|that)\s+(?:[^,;()]{1,60},\s*)?|,\s*|\s*[—–]\s*|\s-\s+|(\())?(?:(?:still|now|currently)\s+)?(?:(${alt(Object.keys(data.verbs))}|${alt(data.countFrames)}|at)(?:\s+(?:above|over)\s+\p{L}+)?(?:\s+at)?\s+)?${QUAL}$`, "u");
const COUNT_FRAME = new RegExp(String.raw`\b(?:${alt(data.countFrames)})\s+${QUAL}$`, "i");
const VENUE = /\b(?:Stadium|Arena|Park|Ground|Hall|Theatre|Theater|Bowl|Dome|Field|Centre|Center|Coliseum|Colosseum|Stadion|Estadio|Stade|Garden|Gardens)$/;

/** "Merdeka 118 stands 678.9 metres tall", "the Dali, which is 984 feet long", "Derna, a city of 100,000 people". */
export function predicate(text: string, sentence: Span, m: Mention, found: FoundClass): NamedMeasure | null {
  // A cost is told with its own verbs ("built at a cost of"), read by away(): "Built at Rs 531 crore" names no thing "Built".
  if (found.cls === "cost") return null;
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
    // "has space for 80,000 residents": room for people is a capacity, whoever they are; "is home to 80,000 residents" a population.
    if (cls === "population" && verbCls === "capacity") cls = "capacity";
    if (!link && !paren && !/,\s*$/.test(hit[0])) return null;
    // "Labour has 411 seats": seats a name merely has are a venue's capacity only if the name is a venue's.
    if (cls === "capacity" && verbCls !== "capacity" && !VENUE.test(hit[1]!)) return null;
  } else {
    if (verbCls === "population" || verbCls === "capacity" || framed) return null;
    if (verbCls && cls === "extent") cls = verbCls;
    // "X is 984 feet" with no verb or apposition: not a predicate.
    if (!link && !paren && !/,\s*$/.test(hit[0])) return null;
  }
  let start = from + hit.index + hit[0].indexOf(hit[1]!);
  let words = hit[1]!;
  // "between Beijing and Guangzhou is 2,298 km": one end of a route is not the thing measured.
  if (/\bbetween\s+\S.*\sand\s+(?:the\s+)?$/.test(text.slice(Math.max(sentence.start, start - 60), start))) return null;
  // "The Shard in London stands 310 metres tall": the name after "in" places the thing before it.
  // "The mudslide in Malin, a village of some 700 people": "a village of" sets the place itself beside the count, whatever is in it.
  const placed = link && data.countFrames.includes(link) ? null : PLACED.exec(text.slice(from, start));
  if (placed) {
    if (!placed[1]) return null; // "the dam at Zug": a common noun, placed
    words = placed[1];
    start = from + placed.index + placed[0].indexOf(words);
  }
  const thing = thingOf(words);
  if (!thing || !cls) return null;
  return { cls, words: found.words, thing, span: { start, end: start + words.length } };
}
