import { drop, mark, type Candidate } from "./candidate.js";
import { changeBefore } from "./change-before.js";
import { endsOfOneAmount, levelsAfterAmount, levelsAfterFrom, restatedAmount } from "./ranges.js";

/** Between the two ends, each written with its unit: "4% and 7%", "3km to 5km", "-18 °C to -34 °C". */
const TO = /^[ \t]{1,2}(?:to|through|thru)[ \t]{1,2}$|^[ \t]{0,2}[-\u2013\u2014][ \t]{0,2}$/i;
const AND = /^[ \t]{1,2}and[ \t]{1,2}$/i;
const BETWEEN = /\bbetween[ \t]{1,2}$/i;
const FROM = /\bfrom[ \t]{1,2}$/i;

/**
 * Ranges whose ends each carry the unit: "between 4% and 7%", "from 2 per cent to 2.5 per
 * cent", "ranged from -18 °C to -34 °C" (the ends in either order). joinRanges joins bare
 * numbers before units are read; this joins what only units could show to be one range. "rose
 * from 2% to 3%" is a change (change.ts), not a range.
 */
export function joinUnitRanges(text: string, live: Candidate[]): void {
  for (let k = 0; k + 1 < live.length; k++) {
    const a = live[k]!;
    const b = live[k + 1]!;
    if (a.dropped || b.dropped || !a.unit || a.unit.id !== b.unit?.id || a.upper || b.upper) continue;
    // "between 2l and about 7l": a hedge on the upper end still makes one range.
    // "about 3km-5km": a hedge before the first end covers the range it opens.
    if ((a.qualifier !== "exact" && a.qualifier !== "approx") || (b.qualifier !== "exact" && b.qualifier !== "approx")) continue;
    const gap = text.slice(a.end, b.start);
    const before = text.slice(Math.max(0, a.start - 10), a.start);
    const between = BETWEEN.test(before) && AND.test(gap);
    const from = FROM.test(before) && TO.test(gap) && !/^[ \t]{0,2}[-\u2013\u2014]/.test(gap);
    const dash = /^[ \t]{0,2}[-\u2013][ \t]{0,2}$/.test(gap) && !FROM.test(before);
    // "44 mg to 50 mg": "to" alone joins too, unless a change word says the figure moved.
    // After "by" the two are the ends of one amount of change: "will warm by 2.9C to 3.4C".
    const by = /\bby[ \t]{1,2}$/i.test(before);
    const to = !between && !from && !dash && /^[ \t]{1,2}to[ \t]{1,2}$/i.test(gap) && (by ? endsOfOneAmount(before, a.value, b.value) : !changeBefore(text, a.start)) &&
      !restatedAmount(text, before, a.start);
    if (!between && !from && !dash && !to) continue;
    if (from && levelsAfterFrom(text, a.start - (before.length - before.toLowerCase().lastIndexOf("from")), a.value, b.value)) continue;
    // "decreased by Rs4.26, from Rs201.54 to Rs197.28": positive levels falling after an amount are the change's.
    if (from && a.value > b.value && b.value > 0 && levelsAfterAmount(text, a.start)) continue;
    if (a.value === b.value || (a.qualifier === "approx" && !dash)) continue;
    const [low, high] = a.value < b.value ? [a.value, b.value] : [b.value, a.value];
    a.qualifier = "range";
    a.low = low;
    a.high = high;
    a.value = low;
    a.step = Math.max(a.step, b.step);
    a.upper = b.reading;
    a.end = b.end;
    if (between) {
      a.start -= before.length - before.toLowerCase().lastIndexOf("between");
      a.qualifierText = "between";
    }
    mark(a, "range");
    drop(b, "range-end");
  }
}
