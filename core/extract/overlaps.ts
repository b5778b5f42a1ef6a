import type { Mention } from "./mention.js";
import { overlaps } from "./span.js";

/**
 * One reading per stretch of text. The number steps run independently, so "Nov. 13" is a date
 * to B and a bare 13 to A, and "13 years" both a duration and a quantity in years. The most
 * specific reading wins: a date over a bare number, a duration over a quantity in time units, a
 * number with a unit over a bare count; at equal rank the longer span (it read more of the
 * words: "more than 300,000" over "300,000"), then the earlier one. A bare year loses to a
 * number with a real unit, because "1500 km" is a distance before it is the year 1500.
 */

/**
 * @example resolveOverlaps([date("Nov. 13"), count("13")]) // [date("Nov. 13")]
 */
export function resolveOverlaps(mentions: readonly Mention[]): Mention[] {
  const ranked = [...mentions].sort(byStrength);
  // Kept mentions never overlap, so sorted by start they are sorted by end too: a new one
  // can only collide with its two neighbours, found by binary search.
  const kept: Mention[] = [];
  for (const mention of ranked) {
    if (mention.end <= mention.start) continue;
    const at = insertionPoint(kept, mention.start);
    const before = kept[at - 1];
    const after = kept[at];
    if ((before && overlaps(before, mention)) || (after && overlaps(after, mention))) continue;
    kept.splice(at, 0, mention);
  }
  return kept;
}

function insertionPoint(sorted: readonly Mention[], start: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid]!.start < start) low = mid + 1;
    else high = mid;
  }
  return low;
}

function byStrength(a: Mention, b: Mention): number {
  return rank(b) - rank(a)
    || (b.end - b.start) - (a.end - a.start)
    || a.start - b.start;
}

/**
 * Higher is more specific.
 * @example rank({ kind: "date", value: "2022-11-13", ... }) // 4
 */
export function rank(mention: Mention): number {
  if (mention.kind === "date") return isBareYear(mention) ? 2.5 : 4;
  if (mention.kind === "duration") return 3.5;
  if (mention.kind === "percent") return 3;
  if (mention.dimension === "time") return 2.2;
  if (mention.unit && mention.unit !== "person" && mention.dimension !== "count") return 3;
  return mention.unit ? 2 : 1;
}

function isBareYear(mention: Mention): boolean {
  return typeof mention.value === "string" && /^\d{4}$/.test(mention.value);
}
