import type { Claim } from "../model.js";

/** How far around a claim to look when the extractor gave no sentence. */
const WINDOW = 160;

/**
 * The words around a claim: its sentence when the extractor marked one, else a window of text
 * on both sides. Offsets out of range give what is there, never an error.
 */
export function sentenceOf(claim: Claim, body: string): string {
  const sentence = claim.sentence;
  if (sentence && Number.isInteger(sentence.start) && Number.isInteger(sentence.end) && sentence.end > sentence.start) {
    return body.slice(Math.max(0, sentence.start), Math.max(0, sentence.end));
  }
  const start = Number.isFinite(claim.start) ? claim.start : 0;
  const end = Number.isFinite(claim.end) ? claim.end : start;
  return body.slice(Math.max(0, start - WINDOW), Math.max(0, end + WINDOW));
}

/** The text just before a claim, up to `length` characters. */
export function textBefore(claim: Claim, body: string, length: number): string {
  const start = Number.isFinite(claim.start) ? Math.max(0, claim.start) : 0;
  return body.slice(Math.max(0, start - length), start);
}

/** The words between two claims of one article, when they are close; "" otherwise. */
export function textBetween(a: Claim, b: Claim, body: string, limit = 300): string {
  const [first, second] = a.start <= b.start ? [a, b] : [b, a];
  const gap = second.start - first.end;
  return gap > 0 && gap <= limit ? body.slice(first.end, second.start) : "";
}

/**
 * The paragraph a claim stands in: the text between the line breaks around it, at most
 * PARAGRAPH_REACH characters on each side (a body with no line breaks is one huge "paragraph").
 * A wire story's paragraph is a few sentences about one point, the unit its writer explains in.
 */
export function paragraphOf(claim: Claim, body: string): string {
  const at = Number.isFinite(claim.start) ? Math.min(Math.max(0, claim.start), body.length) : 0;
  const from = Math.max(0, at - PARAGRAPH_REACH);
  const around = body.slice(from, Math.min(body.length, at + PARAGRAPH_REACH));
  const end = around.indexOf("\n", at - from);
  return around.slice(around.lastIndexOf("\n", at - from - 1) + 1, end === -1 ? around.length : end);
}

/** How far a paragraph reaches on each side of a claim: a long news paragraph is under 1,000 characters. */
const PARAGRAPH_REACH = 1000;
