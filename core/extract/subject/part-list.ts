import type { Mention } from "../mention.js";
import type { Span } from "../span.js";
import data from "./data/named-measures.js";
import { wordAlternation as alt } from "./alternation.js";
import { classOf } from "./named-class.js";
import type { NamedMeasure } from "./named-measure.js";
import { storyKind } from "./pointer-thing.js";
import type { FoundThing } from "./named-thing.js";

/**
 * Parts of one named thing listed with their measures in one sentence: "Comprising two tunnels,
 * with length of 1595 meters and 1003 meters, respectively", "The project has two tunnels
 * spanning 1,790 metres and 475 metres", "It comprises Tunnel 1, a 980-metre-long single tube
 * tunnel, and Tunnel 2, a 1555-metre-long twin tube tunnel". Outlets list the same parts in
 * different orders and under different labels (T1/T2, Tunnel 1/Tunnel 2, none at all), so a
 * label or a position in the list says nothing across reports; what every full list of the same
 * parts shares is their order by size. Each figure is the measure of "the longest of the N
 * <parts> of <whole>", the whole being the story's one named thing of the kind (pointer-thing.ts
 * storyKind): two reports' longer tunnels meet, a longer never meets a shorter, and a part never
 * meets its whole. No whole, a count that is not the list's length, equal figures or mixed units:
 * the reader claims the figure and gives it no thing (never a wrong one).
 */

/** The reader's verdict: a measure, "none" (a listed part whose thing cannot be told), or null (no list here). */
export type PartReading = NamedMeasure | "none" | null;

const KINDS = Object.keys(data.listedParts);
const COUNTS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, twin: 2, both: 2, "2": 2, "3": 3, "4": 4, "5": 5 };
/** Cheap word test, run on the sentence before any list pattern: a count of parts, or a numbered part. */
const GATE = new RegExp(String.raw`\b(?:(?:${Object.keys(COUNTS).join("|")})\s+(?:[\p{L}-]+\s+)?(?:${alt(KINDS)})s|(?:${alt(KINDS)})\s+(?:\d{1,2}|[A-D])\b)`, "iu");
const FIGURE = String.raw`(\d[\d,]*(?:\.\d+)?)\s*-?\s*(metres?|meters?|m|km|kms|kilometres?|kilometers?|ft|feet|foot|miles?)\b`;
/** "two tunnels, with length of A and B", "two tunnels spanning A, B and C": the count, the kind, a few words, the list. */
const COUNTED_LIST = new RegExp(String.raw`\b(${Object.keys(COUNTS).join("|")})\s+(?:[\p{L}-]+\s+)?(${alt(KINDS)})s\b[^\d.;:]{0,40}?((?:${FIGURE.replace(/\((?!\?)/g, "(?:")}(?:\s*,\s*|\s+))+(?:,\s*)?and\s+${FIGURE.replace(/\((?!\?)/g, "(?:")})`, "iu");
const ONE_FIGURE = new RegExp(FIGURE, "giu");
/** Words around a counted list naming another measure than length (depth, height, width, a distance apart). */
const OTHER_MEASURE = /\b(?:depths?|heights?|widths?|diameters?|deep|wide|high|tall|below|above|apart|away|under|elevations?|altitudes?)\b/i;
/** "Tunnel 1, a 980-metre-long ...": a part named by its kind and a number or letter. */
const NUMBERED = new RegExp(String.raw`\b(${alt(KINDS.map((k) => k[0]!.toUpperCase() + k.slice(1)))})\s+(\d{1,2}|[A-D])\b`, "gu");

const NUMBERS = ["", "one", "two", "three", "four", "five"];

interface Item { start: number; end: number; value: number; unit: string }

/**
 * The listed part a figure measures, by its rank in size among the list's parts.
 * @example partList("The project has two tunnels spanning 1,790 metres and 475 metres.", sentence, mentionOf("475 metres")) // length of sela-tunnel~tunnel-2of2 when the story names one Sela Tunnel
 */
export function partList(text: string, sentence: Span, m: Mention): PartReading {
  if (m.dimension !== "length") return null;
  const clause = text.slice(sentence.start, sentence.end);
  if (!GATE.test(clause)) return null;
  const listed = countedList(clause, sentence.start, m) ?? numberedList(clause, sentence.start, m);
  if (!listed) return null;
  const { items, kind } = listed;
  const own = items.find((i) => i.start <= m.start - sentence.start + 1 && i.end >= m.end - sentence.start - 1);
  const found = classOf(text, sentence, m);
  if (!own || new Set(items.map((i) => i.unit)).size > 1 || new Set(items.map((i) => i.value)).size < items.length) return "none";
  if (found && !["length", "extent"].includes(found.cls)) return "none";
  const whole = wholeOf(text, kind);
  if (!whole) return "none";
  const rank = items.filter((i) => i.value > own.value).length + 1;
  const id = `${whole.thing.id}~${kind}-${rank}of${items.length}`;
  const two = items.length === 2;
  const order = rank === 1 ? (two ? "longer" : "longest") : rank === items.length ? (two ? "shorter" : "shortest") : `number ${rank} by length`;
  return { cls: "length", words: found?.words ?? kind, thing: { kind: "named", id, text: `the ${order} of the ${NUMBERS[items.length]} ${kind}s of ${whole.thing.text}` }, span: whole.span };
}

/** Figures in a stretch, with their units as written (singular, lower case). */
function figures(stretch: string, offset: number): Item[] {
  return [...stretch.matchAll(ONE_FIGURE)].map((f) => ({ start: offset + f.index!, end: offset + f.index! + f[0].length, value: Number(f[1]!.replace(/,/g, "")), unit: unitOf(f[2]!) }));
}

function unitOf(unit: string): string {
  const u = unit.toLowerCase();
  return /^(?:m|metres?|meters?)$/.test(u) ? "m" : /^(?:km|kms|kilometres?|kilometers?)$/.test(u) ? "km" : /^(?:ft|feet|foot)$/.test(u) ? "ft" : "mi";
}

/** "two tunnels ... A and B": the list must hold as many figures as the count says. */
function countedList(clause: string, offset: number, m: Mention): { items: Item[]; kind: string } | null {
  const hit = COUNTED_LIST.exec(clause);
  if (!hit) return null;
  const listAt = hit.index + hit[0].length - hit[3]!.length;
  const items = figures(hit[3]!, listAt);
  const inList = m.start - offset >= listAt - 1 && m.end - offset <= hit.index + hit[0].length + 1;
  if (!inList) return null;
  // "two tunnels at depths of 300 m and 250 m", "two towers 40 m apart": another measure than the parts' lengths.
  const words = clause.slice(hit.index, listAt) + clause.slice(hit.index + hit[0].length, hit.index + hit[0].length + 25);
  const counted = items.length === COUNTS[hit[1]!.toLowerCase()] && !OTHER_MEASURE.test(words);
  return { items: counted ? items : [], kind: hit[2]!.toLowerCase() };
}

/** "Tunnel 1, a 980-metre-long ..., and Tunnel 2, a 1555-metre-long ...": each numbered part's one figure. */
function numberedList(clause: string, offset: number, m: Mention): { items: Item[]; kind: string } | null {
  const parts = [...clause.matchAll(NUMBERED)];
  const kinds = new Set(parts.map((p) => p[1]!.toLowerCase()));
  if (parts.length < 2 || kinds.size !== 1 || new Set(parts.map((p) => p[2])).size !== parts.length) return null;
  const items: Item[] = [];
  for (let i = 0; i < parts.length; i++) {
    const from = parts[i]!.index! + parts[i]![0].length;
    const own = figures(clause.slice(from, parts[i + 1]?.index ?? clause.length), from);
    if (own.length !== 1) return m.start - offset >= from ? { items: [], kind: [...kinds][0]! } : null;
    items.push(own[0]!);
  }
  const inside = m.start - offset >= parts[0]!.index!;
  return inside ? { items, kind: [...kinds][0]! } : null;
}

/** The whole the parts are of: the story's one named thing of the part's kind, else of the kind the data names for it. */
function wholeOf(text: string, kind: string): FoundThing | null {
  for (const noun of data.listedParts[kind]!) {
    const found = storyKind(text, noun);
    if (found) return found;
  }
  return null;
}
