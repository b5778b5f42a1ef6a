import { drop, mark, type Candidate } from "./candidate.js";

/** "2,000.45±0.01 pounds", "5.2 ± 0.3 cm", "12 +/- 2 km": the second figure is a tolerance. */
const PLUS_MINUS = /^[ \t]{0,2}(?:±|\+\/-|\+-)[ \t]{0,2}$/;

/**
 * A measured value with its tolerance is one quantity: the value, in the unit written after
 * the tolerance (or its own), approximate. The tolerance alone is no claim.
 * Runs right after units, so both figures have their unit.
 * @example "It weighs 2,000.45±0.01 pounds" // one 2000.45 lb, approx
 */
export function joinTolerances(text: string, live: Candidate[]): void {
  let previous: Candidate | undefined;
  for (const c of live) {
    if (c.dropped) continue;
    plusOrMinus(text, c);
    const a = previous;
    previous = c;
    // Cheap first: a tolerance sign is at most seven characters of gap, with "±" or "+" in it.
    const gap = c.reading.start - (a?.end ?? 0);
    if (!a || gap < 1 || gap > 7 || !/[±+]/.test(text.slice(a.end, c.reading.start))) continue;
    if (a.upper || c.upper || !PLUS_MINUS.test(text.slice(a.end, c.reading.start))) continue;
    if (a.unit && c.unit && a.unit.id !== c.unit.id) continue;
    if (a.kind !== c.kind || !(c.value > 0) || c.value >= Math.abs(a.value)) continue;
    a.unit ??= c.unit;
    // A measured value, not a bound: approximate, whatever the qualifier step reads before it.
    if (a.qualifier === "exact") a.qualifier = "approx";
    a.end = c.end;
    a.numberEnd = c.numberEnd;
    mark(a, "tolerance");
    drop(c, "tolerance");
    previous = a;
  }
}

/** "plus or minus 2 percentage points": the number reader's "minus 2" is a tolerance of 2, not a negative figure. */
const PLUS_OR = /\bplus[ \t]{1,2}or[ \t]{1,2}$/i;

function plusOrMinus(text: string, c: Candidate): void {
  if (!(c.value < 0) || !/^minus[ \t]/i.test(text.slice(c.reading.start, c.reading.start + 6))) return;
  if (!PLUS_OR.test(text.slice(Math.max(0, c.reading.start - 12), c.reading.start))) return;
  c.value = -c.value;
  mark(c, "tolerance");
}
