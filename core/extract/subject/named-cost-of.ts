import type { Mention } from "../mention.js";
import type { Span } from "../span.js";
import data from "./data/thing-dimensions.js";
import named from "./data/named-measures.js";
import { wordAlternation as alt } from "./alternation.js";
import type { NamedMeasure } from "./named-measure.js";
import { candidates, clauseThing } from "./named-thing.js";
import { KIND_NOUNS, mainOfKind, mainThing } from "./named-main.js";
import { frontedSubject } from "./named-subject.js";
import { pointerThing } from "./pointer-thing.js";

/**
 * What a named thing cost to build, told by a sum no narrower reader of named-cost.ts framed: "A sum of
 * USD 104 million has been spent for the construction of the tower", "The estimated cost of construction
 * was approximately US$113 million" (data/thing-dimensions.ts 'costCues'). The thing is the clause's
 * named subject, else the report's main thing (named-main.ts) when the sentence points at its kind ("the
 * tower") or at its building and names nothing else. A part, a repair, a loan or a contract (data/
 * named-measures.ts 'costParts', 'costNotThing') is no cost of the whole. A cost changes while a thing is
 * built, so two are compared by their reports' times (check/frame/named-measure.ts).
 */

const CUE_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:${alt(data.costCues.before)})(?![\p{L}])`, "iu");
const CUE_AFTER = new RegExp(String.raw`^(?:\s*\([^()]{0,60}\))?\s*(?:${alt(data.costCues.after)})(?![\p{L}])`, "iu");
const NOT_WHOLE = new RegExp(String.raw`(?<![\p{L}])(?:${alt([...named.costParts, ...named.costNotThing])})(?![\p{L}])`, "iu");
const KIND_IN = new RegExp(String.raw`(?<![\p{L}])(?:the|this|its)\s+(${KIND_NOUNS})(?![\p{L}])`, "iu");
const IT = /^\s*It\s+(?:cost|costs|was\s+built|was\s+constructed)(?![\p{L}])/u;
const BUILT = /(?<![\p{L}])(?:construction|constructing|building\s+of|to\s+build|built)(?![\p{L}])/iu;

/**
 * @example costOf("Lotus Tower\nA sum of USD 104 million has been spent for the construction of the tower. The Lotus Tower opened.", sentence, mentionOf("USD 104 million"))?.cls // "cost"
 */
export function costOf(text: string, sentence: Span, m: Mention): NamedMeasure | null {
  const before = text.slice(Math.max(sentence.start, m.start - 60), m.start).replace(/^.*\d/su, "");
  const after = text.slice(m.end, Math.min(sentence.end, m.end + 60));
  if (!CUE_BEFORE.test(before) && !CUE_AFTER.test(after)) return null;
  const whole = text.slice(sentence.start, sentence.end);
  if (NOT_WHOLE.test(whole)) return null;
  // "It cost more than 1.5 billion U.S. dollars": what the sentence's opening pointer stands for (pointer-thing.ts).
  const own = clauseThing(text, sentence, m.start, m.end, false) ?? frontedSubject(text, sentence, m) ?? (IT.test(text.slice(sentence.start, m.start)) ? pointerThing(text, sentence, m.start, m.end) ?? undefined : undefined);
  if (own === null) return null;
  if (own) return { cls: "cost", words: "cost", thing: own.thing, span: own.span };
  const kind = KIND_IN.exec(whole)?.[1];
  // "of the tower": the main thing of that kind; no kind, only the building told and no other name in the sentence.
  const main = kind ? mainOfKind(text, kind) : BUILT.test(whole) && candidates(text, sentence.start, sentence.end, false).length === 0 ? mainThing(text) : null;
  return main ? { cls: "cost", words: "cost", thing: main.thing, span: { start: main.start, end: main.end } } : null;
}
