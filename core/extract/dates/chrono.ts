import { casual, Chrono, ParsingContext, ReferenceWithTimezone, type ParsedResult, type Parser, type ParsingResult, type Refiner } from "chrono-node";
import { DayFirstWhenFuture } from "./day-first-slash.js";
import { DayListParser } from "./day-list-parser.js";
import { DayMonthOfYearParser } from "./day-month-of-year-parser.js";
import { DayOfMonthParser } from "./day-of-month-parser.js";
import { DayRangeParser } from "./day-range-parser.js";
import { DropBareHours } from "./drop-bare-hours.js";
import { DropNonDates } from "./drop-non-dates.js";
import { NeedsEndOf, readsEndOfPrefix } from "./end-of-gate.js";
import { gateParser } from "./gate.js";
import { KeepOurYears } from "./keep-our-years.js";
import { LeapDayParser } from "./leap-day-parser.js";
import { MergeDateWithYear } from "./merge-year.js";
import { MonthOfYearParser } from "./month-of-year-parser.js";
import { MonthYearParser } from "./month-year-parser.js";
import { OrdinalDayParser } from "./ordinal-day-parser.js";
import { PastLeaningRefiner, type NewsParsingOption } from "./past-leaning.js";
import { PeriodEndParser } from "./period-end-parser.js";
import { ReadPastNumber } from "./read-past-number.js";
import type { Reference } from "./reference.js";
import { ScrambledDateParser } from "./scrambled-date-parser.js";
import { SplitAgo } from "./split-ago.js";
import { WeekdayDayParser } from "./weekday-day-parser.js";
import { WeekdayOfWeekParser } from "./weekday-of-week-parser.js";
import { YearParser } from "./year-parser.js";
import { mergesDateAndTime, NeedsTimeAlone } from "./time-merge-gate.js";
import { NeedsZone, readsZoneAbbreviation } from "./zone-gate.js";

/**
 * Chrono's casual English parsers, minus the ones that turn durations into dates: "After 13
 * years of conflict" would be a date in 2036 (or, leaned into the past, 1937), "13 years later"
 * and "over the past 18 months" likewise. Those are durations; durations.ts reads them.
 *
 * Chrono exports no parser classes, and class names do not survive a minifier (the Lambda
 * bundle, a library user's bundler), so a parser is known by what its pattern reads. Running
 * each parser on sample phrases would say it best, but compiles chrono's largest patterns at
 * load (about 200 ms measured); reading the pattern costs nothing. A pattern that counts time
 * units ("twelve", "years") reads a span of time; only counting back from the reference ("13
 * years ago") makes such a span a moment in news text. tests/lambda/bundle-claims.test.ts holds
 * the choice to chrono's parsers by name (unminified) and by effect (minified).
 */
const COUNTS_TIME_UNITS = [/\btwelve\b/, /\byears\b/];
const COUNTS_BACK = /\bago\b/;

/** The parser's pattern as chrono would build it for a news text, or "" when it has none. */
function patternSource(parser: Parser): string {
  const withBoundary = parser as Parser & { innerPattern?: (context: unknown) => RegExp };
  const context = { option: { forwardDate: false } } as unknown as ParsingContext;
  try {
    return (withBoundary.innerPattern?.(context) ?? parser.pattern(context)).source;
  } catch {
    return "";
  }
}

/**
 * Whether chrono's `parser` reads spans of time as dates (and so is left out).
 * @example casual.parsers.filter(readsDurationsAsDates) // chrono's within / later / casual-relative parsers
 */
export function readsDurationsAsDates(parser: Parser): boolean {
  const source = patternSource(parser);
  return COUNTS_TIME_UNITS.every((word) => word.test(source)) && !COUNTS_BACK.test(source);
}

/** A fixed reference: the probe below reads the same way on any day. */
const PROBE_REFERENCE = { instant: new Date(Date.UTC(2024, 7, 6)), timezone: 0 };

/**
 * Chrono's filters that drop a result made of digits alone would drop the years our YearParser
 * has already judged ("in 2011"): those filters are wrapped by KeepOurYears. Known, again, by
 * what they do to such a year rather than by name (a few ms at load: no large pattern runs).
 * @example casual.refiners.filter(dropsOurYears) // chrono's UnlikelyFormatFilter
 */
export function dropsOurYears(refiner: Refiner): boolean {
  return new Chrono({ parsers: [new YearParser()], refiners: [refiner] }).parse("in 2011", PROBE_REFERENCE).length === 0;
}

function newsChrono(): Chrono {
  const chrono = casual.clone();
  chrono.parsers = chrono.parsers.filter((parser) => !readsDurationsAsDates(parser));
  // Ours go first: on equal spans the overlap refiner keeps the earlier parser's reading, and
  // "from 12 to 15 July" must stay a day range rather than two clock times.
  chrono.parsers.unshift(new DayRangeParser());
  // Likewise "Feb. 29": chrono's equal reading has a year without that day and is filtered out.
  chrono.parsers.unshift(new LeapDayParser());
  chrono.parsers.push(new YearParser(), new WeekdayDayParser(), new DayOfMonthParser());
  chrono.parsers.push(new WeekdayOfWeekParser("week-then-day"), new WeekdayOfWeekParser("day-then-week"));
  // Forms chrono does not read at all ("2015-12", "the 15th day of next month", "18 and 19
  // June", "4th of July of 1995"): each parser's own file says what it takes and leaves.
  chrono.parsers.push(
    new MonthYearParser(), new ScrambledDateParser(), new OrdinalDayParser(), new DayListParser(),
    new DayMonthOfYearParser(), new MonthOfYearParser(), new PeriodEndParser(),
  );
  // Every parser runs on every window; most need a word that one quick search rules out.
  chrono.parsers = chrono.parsers.map(gateParser);
  chrono.refiners = chrono.refiners.map((refiner) => (dropsOurYears(refiner) ? new KeepOurYears(refiner) : refiner));
  chrono.refiners = chrono.refiners.map((refiner) => (readsEndOfPrefix(refiner) ? new NeedsEndOf(refiner) : refiner));
  // Refiners that change a result only next to a zone or a time alone, skipped without one.
  chrono.refiners = chrono.refiners.map((refiner) => (readsZoneAbbreviation(refiner) ? new NeedsZone(refiner) : refiner));
  chrono.refiners = chrono.refiners.map((refiner) => (mergesDateAndTime(refiner) ? new NeedsTimeAlone(refiner) : refiner));
  // Before chrono's own refiners: its date-time merge must not glue "after 15" to a year.
  chrono.refiners.unshift(new DropBareHours());
  // Our other refiners run after chrono's own (which merge date+time and remove overlaps):
  // 1. re-read what chrono over-took: "$12 December 27" is "December 27", "the last 3 months
  //    and 2 days ago" counts back 2 days;
  // 2. drop what is not a date, so nothing below works on "0:00" or "2/3";
  // 3. join "May" + "last year" or "July 4th" + "of 1995" before leaning: the join decides the year;
  // 4. lean the remaining year-less dates into the past.
  chrono.refiners.push(new ReadPastNumber(), new SplitAgo(), new DropNonDates(), new MergeDateWithYear(), new PastLeaningRefiner(), new DayFirstWhenFuture());
  return chrono;
}

const NEWS_CHRONO = newsChrono();

/**
 * For windows around bare years only: our year parser alone. No chrono parser reads a bare
 * year, and a year that names itself needs no leaning and matches no drop reason.
 */
const YEARS_ONLY = new Chrono({ parsers: [new YearParser()], refiners: [] });

/**
 * The publication date as chrono's reference, with the zone-adjusted date it hands every result
 * worked out once. Chrono builds each reading's components (and each clone of them) from
 * `getDateWithAdjustedTimezone()`, which makes a Date and reads and sets its local minutes and
 * zone offset every time; the answer never changes for one reference, so only the copy is new
 * (callers may change the Date they get).
 */
class FixedReference extends ReferenceWithTimezone {
  private readonly adjusted: number;

  constructor(base: ReferenceWithTimezone) {
    super(base.instant, base.timezoneOffset ?? undefined);
    this.adjusted = super.getDateWithAdjustedTimezone().getTime();
  }

  override getDateWithAdjustedTimezone(): Date {
    return new Date(this.adjusted);
  }
}

let lastReference: { time: number; fixed: FixedReference } | undefined;

/** One FixedReference per publication date in a row: an article's calls share it. */
function fixedReference(instant: Date): FixedReference {
  const time = instant.getTime();
  if (lastReference?.time !== time) lastReference = { time, fixed: new FixedReference(ReferenceWithTimezone.fromInput({ instant, timezone: 0 })) };
  return lastReference.fixed;
}

/**
 * Chrono's own loop over one parser's matches (private in its typings, public at run time).
 * Absent in some other chrono version, `chrono.parse` is used instead: slower, same readings.
 */
const executeParser = (Chrono as unknown as { executeParser?: (context: ParsingContext, parser: Parser) => ParsingResult[] }).executeParser;

/**
 * What `chrono.parse` does (every parser in order, the readings sorted by position, every
 * refiner in order), with the context's reference replaced by its fixed copy.
 */
function parseWith(chrono: Chrono, text: string, instant: Date, option: NewsParsingOption): ParsedResult[] {
  if (typeof executeParser !== "function") return chrono.parse(text, { instant, timezone: 0 }, option);
  const context = new ParsingContext(text, { instant, timezone: 0 }, option);
  const reference = fixedReference(instant);
  const writable = context as unknown as { reference: ReferenceWithTimezone; refDate: Date };
  writable.reference = reference;
  writable.refDate = reference.instant;
  let results: ParsingResult[] = [];
  // Pushed rather than concatenated: a copy of every reading so far per parser was most of
  // what this loop allocated.
  for (const parser of chrono.parsers) for (const result of executeParser(context, parser)) results.push(result);
  results.sort((a, b) => a.index - b.index);
  for (const refiner of chrono.refiners) results = refiner.refine(context, results);
  return results;
}

/**
 * Chrono over a window of text (or an article's windows joined), with the publication date as
 * the reference. `textBefore(index)` is the article text before a position of `text` (for the
 * future cues of past-leaning.ts), never parsed.
 * @example parseWindow("on 24 July", referenceFrom("2024-08-06")!) // [{ text: "24 July", ... }]
 */
export function parseWindow(text: string, reference: Reference, textBefore: (index: number) => string = () => "", full = true): ParsedResult[] {
  const option: NewsParsingOption = { forwardDate: false, textBefore };
  return parseWith(full ? NEWS_CHRONO : YEARS_ONLY, text, reference.instant, option);
}
