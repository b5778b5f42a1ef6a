import type { Modality } from "../model.js";
import type { Span } from "./span.js";
import { clausePrefix } from "./clauses.js";

/**
 * Whether the writer asserts a number, within its sentence and cheaply.
 * Order matters: "If two million more refugees arrive", inside a quote, is hypothetical first,
 * because the checker must never compare it; a negated number is not a value the text holds;
 * a quoted or attributed one still is, but the finding should say whose number it is.
 * Scope is the clause: "Such a meeting would mark the highest-level talks since the Syrian war
 * began in 2011" is hypothetical about the meeting, not about 2011, because "since" opens a new
 * clause between "would" and the year.
 */

export interface ModalityInput {
  text: string;
  sentence: Span;
  mention: Span & { kind: string };
  quotes: readonly Span[];
}

export interface ModalityReading {
  modality: Modality;
  rule?: string;
}

/** Openers of a condition: they reach to the end of their clause, across relative clauses ("a scenario where ..."). */
const CONDITION = /\b(?:if|unless|in the event (?:of|that)|in case|suppose|supposing|scenarios?|hypothetical(?:ly)?|whether)\b/gi;
// Case matters: "May" is a month; a capitalized modal only opens a question or a condition.
const MODAL = /\b(?:would|could|might|may|should)\b|\b(?:Would|Could|Might|Should)\b/;
const NEGATION = /\b(?:not|never|no longer|nor|no|n't)\s+(?:\S+\s+){0,2}$/i;
const NEGATED_QUALIFIER = /^(?:more|fewer|less|later|earlier|further|sooner|greater|higher|lower)\b/i;
const CLAUSE_MARK = /[,;:()–—]/;
const ATTRIBUTION = /\b(?:said|says|told|stated|according to|citing|reportedly|claimed|alleged|quoted as saying)\b/i;

/**
 * @example modalityOf({ text, sentence, mention, quotes: quotedRegions(text) }) // { modality: "hypothetical", rule: "modality.condition" }
 */
export function modalityOf(input: ModalityInput): ModalityReading {
  const { text, sentence, mention } = input;
  const before = text.slice(sentence.start, mention.start);
  if (inCondition(before)) return { modality: "hypothetical", rule: "modality.condition" };
  const clause = clausePrefix(text, sentence.start, mention.start);
  if (MODAL.test(clause) || modalAfter(text, mention.end, sentence.end)) return { modality: "hypothetical", rule: "modality.modal" };
  if (NEGATION.test(clause) && !NEGATED_QUALIFIER.test(text.slice(mention.start, mention.end))) {
    return { modality: "negated", rule: "modality.negation" };
  }
  if (input.quotes.some((q) => q.start <= mention.start && mention.end <= q.end)) return { modality: "quoted", rule: "modality.quotation" };
  if (mention.kind !== "date" && ATTRIBUTION.test(text.slice(sentence.start, sentence.end))) {
    return { modality: "quoted", rule: "modality.attribution" };
  }
  return { modality: "asserted" };
}

/** A condition opened before the number and not closed by a comma or semicolon since. */
function inCondition(before: string): boolean {
  let last = -1;
  CONDITION.lastIndex = 0;
  // Where the last match ends is all that is read: test() leaves it in lastIndex without a match array.
  while (CONDITION.test(before)) last = CONDITION.lastIndex;
  return last >= 0 && !/[,;:]/.test(before.slice(last));
}

/** "two million more refugees would arrive": the number is the subject of a modal verb. */
function modalAfter(text: string, from: number, to: number): boolean {
  const after = text.slice(from, Math.min(to, from + 80));
  // Up to the first clause mark, as /^[^,;:()–—]*/ reads it, found without a match array.
  const mark = after.search(CLAUSE_MARK);
  const clause = mark < 0 ? after : after.slice(0, mark);
  const words = clause.split(/\s+/).slice(0, 7).join(" ");
  const stop = /\b(?:that|which|who|where|when|since|because|while|after|before)\b/i.exec(words);
  return MODAL.test(stop ? words.slice(0, stop.index) : words);
}
