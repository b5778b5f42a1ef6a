import { DOWN, NEUTRAL, UP } from "./change-words.js";

const CHANGE_WORDS = new Set([...UP, ...DOWN, ...NEUTRAL].filter((w) => !w.includes(" ")));
const CLAUSE_END = /[;:!?()\n"“”]|[.,](?!\d)/;

/**
 * Whether a change word ("rose", "cut") sits a few words before `at` in the same clause: then
 * "from 10% to 20%" after it is the old and the new level, not a range.
 * @example changeBefore("Prices rose from 10% to 20%", 12) // true
 */
export function changeBefore(text: string, at: number): boolean {
  const slice = text.slice(Math.max(0, at - 60), at);
  const words = slice.split(/[ \t\u00a0]+/).filter(Boolean);
  // Eight words: "cut the number of operating oil rigs by 8 to 465" names what changed between.
  for (let i = words.length - 1, k = 0; i >= 0 && k < 8; i--, k++) {
    const w = words[i]!;
    if (CLAUSE_END.test(w.slice(-1)) && k > 0) return false;
    if (CHANGE_WORDS.has(w.toLowerCase().replace(/[^a-z]/g, ""))) return true;
    if (/\d/.test(w) || CLAUSE_END.test(w)) return false;
  }
  return false;
}

/** A change word, then an amount ("down -3.9%", "rose by 10 percent", "increased 1.5 points") right before `at`. */
const AMOUNT_BEFORE = /([A-Za-z]+)[ \t]{1,2}(?:by[ \t]{1,2})?(?:(?:about|around|nearly|almost|some|just|over)[ \t]{1,2})?[-+]?[$€£]?[ \t]?\d[\d.,]*(?:[ \t]?(?:%|per[ \t]cent|percent|pc|points?|pts))?,?[ \t]{1,2}$/i;

/**
 * Whether the amount of a change stands right before `at`: "were down -3.9% from 2,150,495 to
 * 2,066,411" and "increased by 10% or $256 to $2,840" give levels after it, not a range.
 * @example amountBefore("registrations were down -3.9% from 2,150,495", 38) // true
 */
export function amountBefore(text: string, at: number): boolean {
  const m = AMOUNT_BEFORE.exec(text.slice(Math.max(0, at - 60), at));
  return m !== null && CHANGE_WORDS.has(m[1]!.toLowerCase());
}
