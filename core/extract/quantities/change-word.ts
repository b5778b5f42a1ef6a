import type { Candidate } from "./candidate.js";
import { CHANGE_NOUNS as NOUNS } from "./change-after.js";
import { BE, DOWN, UP } from "./change-words.js";
import type { Word } from "./clause-words.js";

/*
 * The change word a figure's clause ends with, read backwards by change-read.ts: one or two
 * words ("went up"), and whether a particle ("up", "down", "off") is a change there.
 */

/** Change verbs and adverbs by direction. */
// "retail volume off 8 percent": "off" before a percent only (readBefore), so not in DOWN, which other readers use for any figure.
export const DIRECTION = new Map<string, "up" | "down">([...UP.map((w) => [w, "up"] as const), ...DOWN.map((w) => [w, "down"] as const), ["off", "down"]]);

const BE_WORDS = new Set(BE);
/** "it's", "that’s", "they're": a subject with "to be" contracted onto it. */
const BE_CONTRACTED = /^(?:it|that|this|he|she|there|what|which|who)['’]s$|^(?:they|we|you|prices|rates)['’]re$/;

/**
 * Plural change nouns that are a result when money follows ("currency gains of RM659m") but a
 * change when a percent does: "chalked gains of 515 percent", "losses of 3%".
 */
const PERCENT_NOUNS = new Map<string, "up" | "down">([["gains", "up"], ["rises", "up"], ["jumps", "up"], ["falls", "down"], ["drops", "down"], ["losses", "down"], ["dips", "down"]]);

/** The change word ending the words, one or two words long ("went up"). */
export function changeWord(words: Word[], i: number, nounsOnly: boolean, percent = false): { direction: "up" | "down"; start: number; text: string; words: number } | null {
  if (nounsOnly && percent) {
    const plural = PERCENT_NOUNS.get(words[i]!.text);
    if (plural) return { direction: plural, start: words[i]!.start, text: words[i]!.text, words: 1 };
  }
  const table = nounsOnly ? NOUNS : DIRECTION;
  const w = words[i]!;
  // "a storm surge that was forecast to hit six meters": the sea's surge is a thing, not a rise.
  if (w.text === "surge" && (words[i - 1]?.text === "storm" || words[i - 1]?.text === "tidal")) return null;
  // "consumers, who make up 76 percent of": a part of a whole, not a rise.
  if (w.text === "up" && NOT_RISING_UP.has(words[i - 1]?.text ?? "")) return null;
  const two = i > 0 ? `${words[i - 1]!.text} ${w.text}` : "";
  const pair = two ? table.get(two) : undefined;
  if (pair) return { direction: pair, start: words[i - 1]!.start, text: two, words: 2 };
  const one = table.get(w.text);
  return one ? { direction: one, start: w.start, text: w.text, words: 1 } : null;
}

const DASHES = new Set(["-", "\u2013", "\u2014"]);
const ADVERBS_OF_TIME = new Set(["now", "still", "already", "currently", "also"]);
/** Verbs whose "up" is no rise: "make up 76 percent of", "takes up 30% of the space", "set up 12 camps". */
const NOT_RISING_UP = new Set(["make", "makes", "made", "making", "take", "takes", "took", "taking", "taken", "set", "sets", "setting", "sign", "signs", "signed", "signing"]);

/** "up"/"down" are particles too ("cut down 300 trees"): a change only after "to be", a comma, or before a percent or "from"/"by". */
export function particleReads(c: Candidate, words: Word[], i: number, connector: string | undefined, edge: { clauseStart: boolean; comma: boolean }): boolean {
  if (c.kind === "percent" || connector === "from" || connector === "by") return true;
  // "is now down $110,143", "were still up 2 cents": an adverb of time between "to be" and the particle.
  const adverb = ADVERBS_OF_TIME.has(words[i - 1]?.text ?? "") ? 1 : 0;
  const before = words[i - 1 - adverb]?.text;
  // "A2M - A2 MILK - up 75 cents": a spaced dash sets the clause off as a comma does.
  // "At $3.619, it's up 12 cents": "to be" contracted onto the subject.
  return before === undefined ? edge.clauseStart || edge.comma : BE_WORDS.has(before) || DASHES.has(before) || BE_CONTRACTED.test(before);
}
