import { getUnit } from "../../units/index.js";
import { mark, type Candidate } from "./candidate.js";

/** After a length and its bracketed conversion: " per hour", " an hour", "/h". */
const PER_HOUR = /^[ \t]{0,2}\)?[ \t]{1,2}(?:per|an|a)[ \t]{1,2}hour(?![A-Za-z])|^[ \t]{0,2}\)?\/h(?:r|our)?(?![A-Za-z])/i;
const SPEED_OF: Record<string, string> = { km: "kmh", mi: "mph" };

/**
 * "winds of 265 kilometers (165 miles) per hour": the writer put the conversion between the
 * distance and "per hour", so both figures are speeds, not a distance and its conversion.
 * @example bracketSpeed("265 kilometers (165 miles) per hour", live) // 265 kmh, 165 mph
 */
export function bracketSpeed(text: string, live: Candidate[]): void {
  for (const c of live) {
    if (c.dropped || !c.conversionOf || !c.unit || !SPEED_OF[c.unit.id]) continue;
    const original = live.find((o) => !o.dropped && o.start === c.conversionOf!.start && o.end === c.conversionOf!.end);
    if (!original?.unit || !SPEED_OF[original.unit.id] || text[c.start - 1] !== "(") continue;
    const close = text.indexOf(")", c.end);
    if (close < 0 || close - c.end > 2 || !PER_HOUR.test(text.slice(close + 1, close + 16))) continue;
    for (const x of [original, c]) {
      const speed = getUnit(SPEED_OF[x.unit!.id]!);
      if (!speed) return;
      x.unit = speed;
      mark(x, "bracket-speed");
    }
  }
}
