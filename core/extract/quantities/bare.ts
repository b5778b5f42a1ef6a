import type { NumberReading } from "../numbers/index.js";
import { drop, type Candidate } from "./candidate.js";

function yearLike(r: NumberReading): boolean {
  return r.form === "digits" && !r.grouped && !r.scaled && Number.isInteger(r.value) && r.value >= 1000 && r.value <= 2100;
}

/**
 * "Windows 11", "iPhone 15", "World War 2": a bare number right after a capitalised word inside
 * a sentence is part of a name. (At the start of a sentence, "Only 300 came", the capital is
 * the sentence's.)
 */
const NAME_BEFORE = /[^.!?\n\s"“‘(][ \t]{1,2}(?:[A-Z][A-Za-z]{1,20}|[a-z]{1,3}[A-Z][A-Za-z]{0,20})[ \t]$/;

/**
 * A number with no unit and no noun: a bare year is a date, not a quantity; a bare small number
 * word ("one state, one army", "the two") says nothing a checker can compare.
 * @example dropBare("in 2011 following", y2011) // dropped "year"
 */
export function dropBare(text: string, c: Candidate): void {
  if (c.unit || c.countUnit || c.noun) return;
  // "between 2014 and 2017" is a span of years (a date range), whatever words frame it.
  if (c.upper && !c.rules.includes("bounds") && yearLike(c.reading) && yearLike(c.upper)) drop(c, "year");
  if (c.dropped || c.qualifierText !== undefined) return;
  if (yearLike(c.reading) && c.upper === undefined) drop(c, "year");
  else if (NAME_BEFORE.test(text.slice(Math.max(0, c.start - 24), c.start))) drop(c, "name-number");
  else if (c.reading.form === "words" && !c.reading.scaled && !c.reading.vague) drop(c, "bare-word");
}
