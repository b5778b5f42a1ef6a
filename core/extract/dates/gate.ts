import type { Parser, ParsingContext } from "chrono-node";
import { CLOCK } from "./drop-bare-hours.js";
import { allowedRuns, restrict } from "./restrict.js";

/** Fails at once: "^" fails at every position but the first, so no scan of the window. */
const NEVER = /^(?!)/;

/**
 * A parser's pattern only when the window holds the word or sign it cannot do without. Chrono
 * runs every parser's regex over every window; most of our rarer forms ("the 15th day of next
 * month", "2015-12") need a word or sign that one quick search rules out.
 * @example pattern(context) { return gated(context, /month/i, MONTH_OF_YEAR); }
 */
export function gated(context: ParsingContext, needs: RegExp, pattern: RegExp): RegExp {
  return needs.test(context.text) ? pattern : NEVER;
}

const MONTH = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i;
const WEEKDAY = /sun|mon|tue|wed|thu|fri|sat/i;

/**
 * What each parser cannot match without, as a quick literal search, for chrono's parsers and
 * those of ours that do not gate themselves. Each is a superset of the parser's own pattern
 * (every month name starts with one of these three letters), so a window without it loses no
 * reading. The time parser's needs are those of drop-bare-hours.ts: a time without a colon,
 * am/pm, o'clock, noon, midnight or a zone is dropped before any merge, so none is looked for.
 */
const NEEDS_BY_PARSER: Record<string, RegExp> = {
  ENMonthNameLittleEndianParser: MONTH,
  ENMonthNameMiddleEndianParser: MONTH,
  ENMonthNameParser: MONTH,
  ENYearMonthNameParser: MONTH,
  ENWeekdayParser: /sun|mon|tue|wed|thu|fri|sat|week/i,
  ENTimeExpressionParser: CLOCK,
  ENTimeUnitAgoFormatParser: /ago|before|earlier/i,
  ENRelativeDateFormatParser: /this|last|past|next|after/i,
  ENCasualDateParser: /now|today|tonight|tomorrow|overmorrow|tmr|yesterday|night/i,
  ENCasualTimeParser: /morning|afternoon|evening|night|midday|noon/i,
  ENEndOfCurrentMonthParser: /month/i,
  ENSlashMonthFormatParser: /\d\/\d/,
  SlashDateFormatParser: /\d[/.-]\d/,
  ISOFormatParser: /\d-\d/,
  ENYearMonthDayParser: /\d{4}[-./\s]/,
  DayRangeParser: MONTH,
  WeekdayDayParser: WEEKDAY,
  WeekdayOfWeekParser: /week/i,
  DayOfMonthParser: /\d(?:st|nd|rd|th)/i,
};

/**
 * Parsers whose gate is judged window by window (restrict.ts) rather than on the whole joined
 * text. The time parser reads every bare number as an hour: one clock time anywhere in an
 * article opened it on every window, and each of those readings (three in four on the bench
 * corpus) was built only for drop-bare-hours to remove it. A window without a clock sign has
 * only such readings, so skipping it loses nothing. The other gates pass on most windows that
 * reach them, where a search per window would cost more than it saves.
 */
const BY_WINDOW = new Set(["ENTimeExpressionParser"]);

/**
 * The parser, run only on windows that hold what it needs. A wrapper, not a change to the
 * parser: chrono's shared `casual` instance keeps its parsers as they are.
 * @example chrono.parsers = chrono.parsers.map(gateParser)
 */
export function gateParser(parser: Parser): Parser {
  const needs = NEEDS_BY_PARSER[parser.constructor.name];
  if (!needs) return parser;
  const byWindow = BY_WINDOW.has(parser.constructor.name);
  return {
    pattern: (context) => {
      if (!byWindow) return needs.test(context.text) ? parser.pattern(context) : NEVER;
      const runs = allowedRuns(context.text, needs);
      return runs.length === 0 ? NEVER : restrict(context.text, runs, parser.pattern(context)) as RegExp;
    },
    extract: (context, match) => parser.extract(context, match),
  };
}
