import type { Claim, Frame } from "../../model.js";
import type { SameThing } from "../same-thing.js";
import { sameMeasure } from "../pairs.js";
import { valuesDisagree } from "../tally.js";
import { daySpan, SAME_MOMENT_DAYS, sameTime } from "../time.js";
import { ANY, headDimension } from "./head-keys.js";
import { storyMatch } from "./story-names.js";
import { storyWhy } from "./story-shared.js";

/**
 * Two figures no reader frames, or one such and a framed one, said in two reports of one story,
 * with one dimension and one head word (core/extract/subject/head-figures.ts: "the 38 km tunnel" /
 * "an 8.2-km tunnel", "30 km from the temple" / "about 40km from the temple site"), are the same
 * thing, weakly: the sameness is read from two plain words and the story, never from a reader of
 * the sentence, so a difference is a discrepancy at most (rules/cross-article-conflict.ts). Pairs
 * whose frames were both read with one measure are the frame matching's (same-thing.ts); two frames
 * of two measures ("distance.east" / "distance.from-jakarta") are two readers' guesses the head may settle.
 */

/** A pair of figures the head match ties, and why. */
export interface HeadPair {
  mine: Claim;
  theirs: Claim;
  match: SameThing;
  /** What the two figures are, for the finding's first words: "cost", "distance from Kabul". */
  label: string;
}

/** A marked figure as the story match reads it: its head as the measure, its story's names as the scope. */
function storyFrame(claim: Claim): Frame {
  const head = claim.headWord!;
  return { measure: { id: head.word, text: head.word }, scope: [...head.story] };
}

/** Both frames read, with one measure: the frame matching decides such a pair (same-thing.ts). */
function oneMeasure(a: Claim, b: Claim): boolean {
  const [x, y] = [a.subject?.frame?.measure.id, b.subject?.frame?.measure.id];
  return x !== undefined && x === y;
}

/** One head: the same word, or the any-head of a report's only figure of a dimension beside the other's only one. */
function sameHead(a: Claim, b: Claim): string | undefined {
  const [x, y] = [a.headWord!, b.headWord!];
  if (headDimension(a) !== headDimension(b) || !sameMeasure(a, b)) return undefined;
  if (x.word === y.word && x.word !== ANY) return x.word;
  // A distance from a named place is not any distance: the other report's unread one may be from elsewhere.
  const word = x.word === ANY ? y.word : x.word;
  return x.only && y.only && (x.word === ANY || y.word === ANY) && !word.startsWith("from:") ? word : undefined;
}

/**
 * A count may grow between two reports (the dead, the relocated, the visitors): a later higher
 * count is the count going on, and counts a week or more apart are two moments.
 */
function timeAllows(a: Claim, b: Claim): boolean {
  if (headDimension(a) !== "count") return true;
  if (!sameTime(a.asOf, b.asOf, SAME_MOMENT_DAYS)) return false;
  const [x, y] = [daySpan(a.asOf)?.first ?? 0, daySpan(b.asOf)?.first ?? 0];
  const [older, newer] = y < x ? [b, a] : [a, b];
  return !(x !== y && typeof older.value === "number" && typeof newer.value === "number" && newer.value > older.value);
}

/**
 * What two figures of one head are, for the finding's first words: the head as the text writes it
 * ("cost", "covered", "distance from Kabul"), or the dimension of two reports' only figures.
 * @example headLabel("from:kabul", "length", "from Kabul") // "distance from Kabul"
 */
export function headLabel(word: string, dimension: string | undefined, written?: string): string {
  if (word === ANY) return `only ${dimension ?? ""} figure`.replace(/\s+/g, " ");
  const text = written ?? word;
  return word.startsWith("from:") ? `distance ${written ?? `from ${word.slice("from:".length)}`}` : text;
}

/**
 * The pairs of own and related figures the head match ties, one report pair and head at a time:
 * when any figure of the head in one report agrees with one in the other, the two reports give one
 * figure of it and nothing is found.
 * @example headPairs(ndtvClaims, otherNdtvClaims) // [{ mine: "Rs 3,700 crore", theirs: "Rs 2,519 crore", label: "cost", ... }]
 */
export function headPairs(own: readonly Claim[], related: readonly Claim[]): HeadPair[] {
  const others = related.filter((c) => c.headWord);
  const groups = new Map<string, HeadPair[]>();
  for (const mine of own) {
    if (!mine.headWord) continue;
    for (const theirs of others) {
      if (theirs.articleId === mine.articleId || oneMeasure(mine, theirs)) continue;
      const head = sameHead(mine, theirs);
      if (head === undefined || !timeAllows(mine, theirs)) continue;
      const story = storyMatch(mine, storyFrame(mine), theirs, storyFrame(theirs));
      if (!story) continue;
      const label = headLabel(head, headDimension(mine), [mine, theirs].find((c) => c.headWord!.word === head)?.headWord!.said);
      const why = `both: the “${label}” figure of ${story.names.map((n) => n.text).join(", ")} (${storyWhy(story)}; read from the words around each figure, not from a reading of its sentence)`;
      const group = `${theirs.articleId}\u0000${headDimension(mine)}:${head}`;
      const pairs = groups.get(group) ?? [];
      pairs.push({ mine, theirs, match: { strength: "weak", why }, label });
      groups.set(group, pairs);
    }
  }
  return [...groups.values()].flatMap((pairs) => (pairs.every((p) => valuesDisagree(p.mine, p.theirs)) ? pairs : []));
}
