import type { Qualifier } from "../../model.js";
import { mark, type Candidate } from "./candidate.js";

/** Words before a number that bound it; the words are kept ("almost" is not "about"). */
const BEFORE: [Qualifier, string[]][] = [
  ["atLeast", ["more than", "over", "at least", "upwards of", "in excess of", "greater than", "larger than", "above",
    "no fewer than", "no less than", "not less than", "tops", "topped", "topping", "exceeding", "exceeded", "well over",
    "just over", "a minimum of", "minimum of", "as few as"]],
  ["atMost", ["less than", "fewer than", "under", "below", "up to", "no more than", "not more than", "no further than",
    "at most", "as many as", "as much as", "a maximum of", "maximum of", "just under", "not exceeding", "less or equal than", "or less than"]],
  ["approx", ["around", "about", "some", "nearly", "almost", "roughly", "an estimated", "estimated", "approximately",
    "approx.", "approx", "circa", "ca.", "close to", "an approximate", "just about", "in the region of", "on the order of",
    "the better part of"]],
];
/** Words after a number: "900 or so troops", "10,000-plus", "30 minutes, tops". */
const AFTER: [Qualifier, string[]][] = [
  ["approx", ["or so", "odd", "give or take", "more or less"]],
  ["atLeast", ["or more", "plus", "+", "and above", "and up", "and over"]],
  ["atMost", ["or less", "or fewer", "tops", "at most", "and under", "and below", "or under"]],
];

function alternation(words: string[]): string {
  return [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.+]/g, "\\$&").replace(/ /g, "[ \\t]{1,2}")).join("|");
}

const BEFORE_RE = BEFORE.map(([q, words]) => [q, new RegExp(`(?:^|[^A-Za-z])(${alternation(words)})[ \\t]{1,2}$`, "i")] as const);
const AFTER_RE = AFTER.map(([q, words]) => [q, new RegExp(`^(?:,?[ \\t]{1,2}|-)?(${alternation(words)})(?![A-Za-z])`, "i")] as const);

function bound(c: Candidate, q: Qualifier, words: string): void {
  c.qualifier = q;
  c.qualifierText = words;
  if (q === "atLeast") c.low = c.value;
  if (q === "atMost") c.high = c.value;
  mark(c, "qualifier");
}

/**
 * Sets the qualifier from the words around the number and widens the span over them.
 * Ranges keep theirs; vague plurals ("hundreds of thousands") are at least their lowest value.
 */
export function readQualifier(text: string, c: Candidate): void {
  if (c.qualifier === "range") return;
  const head = text.slice(Math.max(0, c.start - 28), c.start);
  // The longest phrase wins: "no more than" is atMost although it ends in "more than".
  let best: { q: Qualifier; words: string } | null = null;
  for (const [q, re] of BEFORE_RE) {
    const words = re.exec(head)?.[1];
    if (words && (!best || words.length > best.words.length)) best = { q, words };
  }
  if (best) {
    bound(c, best.q, best.words);
    c.start -= head.length - head.lastIndexOf(best.words);
    return;
  }
  for (const at of [c.numberEnd, c.end]) {
    const tail = text.slice(at, at + 20);
    for (const [q, re] of AFTER_RE) {
      const m = re.exec(tail);
      if (!m || !m[1]) continue;
      bound(c, q, m[1]);
      if (at === c.end) c.end += m[0].length;
      return;
    }
  }
  if (c.reading.vague) bound(c, "atLeast", text.slice(c.reading.start, c.reading.end));
}
