import { getUnit } from "../../units/index.js";
import { times } from "../numbers/index.js";
import { drop, mark, type Candidate } from "./candidate.js";
import { addCents, addInches } from "./compound-amounts.js";
import { belowZero, plausibleTemperature, spacedMinus } from "./temperature.js";
import { decadeTemperature } from "./decade-temperature.js";
import { readUnitAfter, type UnitRead } from "./unit-reader.js";
import { readAge } from "./ages.js";
import { compoundCount } from "./compound-count.js";
import { percentagePointsAfter, pointAfterPercent } from "./percentage-points.js";
import { wonAfter } from "./korean-won.js";
import { centsLetter, dollarAfter, inchMarks, millionsLetter, penceLetter, percentLetters } from "./scale-letters.js";
import { poundsWeighed } from "./pounds-weighed.js";

/** "year-on-year", "month-over-month" right after a figure. */
const PERIOD_COMPARED = /^[ \t]{0,2}(?:year|month|week|quarter|day)[- ](?:on|over)[- ](?:year|month|week|quarter|day)\b/i;

/**
 * The unit after the number, from the one table: lengths, areas, money words, percent,
 * temperature. Durations ("13 years") belong to the durations extractor, so they are dropped
 * here; letters glued to a number that are no unit make it a code ("5G", "13F", "4x4").
 */
export function applyUnit(text: string, c: Candidate): void {
  readUnit(text, c);
  if (!c.dropped && c.kind === "quantity") belowZero(text, c);
}

function readUnit(text: string, c: Candidate): void {
  // "millions of dollars", "thousands of barrels": a vague plural takes its unit after "of".
  const of = c.reading.vague && /^[ \t]of[ \t]/i.test(text.slice(c.end, c.end + 4)) ? 3 : 0;
  if (c.unit) return; // money written before the number ("$10") takes nothing after it
  // "the 60s", "20’s °C" near weather words: read before "s" can be taken for seconds.
  if ((text.charCodeAt(c.numberEnd) | 32) === 115 || text.charCodeAt(c.numberEnd) === 0x2019 || text.charCodeAt(c.numberEnd) === 39) {
    if (decadeTemperature(text, c)) return;
  }
  let found = readUnitAfter(text, c.end + of) ?? wonAfter(text, c);
  // "8.4m tonnes", "20m phones": a glued m before something counted in millions is a scale.
  if (found?.unit.id === "m" && millionsLetter(text, c, found.start, found.end)) {
    const next = readUnitAfter(text, c.end) ?? tonneSymbol(text, c.end);
    found = next && next.unit.dimension !== "length" && !next.attached ? next : null;
    if (!found) return;
  }
  if (!found && (percentLetters(text, c) || centsLetter(text, c) || penceLetter(text, c) || inchMarks(text, c) || dollarAfter(text, c))) return;
  // "a Labour lead of ten points": before "-point" can make the number a compound modifier.
  if (!found && c.kind === "quantity") {
    const points = percentagePointsAfter(text, c);
    if (points) found = { unit: points.unit, start: c.end, end: points.end, text: text.slice(c.end, points.end), attached: false, factor: 1 };
  }
  if (!found) {
    const next = text[c.numberEnd] ?? "";
    if (c.reading.form === "digits" && /[A-Za-z]/.test(next)) drop(c, "alphanumeric-code");
    else if (/^[-\u2010][A-Za-z]/.test(text.slice(c.numberEnd, c.numberEnd + 2)) && c.reading.form !== "fraction" && !compoundCount(text, c)) drop(c, "compound-modifier");
    return;
  }
  if (found.unit.dimension === "money" && c.signTaken) return;
  // "5,000 year-on-year", "1.3% month-over-month": the period compared, no unit of the figure.
  if (found.unit.dimension === "time" && PERIOD_COMPARED.test(text.slice(c.numberEnd, c.numberEnd + 24))) return;
  if (found.unit.dimension === "time") {
    if (readAge(text, c, found.unit, found.end)) return;
    drop(c, "duration");
    return;
  }
  c.unit = found.unit;
  c.end = found.end;
  c.unitAttached = found.attached;
  mark(c, found.unit.dimension === "money" ? "money" : found.unit.dimension === "ratio" ? "percent" : "unit");
  scaleBy(c, found.factor);
  // "361 million pounds" is money: nobody weighs in millions of pounds in the news.
  // Save pounds of a good the story weighs ("1 million pounds of ground beef", copper output).
  if (found.unit.id === "lb" && c.reading.scaled && c.value >= 1e6 && !poundsWeighed(text, c, found.end)) c.unit = getUnit("GBP");
  if (c.unit?.dimension === "money") moneyScaleAfter(text, c);
  if (c.unit?.dimension === "money") addCents(text, c);
  if (c.unit?.id === "ft") addInches(text, c);
  if (c.unit?.dimension === "temperature" && !plausibleTemperature(text, c, found.attached)) {
    c.unit = undefined;
    drop(c, found.unit.id === "deg" ? "angle" : "alphanumeric-code");
  } else if (c.unit?.dimension === "temperature") spacedMinus(text, c);
  if (found.unit.dimension === "ratio") c.kind = "percent";
  // "a 0.09% point increase": the percent names a change in percentage points.
  if (c.unit?.id === "%") {
    const end = pointAfterPercent(text, c);
    if (end > 0) {
      c.unit = getUnit("pp");
      c.end = end;
    }
  }
}

function scaleBy(c: Candidate, factor: number): void {
  if (factor === 1) return;
  c.value = times(c.value, factor);
  c.step = times(c.step, factor);
  if (c.low !== undefined) c.low = times(c.low, factor);
  if (c.high !== undefined) c.high = times(c.high, factor);
}

/** "75 USD million": a scale word after the currency still scales the amount. */
const SCALE_AFTER = /^[ \t]{1,2}(thousand|million|billion|trillion|mn|bn)(?![A-Za-z])/i;
const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, mn: 1e6, bn: 1e9 };

function moneyScaleAfter(text: string, c: Candidate): void {
  const m = SCALE_AFTER.exec(text.slice(c.end, c.end + 12));
  if (!m?.[1] || c.reading.scaled) return;
  scaleBy(c, SCALES[m[1].toLowerCase()] ?? 1);
  c.end += m[0].length;
}

/** "1.2m t this season": after a millions letter a spaced "t" is the tonne's symbol, whatever follows. */
function tonneSymbol(text: string, at: number): UnitRead | null {
  const m = /^[ \t]t(?![A-Za-z0-9])/.exec(text.slice(at, at + 3));
  const unit = m ? getUnit("t") : undefined;
  return m && unit ? { unit, start: at + 1, end: at + 2, attached: false, text: "t", factor: 1 } : null;
}
