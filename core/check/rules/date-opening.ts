import type { Claim } from "../../model.js";
import { LOOSE_OPENING, OPENING_PHASES } from "../data/opening-phases.js";

/**
 * An opening dated by two reports, one of them loosely: a bare "opened" may be the ceremony or
 * the first traffic, which "inaugurated" and "opened to the public" tell apart, so across reports
 * the two are compared, weakly (date-conflict.ts).
 */

const OPENINGS = new Set([LOOSE_OPENING, ...OPENING_PHASES]);

/**
 * Across two reports, a bare "opened" (date.opening) against "opened to the public" or
 * "inaugurated" of the same thing: the words of the bare one, when they may be one phase told
 * loosely. Inside one article, the writer who tells two phases means two.
 */
export function looseOpening(a: Claim, b: Claim): string | null {
  const [fa, fb] = [a.subject?.frame, b.subject?.frame];
  if (!fa || !fb || a.articleId === b.articleId || fa.measure.id === fb.measure.id) return null;
  if (!OPENINGS.has(fa.measure.id) || !OPENINGS.has(fb.measure.id)) return null;
  if (fa.measure.id === LOOSE_OPENING) return fa.measure.text;
  return fb.measure.id === LOOSE_OPENING ? fb.measure.text : null;
}

/** Pairs of a bare opening and another opening phase across articles, which pairs.ts groups apart by measure. */
export function openingPairs(own: readonly Claim[], related: readonly Claim[]): [Claim, Claim][] {
  const opening = (claim: Claim) => OPENINGS.has(claim.subject?.frame?.measure.id ?? "");
  const others = related.filter(opening);
  if (others.length === 0) return [];
  return own.filter(opening).flatMap((claim) => others.filter((other) => looseOpening(claim, other)).map((other): [Claim, Claim] => [claim, other]));
}

/** The claim with the other's measure, to ask whether the rest of their frames agree. */
export function withMeasureOf(claim: Claim, other: Claim): Claim {
  const frame = claim.subject!.frame!;
  return { ...claim, subject: { ...claim.subject!, frame: { ...frame, measure: { ...frame.measure, id: other.subject!.frame!.measure.id } } } };
}
