import measures from "./data/measures.js";
import { wordAlternation as alt } from "./alternation.js";
import type { Casualty } from "./casualty.js";

/**
 * The injured told by their condition: "352 injured, 99 of them critically", "99 people are still in
 * a critical condition", "16 people were wounded, including 12 in serious condition", "34 people are
 * reported to be injured, 4 seriously", "25 critically wounded". A part of the injured, never all of
 * them, in two classes (critical, serious: reports give both side by side); the words are data
 * (data/measures.ts 'condition'). Without this the part has no subject, or is read as the injured.
 */

const WORDS = Object.entries(measures.condition).flatMap(([cls, words]) => words.map((word) => [word, cls] as const));
const CLASS = new Map<string, string>(WORDS);
const CONDITION = alt(WORDS.map(([word]) => word).filter((w) => !w.endsWith("ly")));
const ADVERB = alt(WORDS.map(([word]) => word).filter((w) => w.endsWith("ly")));
/** Who the figure counts and how it is told, between the figure and the condition. */
const LEAD = String.raw`^(?:\s+(?:people|persons|others|patients|victims|of\s+them|of\s+whom|among\s+them))?(?:\s+(?:are|were|is|was|remain|remains|remained|still|reportedly|now|listed|said\s+to\s+be|reported\s+to\s+be))*\s+`;
/** "in critical condition", "in a serious condition": a status of its own, the injured needing no word before. */
const IN_CONDITION = new RegExp(String.raw`${LEAD}in\s+(?:a\s+)?(${CONDITION})\s+condition\b`, "i");
/** "critically", "seriously injured": an adverb of the injured, after a count of the injured in the clause or with its verb. */
const ADVERBIAL = new RegExp(String.raw`${LEAD}(${ADVERB})(\s+(?:injured|wounded|hurt|burned|burnt))?\b`, "i");
/** A count of the injured told before the figure in its sentence ("352 injured, 99 of them critically"). */
const INJURED_BEFORE = /\b(?:injured|wounded|hurt|injuries|injuring)\b/i;

/**
 * @example injuredCondition("352 injured, 99 of them critically.", 13, 15)?.kind // "injured.critical"
 */
export function injuredCondition(text: string, start: number, end: number): Casualty | null {
  const after = text.slice(end, end + 80);
  const own = IN_CONDITION.exec(after);
  const adverb = own ? null : ADVERBIAL.exec(after);
  const hit = own ?? adverb;
  if (!hit) return null;
  // "4 seriously" alone is a condition only after a count of the injured.
  if (adverb && !adverb[2] && !INJURED_BEFORE.test(clauseBefore(text, start))) return null;
  const cls = CLASS.get(hit[1]!.toLowerCase());
  return cls ? { kind: `injured.${cls}`, span: { start: end, end: end + hit[0].length } } : null;
}

/** The sentence before `at`, back to the last full stop within 200 characters. */
function clauseBefore(text: string, at: number): string {
  const window = text.slice(Math.max(0, at - 200), at);
  const stop = Math.max(window.lastIndexOf(". "), window.lastIndexOf("! "), window.lastIndexOf("? "), window.lastIndexOf("\n"));
  return stop >= 0 ? window.slice(stop + 1) : window;
}
