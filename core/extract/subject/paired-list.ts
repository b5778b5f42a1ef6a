import type { Mention } from "../mention.js";
import type { Span } from "../span.js";
import data from "./data/named-measures.js";
import { wordAlternation as alt } from "./alternation.js";
import type { NamedMeasure } from "./named-measure.js";
import { NAME, thingOf } from "./named-thing.js";

/**
 * Two or more named things and as many figures in one sentence, paired by their order: "The
 * Akashi Kaikyo Bridge and the Great Belt Bridge have main spans of 1,991 m and 1,624 m
 * respectively", "The Burj Khalifa and the Shanghai Tower stand 828 metres and 632 metres tall".
 * News and reference writing pair such lists in order ("respectively" says so; a list of names
 * as the subject and a list of figures after one measure word does too). The measure is named
 * once for all ("main spans", "stand", "tall"); without such a word, or with names and figures
 * of unequal counts, the figures get no thing (named-measure.ts gives them none) rather than the
 * wrong one.
 */

/** The reader's verdict: a measure, "none" (a paired list whose pairs cannot be told), or null (no list here). */
export type PairedReading = NamedMeasure | "none" | null;

const FIG = String.raw`\d[\d,]*(?:\.\d+)?(?:\s*-?\s*\p{L}[\p{L}.]*)?`;
/** "A and B", "A, B and C": names joined by commas and a final "and", each maybe after "the". */
const NAMES = String.raw`(?:[Tt]he\s+)?${NAME}(?:\s*,\s*(?:the\s+)?${NAME})*,?\s+and\s+(?:the\s+)?${NAME}`;
/** The names, up to six lowercase words naming the measure, then the list of figures. */
const PAIRED = new RegExp(String.raw`(${NAMES})\s+((?:[\p{Ll}’'-]+\s+){1,6}?)(${FIG}(?:\s*,\s*${FIG})*,?\s+and\s+${FIG})`, "u");
const ONE_NAME = new RegExp(String.raw`(?:^|,|\band\b)\s*(?:the\s+)?(${NAME})`, "gu");
const ONE_FIG = new RegExp(FIG, "gu");
/** Words of the measure: a noun of one (maybe plural: "main spans of"), a verb of one, or an adjective after the list. */
const NOUNS = Object.keys(data.nounFrames);
const MEASURE_WORDS = new RegExp(String.raw`\b(?:(${alt(NOUNS)})s?\s+of|(${alt(Object.keys(data.verbs).filter((v) => data.verbs[v] && !v.includes(" ")))}))\s*$`, "iu");
const ADJECTIVE_AFTER = new RegExp(String.raw`^\s*(${alt(Object.keys(data.adjectives).filter((a) => !a.includes(" ")))})\b`, "iu");

/**
 * The named thing a figure of a paired list measures: the name at its position.
 * @example pairedList("The Burj Khalifa and the Shanghai Tower stand 828 metres and 632 metres tall.", sentence, mentionOf("632 metres"))?.thing.id // "shanghai-tower"
 */
export function pairedList(text: string, sentence: Span, m: Mention): PairedReading {
  if (!m.dimension || m.dimension === "count" || m.dimension === "money") return null;
  const clause = text.slice(sentence.start, sentence.end);
  if (!/\sand\s/.test(clause)) return null;
  const hit = PAIRED.exec(clause);
  if (!hit) return null;
  const listAt = sentence.start + hit.index + hit[0].length - hit[3]!.length;
  const figures = [...hit[3]!.matchAll(ONE_FIG)].map((f) => ({ start: listAt + f.index!, end: listAt + f.index! + f[0].length }));
  const own = figures.findIndex((f) => f.start <= m.start + 1 && f.end >= m.start + 1);
  if (own < 0) return null;
  const namesAt = sentence.start + hit.index;
  const names = [...hit[1]!.matchAll(ONE_NAME)].map((n) => ({ words: n[1]!, start: namesAt + n.index! + n[0].length - n[1]!.length }));
  const things = names.map((n) => thingOf(n.words));
  const after = text.slice(listAt + hit[3]!.length, sentence.end);
  const noun = MEASURE_WORDS.exec(hit[2]!);
  const adjective = ADJECTIVE_AFTER.exec(after);
  const cls = noun?.[1] ? data.nounFrames[noun[1].toLowerCase().replace(/\s+/g, " ")] : noun?.[2] ? data.verbs[noun[2].toLowerCase()] : adjective ? data.adjectives[adjective[1]!.toLowerCase()] : undefined;
  const respectively = /^\s*,?\s*respectively\b/i.test(after.replace(ADJECTIVE_AFTER, ""));
  if (!cls || names.length !== figures.length || things.some((t) => !t || t.kind === "place")) return "none";
  if (new Set(things.map((t) => t!.id)).size !== things.length || (!respectively && !noun && !adjective)) return "none";
  const name = names[own]!;
  return { cls, words: noun?.[0].trim() ?? adjective![1]!, thing: things[own]!, span: { start: name.start, end: name.start + name.words.length } };
}
