import { getUnit, type UnitDef } from "../../units/index.js";
import { mark, type Candidate } from "./candidate.js";

/** "-old" or " old" after "47-year" / "47 years": an age, not a span of time. */
const OLD = /^(?:[-\u2010][ \t]?|[ \t]{1,2})old(?![A-Za-z])/i;
const AGE_UNITS = new Set(["year", "month", "week", "day"]);

/**
 * "a 47-year-old man", "47 years old", "a six-month-old baby": an age, a quantity in time units.
 * A duration elsewhere ("for 13 years") is the durations finder's; an age is a figure about a
 * person that the checker compares like any other ("47-year-old" and "aged 48" disagree).
 * @example readAge("a 47-year-old man", c, yearUnitRead) // true, c.end after "old"
 */
export function readAge(text: string, c: Candidate, unit: UnitDef, unitEnd: number): boolean {
  if (!AGE_UNITS.has(unit.id) || c.upper) return false;
  const old = OLD.exec(text.slice(unitEnd, unitEnd + 6));
  if (!old) return false;
  c.unit = unit;
  c.end = unitEnd + old[0].length;
  c.step = 1;
  mark(c, "age");
  return true;
}

/** "aged three", "aged 47", "under the age of 50": the age in years written before the number. */
const AGED = /\b(?:aged|age[ \t]{1,2}of)[ \t]{1,2}$/i;

/**
 * @example readAged("a boy aged three", three) // c.unit year
 */
export function readAged(text: string, c: Candidate): void {
  if (c.unit || c.countUnit || c.kind !== "quantity" || !AGED.test(text.slice(Math.max(0, c.start - 12), c.start))) return;
  c.unit = getUnit("year");
  c.step = 1;
  mark(c, "age");
}

/** "Cedric Smith, 70,", "Ms. Rivas, 37,", "John McCabe (39)": a person named, then the age set off. */
const NAME_THEN_COMMA = /(?:\b(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame)\.?[ \t]{1,2}[A-Z][A-Za-z'\u2019-]+|\b[A-Z][a-z'\u2019-]+[ \t]{1,2}(?:[A-Z]\.?[ \t]{1,2})?[A-Z][A-Za-z'\u2019-]+),[ \t]{1,2}$/;
const NAME_THEN_BRACKET = /(?:\b(?:Mr|Mrs|Ms|Miss|Dr)\.?[ \t]{1,2}[A-Z][A-Za-z'\u2019-]+|\b[A-Z][a-z'\u2019-]+[ \t]{1,2}(?:[A-Z]\.?[ \t]{1,2})?[A-Z][A-Za-z'\u2019-]+)[ \t]{1,2}\($/;

/**
 * A person named again by surname alone mid-sentence, then the age and a verb: "Astonishingly,
 * Kiptum, 23, ran", "said Rossi, 67, at his office". The name follows a lower-case word or a
 * comma or a closing quote (no sentence start: "However, 23 ..."), and a list goes on with
 * "and"/"or", not a verb.
 */
// After a preposition the name is a place ("sales in Kenya, 14, rose"): not read.
const SURNAME_THEN_COMMA = /(?:(?<![A-Za-z])(?!(?:in|at|from|to|of|on|into|for|near|across|by)[ \t])[a-z]+,?|[,"\u201d\u2019'])[ \t]{1,2}([A-Z][a-z'\u2019-]{2,}),[ \t]{1,2}$/;
const THEN_VERB = /^,[ \t]{1,2}(?!and\b|or\b|respectively\b)[a-z]{2,}/;
const CALENDAR_WORDS = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
const NOT_A_PERSON = /\b(?:Inc|Ltd|Corp|Co|Plc|PLC|LLC|Group|Holdings|Bank|Party|FC|United|City|Rovers|Athletic|Wanderers|County|Council|University|Street|Road|Avenue)\.?,?[ \t]{1,2}\(?$/;

/**
 * An age written after a person's name, between commas or in brackets, as news and court
 * reports give it: a whole number from 1 to 110, in years.
 * @example readNameAge("Cedric Smith, 70, was charged", seventy) // c.unit year
 */
export function readNameAge(text: string, c: Candidate): void {
  if (c.unit || c.countUnit || c.kind !== "quantity" || c.reading.form !== "digits" || c.reading.grouped || c.upper) return;
  if (!Number.isInteger(c.value) || c.value < 1 || c.value > 110) return;
  const next = text[c.end] ?? "";
  const head = text.slice(Math.max(0, c.start - 40), c.start);
  const surname = next === "," ? SURNAME_THEN_COMMA.exec(head)?.[1] : undefined;
  const aged = ((next === "," || next === ";") && NAME_THEN_COMMA.test(head)) || (next === ")" && NAME_THEN_BRACKET.test(head))
    || (surname !== undefined && !CALENDAR_WORDS.test(surname) && THEN_VERB.test(text.slice(c.end, c.end + 16)));
  // "Apple Inc (15)", "Manchester United (3)": organisations and teams are named the same way.
  if (!aged || NOT_A_PERSON.test(head)) return;
  c.unit = getUnit("year");
  c.step = 1;
  mark(c, "age");
}
