import { getUnit, unitByName } from "../../units/index.js";
import { times } from "../numbers/index.js";
import { mark, type Candidate } from "./candidate.js";
import { MILLIONS_OF, PEOPLE } from "./noun-words.js";

/**
 * British and business papers write millions as a glued "m" ("8.4m tonnes", "20m phones") and
 * percent as "pc" ("5pc"). The unit table reads "m" as metres, which it also is ("a 20m wall",
 * "the 100m final", "10m waves"), so the letter is read as millions only when what follows is
 * counted in millions: a unit of another measure ("tonnes", "barrels") or a noun from the data
 * list of things counted by the million.
 */
// A lone "t" is the tonne's symbol: "1.2m t" is 1.2 million tonnes.
const NEXT_WORD = /^[ \t]{1,2}(?:of[ \t]{1,2})?([A-Za-z][A-Za-z-]{1,30}|t(?![A-Za-z0-9]))/;

function countedInMillions(text: string, at: number): boolean {
  const m = NEXT_WORD.exec(text.slice(at, at + 40));
  const word = m?.[1]?.toLowerCase();
  if (!word) return false;
  const unit = unitByName(word);
  if (unit && unit.dimension !== "length" && unit.dimension !== "time") return true;
  return MILLIONS_OF.has(word) || PEOPLE.has(word);
}

/**
 * "8.4m tonnes": the glued "m" scales the number by a million and the unit after it (if any)
 * is read again. Returns true when it did.
 * @example millionsLetter("8.4m tonnes", c) // c.value 8400000, c.unit t
 */
export function millionsLetter(text: string, c: Candidate, unitStart: number, unitEnd: number): boolean {
  if (text.slice(unitStart, unitEnd) !== "m" || unitStart !== c.numberEnd || c.reading.scaled) return false;
  if (!countedInMillions(text, unitEnd)) return false;
  c.value = times(c.value, 1e6);
  c.step = times(c.step, 1e6);
  c.end = c.numberEnd = unitEnd;
  mark(c, "scale-letter");
  return true;
}

/** "3.5c a share", "40c each": cents glued to the figure, before a rate or the end of a phrase. */
// "up by 85c to R16.20": before a change's level written with its currency sign ("25c to 30c" may be weather).
// "increase by 55.58c/l", "an additional 91c for a litre": a price per measure, slashed or with "for a".
const CENTS = /[ \t]?c(?=[ \t]{1,2}(?:a|an|per|each)(?![A-Za-z])|[ \t]{1,2}for[ \t]{1,2}(?:a|an|each|every)[ \t]{1,2}(?:litre|liter|kilo|kg|kilogram|gallon|share|unit|loaf|bottle|bag|packet)s?(?![A-Za-z])|\/(?:l|kg|litre|liter|ltr)(?![A-Za-z])|[ \t]{1,2}(?:to|from|higher|lower|at)[ \t]{1,2}(?:[A-Z]{0,2}[$€£]|R)[ \t]?\d|[ \t]*[.,;:!?)]|[ \t]*$)/y;

/**
 * @example centsLetter("3.5c a share", c) // c.value 0.035, unit USD
 */
export function centsLetter(text: string, c: Candidate): boolean {
  // The regex is tried after every number no unit claimed; a "c" within two characters is
  // rare, and the look-ahead costs more than this look.
  if (text.charCodeAt(c.numberEnd) !== 0x63 && text.charCodeAt(c.numberEnd + 1) !== 0x63) return false;
  CENTS.lastIndex = c.numberEnd;
  const unit = getUnit("USD");
  if (!unit || c.reading.scaled || !CENTS.test(text)) return false;
  return asHundredths(c, unit, CENTS.lastIndex);
}

/** The figure counts coins worth a hundredth of `unit` ("45c", "4.30p"). */
function asHundredths(c: Candidate, unit: NonNullable<ReturnType<typeof getUnit>>, end: number): true {
  c.unit = unit;
  c.value = times(c.value, 0.01);
  c.step = times(c.step, 0.01);
  c.end = end;
  mark(c, "money");
  return true;
}

/** "4.30p per share", "(H1: 4.00p)": pence glued to the figure, before a rate or the end of a phrase. */
const PENCE = /p(?=[ \t]{1,2}(?:a|an|per|each|to|from|and|or|higher|lower|at)(?![A-Za-z])|[ \t]*[.,;:!?)]|[ \t]*$)/y;
/** Video resolutions ("1080p.", "720p)") are written the same way and are never pence. */
const RESOLUTIONS = new Set([144, 240, 360, 480, 576, 720, 1080, 1440, 2160, 4320]);

/**
 * @example penceLetter("a dividend of 4.30p per share", c) // c.value 0.043, unit GBP
 */
export function penceLetter(text: string, c: Candidate): boolean {
  if (text.charCodeAt(c.numberEnd) !== 0x70) return false;
  PENCE.lastIndex = c.numberEnd;
  const unit = getUnit("GBP");
  if (!unit || c.reading.scaled || c.reading.form !== "digits" || RESOLUTIONS.has(c.value) || !PENCE.test(text)) return false;
  return asHundredths(c, unit, PENCE.lastIndex);
}

/** An inch mark: a double quote, two single quotes or a double prime right after the digits. */
const INCH_MARK = /(?:"|''|\u2033)(?![A-Za-z0-9"'])/y;

/**
 * "a 9\" plate", "5'' of snow": inches, unless the mark closes a quotation the line opened
 * ("he said \"it was 5\" and left": an odd number of quote marks before it on the line).
 * @example inchMarks('a 9" plate', nine) // c.unit in
 */
export function inchMarks(text: string, c: Candidate): boolean {
  INCH_MARK.lastIndex = c.numberEnd;
  if (c.reading.form === "words" || !INCH_MARK.test(text)) return false;
  if (text[c.numberEnd] === '"') {
    const line = text.slice(Math.max(text.lastIndexOf("\n", c.start) + 1, c.start - 400), c.start);
    // Marks right after digits are inch marks themselves, not quotation marks.
    if ((line.match(/(?<!\d)"/g)?.length ?? 0) % 2 === 1) return false;
  }
  const inch = getUnit("in");
  if (!inch) return false;
  c.unit = inch;
  c.end = INCH_MARK.lastIndex;
  c.unitAttached = true;
  mark(c, "unit");
  return true;
}

/** "3.14US$", "20$": a dollar sign after the figure, with its country before it. */
const DOLLAR_AFTER = /[ \t]?(US|A|C|NZ|HK|S)?\$(?![A-Za-z0-9])/y;
const DOLLAR_COUNTRIES: Record<string, string> = { "": "USD", US: "USD", A: "AUD", C: "CAD", NZ: "NZD", HK: "HKD", S: "SGD" };

/**
 * @example dollarAfter("3.14US$", c) // c.unit USD
 */
export function dollarAfter(text: string, c: Candidate): boolean {
  DOLLAR_AFTER.lastIndex = c.numberEnd;
  const m = DOLLAR_AFTER.exec(text);
  const unit = m ? getUnit(DOLLAR_COUNTRIES[m[1] ?? ""] ?? "USD") : undefined;
  if (!m || !unit) return false;
  c.unit = unit;
  c.end = DOLLAR_AFTER.lastIndex;
  mark(c, "money");
  return true;
}

/** "5pc", "2.5pc": percent as British papers abbreviate it, glued to the number. */
const PC = /pc(?![A-Za-z0-9])/y;

/**
 * @example percentLetters("rates rose 5pc", c) // c.kind percent, unit %
 */
export function percentLetters(text: string, c: Candidate): boolean {
  PC.lastIndex = c.numberEnd;
  if (!PC.test(text)) return false;
  c.unit = getUnit("%");
  c.kind = "percent";
  c.end = PC.lastIndex;
  mark(c, "percent");
  return true;
}
