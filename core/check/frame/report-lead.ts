import type { Claim } from "../../model.js";

/** A headline runs to at most this many words. */
const HEADLINE_WORDS = 20;

/**
 * Whether a figure stands in the report's headline or lead: a line of its own with no full stop
 * (a headline or a sub-headline), or the body's first sentence. What a report leads with is its
 * story's figure; the body telling another value with the same word contradicts it, where two
 * figures both in the body are as often two things of one kind (two terms of office, two trips,
 * two fires).
 */
export function leads(claim: Claim, body: string): boolean {
  const sentence = claim.sentence;
  if (!sentence) return false;
  if (body.slice(0, sentence.start).trim() === "") return true;
  const text = body.slice(sentence.start, sentence.end).trim();
  const lineStart = body.slice(0, sentence.start).trimEnd();
  const ownLine = (lineStart === "" || body.slice(lineStart.length, sentence.start).includes("\n"))
    && /^\s*(?:\n|$)/u.test(body.slice(sentence.end));
  return ownLine && !/[.!?]["”’)]?$/u.test(text) && text.split(/\s+/u).length <= HEADLINE_WORDS;
}

