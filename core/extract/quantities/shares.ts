import { getUnit } from "../../units/index.js";
import { times } from "../numbers/index.js";
import { drop, mark, type Candidate } from "./candidate.js";
import { readUnitAfter } from "./unit-reader.js";

/**
 * "one-third of the land", "half of", "a quarter of", "one in five": a share, read as a percent.
 * A fraction with nothing it is a share of ("the first half") is dropped.
 * @example applyFraction("one-third of the land", oneThird) // kind percent, value 33.3
 */
const PERIOD_PART = /\b(?:first|second|third|fourth|final|last|latter|former|back|front|opening|closing|january|february|march|april|may|june|july|august|september|october|november|december)[ \t]{1,2}$/i;

export function applyFraction(text: string, c: Candidate): void {
  if (c.reading.form !== "fraction" || c.unit || c.value >= 1 || c.upper) return;
  const after = text.slice(c.end, c.end + 6);
  // "fell by a third", "cut by half": the share of whatever changed.
  const by = /\bby[ \t]{1,2}$/i.test(text.slice(Math.max(0, c.start - 4), c.start));
  if (fractionOfUnit(text, c)) return;
  const bounded = c.reading.ratio === true || by || /^[ \t]{1,2}(?:of|the)\b/i.test(after);
  if (!bounded) {
    drop(c, "lone-fraction");
    return;
  }
  // "the first half of the year", "the second half of the 19th century", "the December half":
  // a part of a period, named by its place in time, is no share of anything counted.
  if (PERIOD_PART.test(text.slice(Math.max(0, c.start - 12), c.start))) {
    drop(c, "period-part");
    return;
  }
  c.kind = "percent";
  c.value = times(c.value, 100);
  c.step = times(c.step, 100);
  c.unit = getUnit("%");
  mark(c, "fraction");
}

const OF_A = /^[ \t]{1,2}of[ \t]{1,2}an?[ \t]{1,2}/i;

/**
 * "a tenth of a degree", "a quarter of a mile", "half of a percentage point": a fraction of one
 * unit is that many units, not a percent of something.
 * @example fractionOfUnit("warmed a tenth of a degree", tenth) // true, 0.1 deg
 */
function fractionOfUnit(text: string, c: Candidate): boolean {
  const of = OF_A.exec(text.slice(c.end, c.end + 12));
  if (!of) return false;
  const found = readUnitAfter(text, c.end + of[0].length - 1);
  if (!found || found.start !== c.end + of[0].length || found.unit.dimension === "money" || found.unit.dimension === "time") return false;
  c.unit = found.unit;
  c.value = times(c.value, found.factor);
  c.end = found.end;
  if (found.unit.dimension === "ratio") c.kind = "percent";
  mark(c, "fraction-of-unit");
  return true;
}
