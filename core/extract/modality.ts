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
  /** A date its subject step read as its event noun's own ("the Saturday morning incident"), or a figure modifying a definite noun ("the 150-year-old structure", attributive.ts): presupposed, not asserted by the verb. */
  presupposed?: boolean;
}

export interface ModalityReading {
  modality: Modality;
  rule?: string;
}

/** Openers of a condition: they reach to the end of their clause, across relative clauses ("a scenario where ..."). */
const CONDITION = /\b(?:if|unless|in the event (?:of|that)|in case|suppose|supposing|scenarios?|hypothetical(?:ly)?|whether)\b/gi;
// Case matters: "May" is a month; a capitalized modal only opens a question or a condition.
const MODAL = /\b(?:would|could|might|may|should)\b|\b(?:Would|Could|Might|Should)\b/;
/** "with potentially hundreds more missing", "possibly as many as 50": a figure the writer hedges right before it. */
const HEDGE_BEFORE = /\b(?:potentially|possibly|perhaps|maybe|conceivably)\s+(?:(?:as\s+many\s+as|up\s+to|some|about|around|over|more\s+than)\s+)?$/i;
const NEGATION = /\b(?:not|never|no longer|nor|no|n't)\s+(?:\S+\s+){0,2}$/i;
// "was not completed until 1935": "not ... until" tells when it was done.
const NEGATED_QUALIFIER = /^(?:more|fewer|less|later|earlier|further|sooner|greater|higher|lower|until)\b/i;
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
  // "more bodies could be trapped following the Saturday morning incident": the modal is about the bodies; the incident's day is given.
  if (!input.presupposed && (MODAL.test(clause) || modalAfter(text, mention.end, sentence.end))) return { modality: "hypothetical", rule: "modality.modal" };
  if (HEDGE_BEFORE.test(clause)) return { modality: "hypothetical", rule: "modality.hedge" };
  if (NEGATION.test(clause) && !NEGATED_QUALIFIER.test(text.slice(mention.start, mention.end))) {
    return { modality: "negated", rule: "modality.negation" };
  }
  if (input.quotes.some((q) => q.start <= mention.start && mention.end <= q.end)) return { modality: "quoted", rule: "modality.quotation" };
  if (mention.kind !== "date" && attributed(text, sentence)) {
    return { modality: "quoted", rule: "modality.attribution" };
  }
  return { modality: "asserted" };
}

/**
 * Whether the sentence (the mention's window of it) attributes what it says. The mentions of
 * one sentence come one after another and share their window, so the last answer is kept.
 */
let lastWindow = { text: "", start: -1, end: -1, attributed: false };

function attributed(text: string, sentence: Span): boolean {
  const last = lastWindow;
  if (last.start === sentence.start && last.end === sentence.end && last.text === text) return last.attributed;
  const answer = ATTRIBUTION.test(text.slice(sentence.start, sentence.end));
  lastWindow = { text, start: sentence.start, end: sentence.end, attributed: answer };
  return answer;
}

/**
 * A condition opened before the number and not closed by a comma or semicolon since: the last
 * condition word ends after the last ",", ";" or ":". No condition word holds one of them, so a
 * match ending after the last mark starts after it, and one found from there is enough: the
 * words are looked for after the mark only (the whole stretch was read for every match).
 */
function inCondition(before: string): boolean {
  CONDITION.lastIndex = Math.max(before.lastIndexOf(","), before.lastIndexOf(";"), before.lastIndexOf(":")) + 1;
  return CONDITION.test(before);
}

/** "two million more refugees would arrive": the number is the subject of a modal verb. */
function modalAfter(text: string, from: number, to: number): boolean {
  const after = text.slice(from, Math.min(to, from + 80));
  // Up to the first clause mark, as /^[^,;:()–—]*/ reads it, found without a match array.
  const mark = after.search(CLAUSE_MARK);
  const clause = mark < 0 ? after : after.slice(0, mark);
  // Its first seven white-space-separated pieces (as split(/\s+/) counts them, a leading empty
  // one included). The words were once split and joined with single spaces; both searches
  // below see white space only as a word boundary, so the clause cut after the seventh piece
  // reads the same, without the copies.
  const words = clause.slice(0, endOfPieces(clause, 7));
  const stop = /\b(?:that|which|who|where|when|since|because|while|after|before)\b/i.exec(words);
  return MODAL.test(stop ? words.slice(0, stop.index) : words);
}

/** Where the `count`th piece of `text` ends, pieces separated by runs of white space (\s). */
function endOfPieces(text: string, count: number): number {
  let pieces = 1;
  for (let i = 0; i < text.length; i++) {
    if (!isJsSpace(text.charCodeAt(i))) continue;
    if (pieces === count) return i;
    while (i + 1 < text.length && isJsSpace(text.charCodeAt(i + 1))) i++;
    pieces++;
  }
  return text.length;
}

/** What \s matches in JavaScript: ASCII white space, no-break and Unicode spaces, line and paragraph separators, BOM. */
function isJsSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 160) return false;
  return c === 160 || c === 5760 || (c >= 8192 && c <= 8202) || c === 8232 || c === 8233 || c === 8239 || c === 8287 || c === 12288 || c === 65279;
}
