import type { Mention } from "../mention.js";
import type { Span } from "../span.js";
import data from "./data/compensation.js";
import { wordAlternation as alt } from "./alternation.js";
import type { NamedMeasure } from "./named-measure.js";
import { previousSentence } from "./named-thing.js";
import { type SubjectStep, takeNamed } from "./reading.js";

/**
 * A sum a payer gives each victim of the story's disaster: "an ex-gratia of Rs 2 lakh each from the
 * PMNRF for the next of kin of those who lost their lives", "Rs 50,000 to the injured", "compensation
 * of Rs five lakh each to the kin of the deceased" (the Chief Minister). Its class says who receives it
 * and who pays ("compensation.killed.centre", "compensation.injured.state"): the Centre's Rs 2 lakh
 * and the state's Rs 5 lakh for one train accident are two payments, never a conflict. The disaster is
 * the story's, tied to other reports by the story's names, as a story thing's cost is. Without a payer
 * or a recipient it names, a sum is nothing to compare.
 */

const WORDS = new RegExp(String.raw`\b(?:${alt(data.words)})\b`, "i");
const PAYERS = Object.entries(data.payers).map(([payer, words]) => [payer, new RegExp(String.raw`(?<![\p{L}])(?:${alt(words)})(?![\p{L}])`, "gu")] as const);
const KILLED = new RegExp(String.raw`^[^.;]{0,40}?\b(?:to|for)\s+(?:the\s+|each\s+|every\s+)?(?:${alt(data.killed)})`, "i");
const INJURED = new RegExp(String.raw`^[^.;]{0,40}?\b(?:to|for)\s+(?:the\s+|those\s+|each\s+|every\s+)?((?:${alt(data.seriously)})\s+)?(?:${alt(data.injured)})\b`, "i");
/** The next sum in the clause ends what a recipient phrase may belong to: "Rs 5 lakh to the kin ... and Rs 1 lakh to those injured". */
const NEXT_SUM = /(?:Rs\.?|₹|rupees|INR)\s*\d/i;
const SENTENCE_END = /[.!?](?=\s+\p{Lu})|\n/u;
const PRONOUN = /^\s*(?:He|She|It|They|The\s+(?:minister|government|ministry))\b/;

export function compensation(text: string, sentence: Span, m: Mention): NamedMeasure | null {
  if (m.dimension !== "money" || m.change) return null;
  // Read to the sentence's real end: "Rs." may have ended the sentence span early.
  let after = text.slice(m.end, m.end + 160);
  const end = SENTENCE_END.exec(after);
  if (end) after = after.slice(0, end.index);
  if (!WORDS.test(text.slice(sentence.start, m.start) + after)) return null;
  const next = NEXT_SUM.exec(after);
  if (next) after = after.slice(0, next.index);
  const injured = INJURED.exec(after);
  const recipient = KILLED.test(after) ? "killed" : injured ? (injured[1] ? "injured.serious" : "injured") : null;
  if (!recipient) return null;
  // Who pays: named after the sum ("from the PMNRF") or last before it in the sentence.
  let payer = payerIn(text.slice(m.end, m.end + 80), true) ?? payerIn(text.slice(sentence.start, m.start), false);
  // "He has also announced a compensation of Rs 50,000": the pronoun is the payer of the sentence before.
  const previous = !payer && PRONOUN.test(text.slice(sentence.start, m.start)) ? previousSentence(text, sentence.start) : null;
  if (previous) payer = payerIn(text.slice(previous.start, previous.end), false);
  if (!payer) return null;
  return { cls: `compensation.${recipient}.${payer}`, words: text.slice(m.start, m.end), thing: { kind: "named", id: `compensation-${payer}`, text: payer }, span: { start: m.start, end: m.end }, story: true };
}

/** The payer named in a stretch: the first one after the sum ("from PMNRF"), or the last one before it. */
function payerIn(stretch: string, first: boolean): string | null {
  let best: { payer: string; at: number } | null = null;
  for (const [payer, pattern] of PAYERS) {
    const all = [...stretch.matchAll(pattern)];
    const hit = first ? all[0] : all.at(-1);
    if (!hit) continue;
    if (first && !/\bfrom\s+(?:the\s+)?$/i.test(stretch.slice(0, hit.index))) continue;
    if (!best || (first ? hit.index! < best.at : hit.index! > best.at)) best = { payer, at: hit.index! };
  }
  return best?.payer ?? null;
}

/** The step: a compensation, when no other reading made the sum a named thing's measure. */
export const COMPENSATION_STEP: SubjectStep = {
  name: "subject.compensation",
  run: (r) => {
    if (r.named || r.head) return;
    const { text, sentence, mention } = r.input;
    const paid = compensation(text, sentence, mention);
    if (!paid) return;
    takeNamed(r, paid, paid.cls, "subject.compensation");
  },
};
