import type { Found } from "./time-of-day.js";
import { PARTS_ALONE } from "./data/times-of-day.js";
import { alternatives } from "./clocks.js";

/**
 * A part of the day a report times its event with and no date beside it: "the accident occurred
 * in the afternoon", "the fire broke out shortly before midnight" (data/times-of-day.ts `alone`).
 * dates/event-clock.ts gives it the day the report tells its event on, as it does a clock; two
 * reports of one event, one at "around 11 a.m." and one "in the afternoon", disagree.
 * @example partsOfDayAlone("It occurred in the afternoon.")[0].time // { low: 720, high: 1110, precision: "part" }
 */
export function partsOfDayAlone(text: string): Found[] {
  if (!MAY_HOLD.test(text)) return [];
  const out: Found[] = [];
  for (const m of text.matchAll(PART)) {
    const range = PARTS_ALONE[m[0].toLowerCase().replace(/\s+/g, " ")];
    if (range) out.push({ start: m.index, end: m.index + m[0].length, time: { low: range[0], high: range[1], precision: "part" } });
  }
  return out;
}

const PART = new RegExp(String.raw`\b(?:${alternatives(Object.keys(PARTS_ALONE))})\b`, "gi");

/** Every phrase holds one of these words: most articles hold none, and are not read further. */
const MAY_HOLD = /\b(?:morning|afternoon|evening|night|hours|midnight)\b/i;
