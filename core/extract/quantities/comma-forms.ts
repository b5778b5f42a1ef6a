import { drop, mark, type Candidate } from "./candidate.js";
import { readUnitAfter } from "./unit-reader.js";

/*
 * Three ways a comma splits one figure into two readings:
 * - a decimal comma before a scale word, as Brazilian and continental copy writes it: "a record
 *   130,5 million tons" is 130.5 million (thousands come in threes, never one digit and a scale);
 * - a decimal comma before a percent or a unit: "2,8%", "134,8 UAH per kg";
 * - a thousands comma followed by a stray space: "earn 240, 000 Euros", "close at 6, 599.34"
 *   (a group of three digits starting with 0, or with decimals after it, is no list item).
 */

/** One or two digits right after the comma, then the scale word the reader took with them. */
const DECIMALS_THEN_SCALE = /^(\d{1,2})[ \t-]?(?:million|billion|trillion|mn|bn|m|b|tn)\b/i;
/** Three digits after ", ": a leading zero ("000") or decimals ("599.34"). */
const SPACED_GROUP = /^(?:0\d{2}(?![\d,])|\d{3}\.\d+)/;

/** Whether `r` is a plain whole number of digits: no grouping, no scale, no fraction. */
const plain = (c: Candidate) => c.reading.form === "digits" && !c.reading.grouped && !c.reading.scaled && Number.isInteger(c.reading.value) && !c.dropped;

/**
 * Joins the two readings of one figure split at a comma (see above); the second is dropped as
 * swallowed. Runs first, before junk rules judge either half alone.
 * @example commaForms("to a record 130,5 million tons", live) // one candidate, 130,500,000
 */
export function commaForms(text: string, live: Candidate[]): void {
  for (let i = 0; i + 1 < live.length; i++) {
    const a = live[i]!;
    const b = live[i + 1]!;
    if (!plain(a) || b.dropped || b.reading.form !== "digits" || text.charCodeAt(a.reading.end) !== 44) continue;
    const gap = b.reading.start - a.reading.end;
    const after = text.slice(b.reading.start, b.reading.start + 16);
    if (gap === 1 && b.reading.scaled && a.reading.value < 1000) {
      const m = DECIMALS_THEN_SCALE.exec(after);
      if (!m) continue;
      const digits = m[1]!;
      const scale = b.reading.value / Number(digits);
      const fraction = Number(digits) / 10 ** digits.length;
      join(a, b, (a.reading.value + fraction) * scale, scale / 10 ** digits.length, "decimal-comma");
    } else if (gap === 1 && decimalsThenUnit(text, a, b)) {
      const digits = b.reading.end - b.reading.start;
      join(a, b, a.reading.value + b.reading.value / 10 ** digits, 10 ** -digits, "decimal-comma");
    } else if (gap === 2 && text.charCodeAt(a.reading.end + 1) === 32 && a.reading.value < 1000 && SPACED_GROUP.test(after) && !b.reading.scaled) {
      join(a, b, a.reading.value * 1000 + b.reading.value, b.reading.step, "spaced-thousands");
    }
  }
}

/** A percent written right after the digits: "2,8%", "0,93 per cent". */
const PERCENT_AFTER = /^[ \t]?(?:%|per[ \t]?cent|percent)/i;

/**
 * "fell as much as 2,8% to the dollar", "rose by 4,8 UAH", "120,6 hryvnia per kg": one or two
 * digits after a glued comma, then a percent or a unit, are decimals (thousands come in threes),
 * as South African and Ukrainian copy writes them. A list of numbers ("1,2,3%") is left alone.
 */
function decimalsThenUnit(text: string, a: Candidate, b: Candidate): boolean {
  const digits = b.reading.end - b.reading.start;
  if (digits > 2 || !plain(b) || a.reading.value >= 1000 || /\d,$/.test(text.slice(Math.max(0, a.reading.start - 2), a.reading.start))) return false;
  if (/^,\d/.test(text.slice(b.reading.end, b.reading.end + 2))) return false;
  return PERCENT_AFTER.test(text.slice(b.reading.end, b.reading.end + 9)) || readUnitAfter(text, b.reading.end) !== null;
}

function join(a: Candidate, b: Candidate, value: number, step: number, rule: string): void {
  a.reading = { ...a.reading, end: b.reading.end, value, step, grouped: true, scaled: b.reading.scaled, fused: b.reading.fused };
  a.value = value;
  a.step = step;
  a.end = a.numberEnd = b.reading.end;
  mark(a, rule);
  drop(b, "swallowed");
}
