import type { Claim } from "../../model.js";
import { COORDINATING_WORDS, DIMENSION_WORDS, GENERIC_WORDS, PASSING_WORDS } from "../data/same-words.js";

/**
 * The word a report tells a figure with, on either side of it inside its clause: "16 days of
 * mourning" -> "mourning"; "maximum sustained winds of 90 mph" -> "winds"; "died at 79" -> "died"
 * (frame/same-words.ts ties two figures of one report by it).
 */

/** A clause ends at these: the word a figure is told with stands inside its own clause. */
const CLAUSE_END = /[.;:!?()[\]\n"“”,–—|]/u;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
const REACH = 60;
const MAX_SKIPPED = 4;

/** Marks a word naming a dimension ("~cost"): it ties two figures only as a slip of scale (same-words.ts). */
export const DIMENSION_MARK = "~";

/** A crude stem: "died"/"dies", "winds"/"wind", "bodies"/"body" meet. */
export function stem(word: string): string {
  if (word.startsWith(DIMENSION_MARK)) return `${DIMENSION_MARK}${stem(word.slice(DIMENSION_MARK.length))}`;
  const w = word.toLowerCase().replace(/[’']s$/u, "");
  if (w.length > 4 && w.endsWith("ies")) return `${w.slice(0, -3)}y`;
  if (w.length > 4 && w.endsWith("ied")) return `${w.slice(0, -3)}y`;
  if (w.length > 3 && w.endsWith("es") && !w.endsWith("ses")) return w.slice(0, -1).replace(/e$/u, "");
  if (w.length > 3 && w.endsWith("ed")) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith("s") && !w.endsWith("ss")) return w.slice(0, -1);
  return w;
}

/**
 * The first word telling what the figure is, among the words beside it in reading order away from
 * it; a coordination ends the figure's own words, and so does another figure when reading back
 * (the word before "20-tonne" in "A 30ft 20-tonne whale" is the 30ft's). Reading on, a figure
 * with a unit of its own is a modifier passed over ("30ft 20-tonne sperm whale").
 */
function firstTelling(words: string[], back: boolean): string | undefined {
  for (const [i, word] of words.entries()) {
    if (i >= MAX_SKIPPED) return undefined;
    const lower = word.toLowerCase();
    if (COORDINATING_WORDS.has(lower)) return undefined;
    if (/^\p{N}/u.test(word)) {
      if (back || !/\p{L}/u.test(word)) return undefined;
      continue;
    }
    if (PASSING_WORDS.has(lower)) continue;
    if (DIMENSION_WORDS.has(lower)) return `${DIMENSION_MARK}${lower}`;
    return GENERIC_WORDS.has(lower) ? undefined : lower;
  }
  return undefined;
}

/** The words a figure is told with: the first telling word after it and the first before it, in its clause. */
export function tellingWords(claim: Claim, body: string): { after?: string; before?: string } {
  const tail = body.slice(claim.end, claim.end + REACH);
  const head = body.slice(Math.max(0, claim.start - REACH), claim.start);
  const afterClause = tail.split(CLAUSE_END)[0] ?? "";
  const beforeParts = head.split(CLAUSE_END);
  const beforeClause = beforeParts[beforeParts.length - 1] ?? "";
  const after = firstTelling(afterClause.match(WORD) ?? [], false);
  const before = firstTelling((beforeClause.match(WORD) ?? []).reverse(), true);
  return { ...(after ? { after } : {}), ...(before ? { before } : {}) };
}

