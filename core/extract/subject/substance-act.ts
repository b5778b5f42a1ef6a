import { wordAlternation } from "./alternation.js";
import acts from "./data/substance-acts.js";

/**
 * What a clause did with a volume or weight of a substance: carried, spilled or recovered
 * (data/substance-acts.ts), from the verb right before the figure or the participle after the
 * substance's words, within the clause. Undefined when the clause says none of these.
 * @example substanceAct("Only 5,000 liters of oil were found in them", 5, 23) // "recovered"
 */
export function substanceAct(text: string, from: number, to: number, sentence: { start: number; end: number }): string | undefined {
  const before = text.slice(Math.max(sentence.start, from - 60), from);
  const after = /^[^,;:.!?()]{0,40}/.exec(text.slice(to, Math.min(sentence.end, to + 40)))?.[0] ?? "";
  for (const [act, pattern] of BEFORE) if (pattern.test(before)) return act;
  for (const [act, pattern] of AFTER) if (pattern.test(after)) return act;
  return undefined;
}

/** "was carrying an estimated 2 million": the verb, then at most three lower-case words, then the figure. */
const BEFORE = Object.entries(acts).map(([act, { before }]) => [act, new RegExp(String.raw`\b(?:${wordAlternation(before)})\s+(?:[\p{Ll}-]+\s+){0,3}$`, "u")] as const);

/** "of oil were found", "of oil had been spilled", "of oil on board": the passive participle after the words. */
const AFTER = Object.entries(acts).map(([act, { after }]) => [act, new RegExp(String.raw`^\s*(?:(?:were|was|had\s+been|have\s+been|has\s+been|is|are|being)\s+)?(?:[\p{Ll}]+ly\s+)?(?:${wordAlternation(after)})\b`, "u")] as const);
