import { mark, type Candidate } from "./candidate.js";
import { singular } from "./nouns.js";
import { NOT_COUNTED_AFTER_HYPHEN } from "./data/compound-words.js";

const NOT_COUNTED = new Set(NOT_COUNTED_AFTER_HYPHEN);
/** "-country", "-member": a lowercase word of three letters or more, not the first half of another compound. */
const COMPOUND_NOUN = /^[-\u2010]([a-z]{3,20})(?![A-Za-z\u2010-])/;

/**
 * "the 20-country euro zone", "the nine-party opposition bloc", "the 30-share Sensex", "a
 * 13-member group": a number joined to the noun it counts is a count of that noun (the news
 * annotation counts it; a unit word such as "30-km" was read before this). Not a count: a
 * multiplier or idiom ("two-time", "one-off", data), a year ("a 2024-style"), a spelled "one".
 * @returns whether the number became a count
 */
export function compoundCount(text: string, c: Candidate): boolean {
  const m = COMPOUND_NOUN.exec(text.slice(c.numberEnd, c.numberEnd + 22));
  if (!m || NOT_COUNTED.has(m[1]!)) return false;
  if (c.reading.form === "words" && c.value === 1) return false;
  if (c.reading.form === "digits" && !c.reading.grouped && c.value >= 1000 && c.value <= 2100) return false;
  if (c.reading.form === "fraction" || c.reading.vague) return false;
  const end = c.numberEnd + m[0].length;
  c.countUnit = singular(m[1]!);
  c.noun = { start: c.numberEnd + 1, end, text: m[1]! };
  c.end = end;
  mark(c, "compound-count");
  return true;
}
