import { getUnit } from "../../units/index.js";
import { times } from "../numbers/index.js";
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
  if (c.unit) return; // money written before the number ("$10") takes nothing after it
  const found = readUnitAfter(text, c.end + of);
  if (!found) {
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
  mark(c, found.unit.dimension === "money" ? "money" : found.unit.dimension === "ratio" ? "percent" : "unit");
  scaleBy(c, found.factor);
  // "361 million pounds" is money: nobody weighs in millions of pounds in the news.
  if (found.unit.id === "lb" && c.reading.scaled && c.value >= 1e6) c.unit = getUnit("GBP");
  if (c.unit?.dimension === "money") addCents(text, c);
  if (c.unit?.id === "ft") addInches(text, c);
  if (c.unit?.dimension === "temperature" && !plausibleTemperature(text, c, found.attached)) {
    c.unit = undefined;
    drop(c, found.unit.id === "deg" ? "angle" : "alphanumeric-code");
  } else if (c.unit?.dimension === "temperature") spacedMinus(text, c);
  if (found.unit.dimension === "ratio") c.kind = "percent";
}

function scaleBy(c: Candidate, factor: number): void {
  if (factor === 1) return;
  c.value = times(c.value, factor);
  c.step = times(c.step, factor);
  if (c.low !== undefined) c.low = times(c.low, factor);
  if (c.high !== undefined) c.high = times(c.high, factor);
}

/** "3 dollars 50 cents", "thirteen dollars and forty-five cents", "15 dollars 50." */
const CENTS = /^(?:[ \t]{1,2}and)?[ \t]{1,2}(\d{1,2}|[a-z]{3,7}(?:[- ][a-z]{3,5})?)(?:[ \t]{1,2}cents?)?(?=[ \t]*(?:[.,;!?)]|$))/i;
const CENT_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, fifteen: 15, twenty: 20, thirty: 30,
  forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

function centsOf(words: string): number | undefined {
  if (/^\d+$/.test(words)) return Number(words);
  const [tens, unit] = words.toLowerCase().split(/[- ]/);
  const value = (CENT_WORDS[tens ?? ""] ?? NaN) + (unit ? CENT_WORDS[unit] ?? NaN : 0);
  return Number.isNaN(value) || value >= 100 ? undefined : value;
}

function addCents(text: string, c: Candidate): void {
  if (!Number.isInteger(c.value) || c.reading.scaled || !/dollars?$/i.test(text.slice(c.start, c.end))) return;
  const m = CENTS.exec(text.slice(c.end, c.end + 40));
  const cents = m?.[1] ? centsOf(m[1]) : undefined;
  if (!m || cents === undefined) return;
  c.value += cents / 100;
  c.step = 0.01;
  c.end += m[0].length;
  mark(c, "cents");
}

/** "5 ft 2 in", "5 feet and 2 inches": one length in feet. */
const INCHES = /^(?:[ \t]{1,2}and)?[ \t]{1,2}(\d{1,2}(?:\.\d{1,2})?)[ \t]{0,2}(?:in|inch|inches)(?![A-Za-z])/i;

function addInches(text: string, c: Candidate): void {
  const m = INCHES.exec(text.slice(c.end, c.end + 24));
  if (!m?.[1] || c.upper) return;
  c.value += Number(m[1]) / 12;
  c.step = 1 / 12;
  c.end += m[0].length;
  mark(c, "feet-and-inches");
}

/** "convert - 20 degrees fahrenheit": below zero, a spaced minus after a word still means minus. */
function spacedMinus(text: string, c: Candidate): void {
  if (c.value <= 0 || !/[A-Za-z][ \t]-[ \t]$/.test(text.slice(Math.max(0, c.start - 4), c.start))) return;
  c.value = -c.value;
  c.start -= 2;
}

const ANGLE_WORDS = /\b(?:rotate[sd]?|rotating|turn(?:s|ed|ing)?|angle[sd]?|tilt(?:s|ed)?|bank(?:s|ed)?|heading|bearing|latitude|longitude|north|south|east|west)\b/i;

/**
 * "40C" and "104F" are temperatures, "777F", "13F filing" and "14.7C/" are model names and
 * codes: a glued scale letter needs a plausible weather or body value and no slash after it.
 * "90 degrees" next to turn, rotate or angle is an angle, which is not in the table.
 */
function plausibleTemperature(text: string, c: Candidate, attached: boolean): boolean {
  const written = text.slice(c.numberEnd, c.end).trim();
  if (c.unit?.id === "deg") {
    const around = text.slice(Math.max(0, c.start - 24), Math.min(text.length, c.end + 12));
    return !ANGLE_WORDS.test(around);
  }
  if (written.length !== 1) return true;
  if (text[c.end] === "/" || (!attached && text[c.end] === "-")) return false;
  return c.unit?.id === "C" ? c.value >= -90 && c.value <= 60 : c.value >= -130 && c.value <= 140;
}

/** "one-third of the land", "half of", "a quarter of": a share, read as a percent. */
export function applyFraction(text: string, c: Candidate): void {
  if (c.reading.form !== "fraction" || c.unit || c.value >= 1 || c.upper) return;
  const after = text.slice(c.end, c.end + 6);
  const bounded = c.reading.ratio === true || /^[ \t]{1,2}(?:of|the)\b/i.test(after);
  if (!bounded) {
    drop(c, "lone-fraction");
    return;
  }
  c.kind = "percent";
  c.value = times(c.value, 100);
  c.step = times(c.step, 100);
  c.unit = getUnit("%");
  mark(c, "fraction");
}

function yearLike(value: number, c: Candidate): boolean {
  return c.reading.form === "digits" && !c.reading.grouped && !c.reading.scaled && Number.isInteger(value) && value >= 1000 && value <= 2100;
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
 */
export function dropBare(_text: string, c: Candidate): void {
  if (c.unit || c.countUnit || c.noun) return;
  // "between 2014 and 2017" is a span of years (a date range), whatever words frame it.
  if (c.upper && !c.rules.includes("bounds") && yearLike(c.value, c) && yearLike(c.upper.value, { ...c, reading: c.upper })) drop(c, "year");
  if (c.dropped || c.qualifierText !== undefined) return;
  if (yearLike(c.value, c) && c.upper === undefined) drop(c, "year");
  else if (NAME_BEFORE.test(_text.slice(Math.max(0, c.start - 24), c.start))) drop(c, "name-number");
  else if (c.reading.form === "words" && !c.reading.scaled && !c.reading.vague) drop(c, "bare-word");
}
