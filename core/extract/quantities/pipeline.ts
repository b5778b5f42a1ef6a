import { joinBounds } from "./bounds.js";
import { drop, type Candidate } from "./candidate.js";
import { linkConversions } from "./conversions.js";
import { bracketSpeed } from "./bracket-speed.js";
import { CALENDAR_RULES } from "./junk-calendar.js";
import { CODE_RULES, type JunkRule } from "./junk-codes.js";
import { CONTACT_RULES } from "./junk-contacts.js";
import { GRADE_RULES } from "./junk-grades.js";
import { INDEX_NAME_RULES } from "./junk-index-names.js";
import { ROUND_RULES } from "./junk-rounds.js";
import { moneyBefore } from "./money.js";
import { dotThousands } from "./dot-thousands.js";
import { decimalComma } from "./decimal-comma.js";
import { commaForms } from "./comma-forms.js";
import { flowLetters } from "./flow-letters.js";
import { dropNotFigures } from "./not-figures.js";
import { currencyNouns } from "./local-signs.js";
import { centsCurrency } from "./cents-currency.js";
import { exchangeRate } from "./exchange-rate.js";
import { poundCurrency } from "./pound-currency.js";
import { percentFirst } from "./percent-first.js";
import { readNoun } from "./nouns.js";
import { readQualifier } from "./qualifiers.js";
import { joinRanges } from "./ranges.js";
import { goldPurity } from "./gold-purity.js";
import { joinTolerances } from "./tolerance.js";
import { rupeesByCountry } from "./currency-country.js";
import { joinUnitRanges } from "./unit-ranges.js";
import { shareUnit } from "./shared-unit.js";
import { joinSeveralUnits } from "./several-units.js";
import { applyUnit } from "./units-step.js";
import { degreeScale } from "./degree-scale.js";
import { metricTons } from "./metric-tons.js";
import { applyFraction } from "./shares.js";
import { dropBare } from "./bare.js";
import { readAged, readNameAge } from "./ages.js";
import { decadeAges } from "./decade-ages.js";
import { raceTimes } from "./race-times.js";
import { readPeopleBefore } from "./people-context.js";
import { readPeopleAfter } from "./people-after.js";
import { readPartOf } from "./part-of.js";
import { readChanges } from "./change.js";
import { isNewsFigure } from "../figures.js";

/** One named step over all live candidates, in text order. */
export interface QuantityStep {
  name: string;
  run: (text: string, live: Candidate[]) => void;
}

const JUNK_RULES: JunkRule[] = [...CONTACT_RULES, ...CALENDAR_RULES, ...CODE_RULES, ...ROUND_RULES, ...GRADE_RULES, ...INDEX_NAME_RULES];

function each(fn: (text: string, c: Candidate) => void): QuantityStep["run"] {
  return (text, live) => {
    for (const c of live) if (!c.dropped) fn(text, c);
  };
}

/**
 * The quantity pipeline, in order. Why this order:
 * - junk first, on the bare readings, so a phone fragment never becomes half of a range;
 * - ranges before units, so "12-15 km" gives both ends the unit; ranges whose ends each carry
 *   the unit ("between 4% and 7%") right after units;
 * - money before units, so "$5m" reads millions, not metres;
 * - percent-first after units, only for numbers no unit claimed ("percent of 10");
 * - shares after units, so "1/4 mile" stays a length and "one-third of" becomes a percent;
 * - qualifiers after units and money, so "more than $12,000" widens over the sign;
 * - bounds right after qualifiers: "more than 10 and less than 20" is one range;
 * - conversions after qualifiers, so "(about 18.6 miles)" is still recognised;
 * - nouns after conversions, so "30-mile (18.6-mile) deep security strip" steps over the brackets;
 * - bare numbers last, once every rule had its chance to give the number a unit or a noun;
 * - then what an earlier span swallowed ("50" in "3 dollars 50 cents") and what a double
 *   cannot hold are dropped.
 */
export const QUANTITY_STEPS: QuantityStep[] = [
  // First: "in her eighties" is an age, "the eighties" no figure, before any rule reads a decade as a count.
  { name: "decade-ages", run: decadeAges },
  // Before junk: "in 2:09:36" is a finishing time, not a clock time.
  { name: "race-times", run: raceTimes },
  // Then: "130,5 million", "240, 000" are one figure each before any rule judges a half.
  { name: "comma-forms", run: commaForms },
  // Before junk: "280,700b/d" is barrels a day, not 280,700 billion before a slash.
  { name: "flow-letters", run: flowLetters },
  { name: "junk", run: each(dropJunk) },
  { name: "range", run: joinRanges },
  { name: "money", run: moneyBefore },
  // Right after money: "R18,93" is one amount with cents, before "93" can take a unit of its own.
  { name: "decimal-comma", run: decimalComma },
  { name: "unit", run: each(applyUnit) },
  // Right after units: "24-carat gold" is a purity, not a gem's weight.
  { name: "gold-purity", run: each(goldPurity) },
  // After money and units: "Rp15.000" is fifteen thousand once the rupiah is known.
  { name: "dot-thousands", run: each(dotThousands) },
  // After money and units: every rupee amount, written before or after, is known.
  { name: "rupee-country", run: rupeesByCountry },
  // Right after units: "2,000.45±0.01 pounds" gives the value the tolerance's unit.
  { name: "tolerance", run: joinTolerances },
  { name: "several-units", run: joinSeveralUnits },
  // After units: "31 pounds to the dollar" in a story about the Egyptian pound is money, not a weight.
  { name: "pound-currency", run: poundCurrency },
  // After units, for numbers none claimed: "the rand ... 13.1125 per dollar" is a price in rand.
  { name: "exchange-rate", run: exchangeRate },
  { name: "percent-first", run: each(percentFirst) },
  { name: "fraction", run: each(applyFraction) },
  // After units and fractions ("a tenth of a degree"): a bare "degrees" takes the one scale the
  // text writes its other temperatures in.
  { name: "degree-scale", run: degreeScale },
  // After units and shared units: every ton of the text is known, and whether its writer means tonnes.
  { name: "metric-tons", run: metricTons },
  { name: "qualifier", run: each(readQualifier) },
  // After qualifiers, so "between 2l and about 7l" sees the hedge inside the upper end.
  { name: "unit-range", run: joinUnitRanges },
  { name: "shared-unit", run: shareUnit },
  { name: "bounds", run: (text, live) => joinBounds(text, live.filter((c) => !c.dropped)) },
  { name: "conversion", run: (text, live) => linkConversions(text, live.filter((c) => !c.dropped)) },
  // Right after conversions: "265 kilometers (165 miles) per hour" are two speeds.
  { name: "bracket-speed", run: bracketSpeed },
  { name: "noun", run: each(readNoun) },
  // After nouns ("34 times" has its noun): multipliers, rate denominators, "as a percent of".
  { name: "not-figures", run: dropNotFigures },
  // After nouns: "1.2 trillion shillings" in a story set in Nairobi is Kenyan money.
  { name: "currency-nouns", run: currencyNouns },
  // After every currency is known: "up by 85c to R16.20" is rand cents.
  { name: "cents-currency", run: centsCurrency },
  // After nouns, only for counts that have none: "killing 12", "the death toll rose to 45".
  { name: "people-before", run: readPeopleBefore },
  // After people-before, so a list can start from a count it named: "killed 12, and 30 were injured".
  { name: "people-after", run: readPeopleAfter },
  // After every count has its noun, before bare numbers would drop "five" in "five of the 130 people".
  { name: "part-of", run: (text, live) => readPartOf(text, live.filter((c) => !c.dropped)) },
  // After nouns ("aged three" has none) and before bare numbers, which would drop "three".
  { name: "aged", run: each(readAged) },
  { name: "name-age", run: each(readNameAge) },
  { name: "bare-number", run: each(dropBare) },
  { name: "swallowed", run: dropSwallowed },
  { name: "finite", run: each(dropNonFinite) },
  // Last: a change pairs figures by their final spans, and only figures that stayed claims.
  { name: "change", run: readChanges },
];

/** The first junk rule that holds drops the candidate, by its name (a loop: no closure per candidate). */
function dropJunk(text: string, c: Candidate): void {
  for (const rule of JUNK_RULES) {
    if (rule.test(text, c)) {
      drop(c, rule.name);
      return;
    }
  }
}

/** Scaling can overflow ("1e300 trillion") or underflow ("3e-309"): a figure no story prints is no claim. */
function dropNonFinite(_text: string, c: Candidate): void {
  const numbers = [c.value, c.step, c.low ?? 0, c.high ?? 0];
  if (!numbers.every(isNewsFigure) || !(c.step > 0)) drop(c, "not-finite");
}

/** A number inside an earlier mention's span ("50" in "3 dollars 50 cents") is part of it. */
function dropSwallowed(_text: string, live: Candidate[]): void {
  let reach = -1;
  for (const c of live) {
    if (c.dropped) continue;
    if (c.reading.start < reach) drop(c, "swallowed");
    else reach = c.end;
  }
}

/** Runs every step; returns all candidates, dropped ones still carrying their reason. */
export function runQuantitySteps(text: string, candidates: Candidate[]): Candidate[] {
  for (const step of QUANTITY_STEPS) step.run(text, candidates);
  return candidates;
}
