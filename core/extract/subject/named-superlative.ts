import type { Mention } from "../mention.js";
import type { Span } from "../span.js";
import data from "./data/named-measures.js";
import { type FoundClass } from "./named-class.js";
import { wordAlternation as alt } from "./alternation.js";
import type { NamedMeasure } from "./named-measure.js";
import { NAME, thingOf } from "./named-thing.js";

/**
 * A fronted figure whose clause ranks the named thing by a dimension: "At 4.94 km, the Bogibeel
 * Bridge is the country's longest road-cum-rail bridge", "At 828 metres, the Burj Khalifa remains
 * the world's tallest building". The superlative names the class a bare length leaves open
 * (data/named-measures.ts 'superlatives'); "largest" and "biggest" name none, and give nothing.
 */

/** "At 4.94 km," opening the sentence or a clause ("The record length is widely reported: at 4.94 km,"). */
const FRONTED_AT = /(?:^|[:;—–-]\s*|\.\s+)(?:at|At)\s+(?:(?:about|some|nearly|around|roughly|almost|over|just over|more than)\s+)?$/;
const RANKED = new RegExp(
  String.raw`^\s*(?:\([^()]{0,40}\)\s*)?,\s*(?:the\s+)?(${NAME})\s+(?:is|was|remains|remained|became|becomes|stands\s+as)\s+(?:now\s+|still\s+)?(?:the|its|their|a)\s+(?:[\p{L}’'-]+\s+){0,3}?(${alt(Object.keys(data.superlatives))})\b`,
  "u",
);

export function superlative(text: string, sentence: Span, m: Mention, found: FoundClass): NamedMeasure | null {
  // A dimension ranks a length (a ship's, a bridge's): a count or a bare number is no such measure.
  if (found.counted || found.cls !== "extent" || !FRONTED_AT.test(text.slice(sentence.start, m.start))) return null;
  const hit = RANKED.exec(text.slice(m.end, sentence.end));
  const thing = hit ? thingOf(hit[1]!) : null;
  if (!hit || !thing || thing.kind === "place") return null;
  const start = m.end + hit[0].indexOf(hit[1]!, hit[0].indexOf(","));
  return { cls: data.superlatives[hit[2]!.toLowerCase()]!, words: hit[2]!, thing, span: { start, end: start + hit[1]!.length } };
}
