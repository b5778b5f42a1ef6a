import { SUBUNITS } from "../../units/index.js";
import { times } from "../numbers/index.js";
import { mark, type Candidate } from "./candidate.js";
import { changeBefore } from "./change-before.js";

/** "45 and 50 mg", "5, 10 or 15 km", "3.43 and 2.83 percent": figures listed before a unit written once. */
const LIST_GAP = /^(?:,|,?[ \t]{1,2}(?:and|or))[ \t]{1,2}$/i;
const TO_GAP = /^[ \t]{1,2}to[ \t]{1,2}$/i;
const RESTATING_OR = /^,[ \t]{1,2}or[ \t]{1,2}$/i;
const FROM_BEFORE = /\bfrom[ \t]{1,2}$/i;

/**
 * A bare figure listed right before a figure with a unit takes that unit: "45 and 50 mg" is
 * 45 mg and 50 mg. Walks from the end of each list, so "5, 10 or 15 km" gives all three km.
 * Years and figures with a noun of their own keep what they have.
 * @example shareUnit("Take 45 and 50 mg", [c45, c50mg]) // c45.unit mg
 */
export function shareUnit(text: string, live: Candidate[]): void {
  for (let k = live.length - 2; k >= 0; k--) {
    const a = live[k]!;
    const b = live[k + 1]!;
    // A percent too: "climbing 3.43 and 2.83 percent, respectively".
    if (a.dropped || b.dropped || a.unit || a.countUnit || a.upper || !b.unit) continue;
    const gap = text.slice(a.end, b.start);
    // "reduced from six to five years": the old level of a change, its unit written once after the new.
    const changed = text.charCodeAt(a.start - 2) === 109 && TO_GAP.test(gap) && FROM_BEFORE.test(text.slice(Math.max(0, a.start - 6), a.start)) && changeBefore(text, a.start - 5);
    // Spelled-out figures share a unit with a spelled-out last one: "leads of two, three and ten points".
    const sameForm = a.reading.form === "digits" || (a.reading.form === b.reading.form && b.reading.form === "words");
    if (!changed && (!sameForm || a.reading.fused || !LIST_GAP.test(gap))) continue;
    // "gained 134.15, or 0.3%, to 44,902.27": a percent after ", or" restates the figure before, it is no unit of it.
    if (!changed && b.kind === "percent" && RESTATING_OR.test(gap)) continue;
    if (!a.reading.grouped && Number.isInteger(a.value) && a.value >= 1000 && a.value <= 2100) continue;
    a.unit = b.unit;
    if (b.unit.dimension === "ratio") a.kind = "percent";
    mark(a, "shared-unit");
    // "rising by four and eight cents": the coin is shared with its worth.
    const factor = b.unit.dimension === "money" ? coinFactor(text, b) : 1;
    if (factor !== 1) {
      a.value = times(a.value, factor);
      a.step = times(a.step, factor);
      mark(a, "shared-coin");
    }
  }
}

/** The worth of the coin a figure is counted in ("8 cents": 0.01), also one it was given by the list after it; 1 for none. */
function coinFactor(text: string, c: Candidate): number {
  if (c.rules.includes("shared-coin")) return c.reading.value === 0 ? 1 : c.value / c.reading.value;
  return SUBUNITS[text.slice(c.numberEnd, c.end).trim().toLowerCase()]?.factor ?? 1;
}
