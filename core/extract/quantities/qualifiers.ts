import type { Qualifier } from "../../model.js";
import { mark, type Candidate } from "./candidate.js";
import { AFTER, BEFORE, SYMBOLS } from "./qualifier-words.js";
import { PhrasesBefore } from "../phrases-before.js";

function alternation(words: string[]): string {
  return [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.+]/g, "\\$&").replace(/ /g, "[ \\t]{1,2}")).join("|");
}

const BEFORE_PHRASES = new PhrasesBefore(BEFORE, { space: "blank", maxGap: 2 });
/** "x>10", ">= 30", "≤ 5": comparison signs need no word boundary or space. */
const SYMBOL_RE = SYMBOLS.map(([q, signs]) => [q, new RegExp(`(?<![<>=])(${signs.map((s) => s.replace(/ /g, "[ \\t]?")).join("|")})[ \\t]{0,2}$`)] as const);
const AFTER_RE = AFTER.map(([q, words]) => [q, new RegExp(`^(?:,?[ \\t]{1,2}|-)?(${alternation(words)})(?![A-Za-z])`, "i")] as const);
/** "less than 5000 or equal (to)": the bound includes the number. */
const OR_EQUAL = /^[ \t]{1,2}or[ \t]{1,2}equal(?:[ \t]{1,2}to)?(?![A-Za-z])/i;
/** A number (or "than" and a number) follows: the words belong to that next number. */
const NEXT_NUMBER = /^[ \t]{0,2}(?:than[ \t]{1,2})?(?:[-\d]|(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|hundred|a)\b)/i;

/** Before "close to", words that make "close" the noun of a closing price. */
const CLOSING_PRICE = /(?:\b(?:its|the|their|previous|prior|overnight|official|york|london|tokyo)|['\u2019]s)[ \t]{1,2}$/i;

function bound(c: Candidate, q: Qualifier, words: string): void {
  c.qualifier = q;
  c.qualifierText = words;
  c.low = q === "atLeast" || q === "exact" ? c.value : undefined;
  c.high = q === "atMost" || q === "exact" ? c.value : undefined;
  mark(c, "qualifier");
}

/**
 * "thousands", "dozens", "hundreds of thousands", "a few hundred": an order of magnitude, from
 * the lowest value the words allow up to ten of their scale ("thousands" is 2,000 to 10,000;
 * beyond that a writer says "tens of thousands"). Comparable as a range, never an exact figure.
 */
function vague(c: Candidate, words: string): void {
  c.qualifier = "range";
  c.qualifierText = words;
  c.vague = true;
  c.low = c.value;
  c.high = Math.max(c.value, c.reading.step * 10);
  mark(c, "vague");
}

/** The longest qualifier phrase ending right before `start`: "no more than" beats "more than". */
function before(text: string, start: number): { q: Qualifier; words: string; at: number } | null {
  const phrase = BEFORE_PHRASES.find(text, start);
  let best = phrase && { q: phrase.value, words: phrase.words, at: phrase.start };
  // Signs are short: a few characters before the number are enough, and the last character of
  // one stands right before it or past a blank or two (most numbers have none there).
  if (!signBefore(text, start)) return best;
  const head = text.slice(Math.max(0, start - 8), start);
  for (const [q, re] of SYMBOL_RE) {
    const words = re.exec(head)?.[1];
    if (words && (!best || words.length > best.words.length)) best = { q, words, at: start - head.length + head.lastIndexOf(words) };
  }
  return best;
}

/** The last character of a sign of SYMBOLS (">", "=", "≥", "<", "≤") before `start`, past at most two blanks. */
function signBefore(text: string, start: number): boolean {
  let k = start;
  while (k > start - 2 && (text.charCodeAt(k - 1) === 32 || text.charCodeAt(k - 1) === 9)) k--;
  const last = text.charCodeAt(k - 1);
  return last === 62 || last === 61 || last === 60 || last === 0x2265 || last === 0x2264;
}

const OR_MINUS = /^[ \t]{1,2}or[ \t]{1,2}minus(?![A-Za-z])/i;

function after(text: string, c: Candidate): { q: Qualifier; words: string; end: number } | null {
  // The span's end is the number's end for most figures: then one reading of the words after it is all.
  for (const at of c.numberEnd === c.end ? [c.end] : [c.numberEnd, c.end]) {
    const tail = text.slice(at, at + 24);
    for (const [q, re] of AFTER_RE) {
      const m = re.exec(tail);
      // "a target of 7%, plus or minus 2 percentage points": a tolerance follows, no bound.
      if (m?.[1] && !NEXT_NUMBER.test(tail.slice(m[0].length)) && !OR_MINUS.test(tail.slice(m[0].length))) return { q, words: m[1], end: at === c.end ? c.end + m[0].length : c.end };
    }
  }
  return null;
}

/**
 * Sets the qualifier from the words around the number and widens the span over them. Ranges
 * keep theirs; "equal to 5000 or less" lets the words after win; vague plurals ("hundreds of
 * thousands") are at least their lowest value.
 */
export function readQualifier(text: string, c: Candidate): void {
  if (c.qualifier === "range") return;
  let left = before(text, c.start);
  // "from its New York close to 13.1125", "the previous close to": the market's close, no hedge.
  if (left?.words.toLowerCase().startsWith("close") && CLOSING_PRICE.test(text.slice(Math.max(0, left.at - 20), left.at))) left = null;
  const right = after(text, c);
  if (right && (!left || left.q === "exact" || (left.q === "approx" && right.q !== "approx"))) {
    // "about 500 or more": the bound after the number says more than the hedge before it.
    bound(c, right.q, right.words);
    c.end = right.end;
    if (left?.q === "exact") c.start = left.at;
    return;
  }
  if (left) {
    bound(c, left.q, left.words);
    c.start = left.at;
    const tail = text.slice(c.end, c.end + 24);
    const inclusive = OR_EQUAL.exec(tail);
    if (inclusive && left.q !== "exact" && !NEXT_NUMBER.test(tail.slice(inclusive[0].length))) c.end += inclusive[0].length;
    return;
  }
  if (c.reading.vague) vague(c, text.slice(c.reading.start, c.reading.end));
}
