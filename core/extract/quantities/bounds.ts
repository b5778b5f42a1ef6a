import { drop, mark, type Candidate } from "./candidate.js";

const JOIN = /^,?[ \t]{1,2}(?:and|but)?[ \t]{0,2}$/i;

function isBound(c: Candidate): boolean {
  return !c.dropped && (c.qualifier === "atLeast" || c.qualifier === "atMost");
}

/**
 * "more than 10 and less than 20", "at most 100 and at least 20": two bounds side by side are
 * one range. Bounds that cannot hold together ("more than 40 and less than 10") stay apart.
 */
export function joinBounds(text: string, live: Candidate[]): void {
  for (let k = 0; k + 1 < live.length; k++) {
    const a = live[k]!;
    const b = live[k + 1]!;
    // "at least 20 and at most 100 tonnes": the unit written once serves both bounds.
    if (!isBound(a) || !isBound(b) || a.qualifier === b.qualifier || (a.unit && a.unit.id !== b.unit?.id)) continue;
    if (!JOIN.test(text.slice(a.end, b.start))) continue;
    const low = a.qualifier === "atLeast" ? a.value : b.value;
    const high = a.qualifier === "atMost" ? a.value : b.value;
    if (low >= high) continue;
    a.qualifier = "range";
    a.qualifierText = `${a.qualifierText ?? ""} … ${b.qualifierText ?? ""}`;
    a.low = low;
    a.high = high;
    a.value = low;
    a.end = b.end;
    a.upper = b.reading;
    a.unit ??= b.unit;
    mark(a, "bounds");
    drop(b, "range-end");
  }
}
