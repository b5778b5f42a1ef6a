import { wordAlternation } from "./alternation.js";
import events from "./data/events.js";

/** Words of a breach: a collapse only of a structure that holds water back (data/events.ts 'breach'). */
export const BREACH: readonly string[] = events.breach.words;
const HOLDING = new Set(events.breach.structures);
const BREACH_WORD = new RegExp(String.raw`\b(?:${wordAlternation(BREACH)})\b`, "gi");

/**
 * "Dam breach triggers flash flood", "the embankment was breached", "a breach in the Luti
 * reservoir", "floodwaters breached the levee": such a structure among the three words before,
 * or right after ("in/of" and "the", a name between); "a data breach", "breach of contract", "breached the ceasefire" are none.
 */
export function breachedStructure(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 30), start).toLowerCase().match(/[\p{L}-]+/gu)?.slice(-3) ?? [];
  if (before.some((w) => HOLDING.has(w))) return true;
  const after = /^\s+(?:(?:in|of|at|on)\s+)?(?:the|a|an|its)\s+(?:[\p{Lu}][\p{L}-]*\s+){0,2}([\p{L}-]+)/u.exec(text.slice(end, end + 60));
  return Boolean(after && HOLDING.has(after[1]!.toLowerCase()));
}

/** Where the text from `from` to `to` tells a breach of such a structure (the starts of its breach words). */
export function structureBreaches(text: string, from: number, to: number): number[] {
  const found: number[] = [];
  BREACH_WORD.lastIndex = from;
  for (let m = BREACH_WORD.exec(text); m && m.index < to; m = BREACH_WORD.exec(text)) {
    if (breachedStructure(text, m.index, m.index + m[0].length)) found.push(m.index);
  }
  return found;
}
