import type { Claim } from "../../model.js";

/**
 * A figure told as a difference from something ("over 7 meters taller than its twin in Rio de
 * Janeiro", "1.2 meters taller than Christ the King in Swiebodzin") measures how far apart two
 * things are: two such figures are one measure only when they are measured from the same thing.
 */

/** A comparative right after the figure, and the thing it is measured from, up to the clause's end ("and is", "which holds"). */
const FROM_WHAT = /^\s*(?:[\p{L}-]+\s+){0,2}?(?:[\p{L}-]+er|more|less|fewer)\s+than\s+([^.;:()]{1,120}?)(?=\s+(?:and|which|who|where|while|whose)\b|[.;:()]|$)/iu;

/** Words that tell nothing about which thing: articles, pronouns, and the like. */
const EMPTY = new Set(["the", "a", "an", "its", "his", "her", "their", "of", "in", "at", "on", "and", "but", "that", "this", "which", "one", "from", "to", "by", "with", "for", "is", "was"]);

/** The words of the thing a difference is measured from, lowercase; null when the figure is no difference. */
export function measuredFrom(claim: Claim, body: string): Set<string> | null {
  if (!Number.isFinite(claim.end) || body.slice(claim.start, claim.end) !== claim.text) return null;
  const match = FROM_WHAT.exec(body.slice(claim.end, claim.end + 160));
  if (!match) return null;
  return new Set((match[1] ?? "").toLowerCase().split(/[^\p{L}\p{N}-]+/u).filter((word) => word.length > 1 && !EMPTY.has(word)));
}

/**
 * Whether two figures are differences from two different things: each is told "N ... than X",
 * and the two X share no word.
 * @example fromDifferentThings(sevenMetresTallerThanRio, onePointTwoTallerThanSwiebodzin, body) // true
 */
export function fromDifferentThings(a: Claim, b: Claim, body: string): boolean {
  const [x, y] = [measuredFrom(a, body), measuredFrom(b, body)];
  return x !== null && y !== null && x.size > 0 && y.size > 0 && ![...x].some((word) => y.has(word));
}
