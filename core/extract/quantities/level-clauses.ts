import { CHANGE_NOUNS as NOUNS } from "./change-after.js";
import type { CandidateChange } from "./change.js";
import { CONNECTOR_ONLY, DOWN, UP } from "./change-words.js";
import type { Candidate } from "./candidate.js";
import { abbreviationDot, isDigit } from "./clause-words.js";

/*
 * Levels a change reached or started from, named away from the change verb: a level clause
 * after a verb with no amount (", exchanging at N803.90"), the base a change noun is measured
 * on ("a 12% rise on the 5,946 sold").
 */

const DIRECTION = new Map<string, "up" | "down">([...UP.map((w) => [w, "up"] as const), ...DOWN.map((w) => [w, "down"] as const)]);
const NEEDS_CONNECTOR = new Set(CONNECTOR_ONLY);
const PAST = /ed$|^(?:fell|rose|slid|sank|shrank|grew|lost|shed|cut|dived|dove|slumped)$/;
/** Particles and comparatives: a verb of change only with a figure, never alone before a level clause. */
const PARTICLES = new Set(["up", "down", "higher", "lower", "more", "less"]);

/**
 * "The Naira on Friday depreciated against the dollar, exchanging at N803.90": a verb of change
 * earlier in the sentence, with no figure between, whose change the level is. Read only for a
 * figure after a level clause's "at", at most 120 characters back.
 */
export function verbBeforeLevel(text: string, c: Candidate): CandidateChange | null {
  let from = c.start;
  while (from > 0 && c.start - from < 120) {
    const code = text.charCodeAt(from - 1);
    if (isDigit(code) || code === 59 || code === 58 || code === 33 || code === 63 || code === 10 || (code === 46 && !abbreviationDot(text, from - 1))) break;
    from--;
  }
  const words = text.slice(from, c.start).split(/[^A-Za-z]+/);
  let at = c.start;
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i]!;
    at = text.lastIndexOf(w, at - 1);
    const lower = w.toLowerCase();
    // A verb in the past ("depreciated", "fell"), not a noun ("pared some of those gains, trading at").
    const direction = PARTICLES.has(lower) || NEEDS_CONNECTOR.has(lower) || !PAST.test(lower) ? undefined : DIRECTION.get(lower);
    if (direction) return { direction, role: "to", text: w, at };
  }
  return null;
}

/** "a 24.6% increase on the $110.0 million", "a 26.3% increase on the previous year's total dividend of 95.1 cents": the base of a change noun after "on". */
const ON_BASE = /(?:[\d%]|per[ \t]?cent)[ \t]{1,2}(?:[a-z-]{2,20}[ \t]{1,2})?(rise|increase|gain|jump|growth|drop|fall|decline|decrease)[ \t]{1,2}on[ \t]{1,2}(?:(?:the|its|their|a|an)[ \t]{1,2})?(?:(?:[A-Za-z’'-]{2,20}[ \t]{1,2}){0,4}of[ \t]{1,2})?$/i;

/** The old level a change noun is measured on ("a 12% rise on the 5,946 sold"), or null. */
export function changeOnBase(text: string, c: Candidate): CandidateChange | null {
  // Cheap first: "on " or "of " right before the figure.
  const code = text.charCodeAt(c.start - 2);
  if (code !== 110 && code !== 102 && code !== 101) return null;
  const m = ON_BASE.exec(text.slice(Math.max(0, c.start - 90), c.start));
  if (!m) return null;
  const at = c.start - m[0].length + m[0].toLowerCase().indexOf(m[1]!.toLowerCase());
  return { direction: NOUNS.get(m[1]!.toLowerCase()) ?? "up", role: "from", text: m[1]!, at };
}

