import { getUnit } from "../../units/index.js";
import { drop, mark, type Candidate } from "./candidate.js";
import { readUnitAfter } from "./unit-reader.js";

/**
 * The unit after the number, from the one table: lengths, areas, money words, percent,
 * temperature. Durations ("13 years") belong to the durations extractor, so they are dropped
 * here; letters glued to a number that are no unit make it a code ("5G", "13F", "4x4").
 */
export function applyUnit(text: string, c: Candidate): void {
  // "millions of dollars", "thousands of barrels": a vague plural takes its unit after "of".
  const of = c.reading.vague && /^[ \t]of[ \t]/i.test(text.slice(c.end, c.end + 4)) ? 3 : 0;
  const found = readUnitAfter(text, c.end + of);
  if (found && c.unit && found.unit.id !== c.unit.id) return;
  if (!found) {
    if (c.unit) return;
    const next = text[c.numberEnd] ?? "";
    if (c.reading.form === "digits" && /[A-Za-z]/.test(next)) drop(c, "alphanumeric-code");
    else if (/^[-\u2010][A-Za-z]/.test(text.slice(c.numberEnd, c.numberEnd + 2)) && c.reading.form !== "fraction") drop(c, "compound-modifier");
    return;
  }
  if (found.unit.dimension === "time") {
    drop(c, "duration");
    return;
  }
  c.unit = found.unit;
  c.end = found.end;
  c.unitAttached = found.attached;
  if (found.unit.dimension === "ratio") {
    c.kind = "percent";
    mark(c, "percent");
  } else mark(c, found.unit.dimension === "money" ? "money" : "unit");
}

/** "one-third of the land", "half of", "a quarter of": a share, read as a percent. */
export function applyFraction(text: string, c: Candidate): void {
  if (c.reading.form !== "fraction" || c.unit || c.value >= 1 || c.upper) return;
  const after = text.slice(c.end, c.end + 6);
  const bounded = /^[ \t]{1,2}(?:of|the)\b/i.test(after);
  if (!bounded) {
    drop(c, "lone-fraction");
    return;
  }
  c.kind = "percent";
  c.value *= 100;
  c.step *= 100;
  c.unit = getUnit("%");
  mark(c, "fraction");
}

function yearLike(value: number, c: Candidate): boolean {
  return c.reading.form === "digits" && !c.reading.grouped && !c.reading.scaled && Number.isInteger(value) && value >= 1000 && value <= 2100;
}

/**
 * A number with no unit and no noun: a bare year is a date, not a quantity; a bare small number
 * word ("one state, one army", "the two") says nothing a checker can compare.
 */
export function dropBare(_text: string, c: Candidate): void {
  if (c.unit || c.countUnit || c.noun) return;
  if (yearLike(c.value, c) && (c.upper === undefined || c.upper.value <= 2100)) drop(c, "year");
  else if (c.reading.form === "words" && !c.reading.scaled && !c.reading.vague) drop(c, "bare-word");
}
