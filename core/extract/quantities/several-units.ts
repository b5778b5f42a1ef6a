import { convert } from "../../units/index.js";
import { drop, mark, type Candidate } from "./candidate.js";

/** Between the parts: "2 km and 1 meter", "7 feet, 10 inches", "10 kms, 8 meters and 6 cm". */
const JOIN = /^(?:,|,?[ \t]{1,2}and)?[ \t]{1,2}$/i;
const DIMENSIONS = new Set(["length", "mass", "volume", "area"]);

/**
 * One amount written in several units, largest first: the parts add up into the first unit.
 * Only a smaller unit of the same measure continues the amount, so "5 km, 3 km" (a list) and
 * "5 kg, or 11 pounds" (a conversion) stay apart.
 * @example joinSeveralUnits("2 km and 1 meter", [twoKm, oneMeter]) // 2.001 km
 */
export function joinSeveralUnits(text: string, live: Candidate[]): void {
  for (let k = 0; k < live.length; k++) {
    const a = live[k]!;
    if (a.dropped || !a.unit || !DIMENSIONS.has(a.unit.dimension) || a.upper || a.qualifier === "range") continue;
    for (let j = k + 1; j < live.length; j++) {
      const b = live[j]!;
      if (b.dropped) continue;
      if (!b.unit || b.unit.dimension !== a.unit.dimension || b.upper || b.qualifier !== "exact" || !JOIN.test(text.slice(a.end, b.start))) break;
      const part = convert(b.value, b.unit.id, a.unit.id);
      const last = live[j - 1]!.unit ?? a.unit;
      // Each part in a smaller unit than the one before it.
      if (part === null || !(b.unit.factor < last.factor) || part <= 0) break;
      a.value = Number((a.value + part).toPrecision(12));
      a.step = Math.min(a.step, convert(b.step, b.unit.id, a.unit.id) ?? a.step);
      a.end = b.end;
      mark(a, "several-units");
      drop(b, "part-of-amount");
    }
  }
}
