import { ParsingComponents, type Parser, type ParsingContext } from "chrono-node";
import { allowedRuns, restrict } from "./restrict.js";
import { DayOfMonthParser } from "./day-of-month-parser.js";
import { DayRangeParser } from "./day-range-parser.js";
import { WeekdayDayParser } from "./weekday-day-parser.js";
import { WeekdayOfWeekParser } from "./weekday-of-week-parser.js";

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

/**
 * What a time reading needs to outlive drop-bare-hours.ts, which keeps a time only when CLOCK
 * finds a sign in the reading's own text. The time parser's text is digits with ".", ":" or
 * "：" between them, am/pm, "o'clock" or "at night"-like words, and a second time after
 * "to"/"-": of CLOCK's signs it can hold only a colon between digits, am/pm and "o'clock"
 * (CLOCK's zone words, "noon" and "midnight" never occur in it). So a window needs one of
 * those three; CLOCK itself also opened on every colon ("said:") and on "last", "past", "most"
 * (its zone pattern), which kept no reading.
 */
const TIME_SIGN = /\d:\d|\b(?:[ap]\.?m\.?|o'clock)\b/i;
const WEEKDAY = /sun|mon|tue|wed|thu|fri|sat/i;

/**
 * What each parser cannot match without, as a quick literal search, for chrono's parsers and
 * those of ours that do not gate themselves. Each is a superset of the parser's own pattern
 * (every month name starts with one of these three letters), so a window without it loses no
 * reading. The time parser's needs are those of drop-bare-hours.ts: a time without a colon,
 * am/pm, o'clock, noon, midnight or a zone is dropped before any merge, so none is looked for.
 *
 * Chrono exports no parser classes and a minifier renames them (the Lambda bundle), so a
 * chrono parser is known by how its pattern begins (after the boundary group chrono puts in
 * front), never by its class name; `parser` names it for readers and for the test that holds
 * each signature to the class it stands for. A parser no signature matches runs ungated: it
 * costs time, never a reading. `alsoHas` tells apart two patterns that begin alike.
 */
interface ChronoGate {
  parser: string;
  signature: string;
  alsoHas?: RegExp;
  needs: RegExp;
  /** Judged window by window (restrict.ts) rather than on the whole joined text. */
  byWindow?: boolean;
}

export const CHRONO_GATES: readonly ChronoGate[] = [
  { parser: "ENMonthNameLittleEndianParser", signature: "(?:on\\s{0,3})?((?:(?:twenty", needs: MONTH },
  { parser: "ENMonthNameMiddleEndianParser", signature: "((?:september|", needs: MONTH },
  { parser: "ENMonthNameParser", signature: "((?:in)\\s*)?((?:september|", needs: MONTH },
  { parser: "ENYearMonthNameParser", signature: "((?:[1-9][0-9]{0,3}\\s{0,2}(?:BE|AD", needs: MONTH },
  { parser: "ENWeekdayParser", signature: "(?:(?:\\,|\\(|\\（)\\s*)?(?:on\\s*?)?(?:(this|last|past|next)\\s*)?((?:", needs: /sun|mon|tue|wed|thu|fri|sat|week/i },
  // The time parser reads every bare number as an hour: one clock time anywhere in an article
  // opened it on every window, and each of those readings (three in four on the bench corpus)
  // was built only for drop-bare-hours to remove it. A window without a clock sign has only
  // such readings, so skipping it loses nothing. The other gates pass on most windows that
  // reach them, where a search per window would cost more than it saves.
  { parser: "ENTimeExpressionParser", signature: "(?:(?:at|from)\\s*)??(\\d{1,4})", needs: TIME_SIGN, byWindow: true },
  { parser: "ENTimeUnitAgoFormatParser", signature: "((?:(?:about|around)\\s{0,3})?", alsoHas: /\bago\b/, needs: /ago|before|earlier/i },
  { parser: "ENRelativeDateFormatParser", signature: "(this|last|past|next|after\\s*this)\\s*(", needs: /this|last|past|next|after/i },
  { parser: "ENCasualDateParser", signature: "(now|today|tonight|", needs: /now|today|tonight|tomorrow|overmorrow|tmr|yesterday|night/i },
  { parser: "ENCasualTimeParser", signature: "(?:this)?\\s{0,3}(morning|", needs: /morning|afternoon|evening|night|midday|noon/i },
  { parser: "ENEndOfCurrentMonthParser", signature: "(?:last\\s+day|end)\\s+of\\s+", needs: /month/i },
  { parser: "ENSlashMonthFormatParser", signature: "([0-9]|0[1-9]|1[012])\\/([0-9]{4})", needs: /\d\/\d/ },
  { parser: "SlashDateFormatParser", signature: "([0-3]{0,1}[0-9]{1})[\\/\\.\\-]", needs: /\d[/.-]\d/ },
  { parser: "ISOFormatParser", signature: "([0-9]{4})\\-([0-9]{1,2})\\-", needs: /\d-\d/ },
  { parser: "ENYearMonthDayParser", signature: "([0-9]{4})[-\\.\\/\\s]", needs: /\d{4}[-./\s]/ },
];

/** The boundary groups chrono puts in front of its patterns. */
const BOUNDARY = /^(?:\(\\W\|\^\)|\(\[\^\\d\]\|\^\)|\(\^\|\\s\|T\|\\b\))/;

/**
 * The gate of one of chrono's parsers, recognised by its pattern, or undefined.
 * @example chronoGate(casual.parsers[4])?.parser // "ENMonthNameLittleEndianParser"
 */
export function chronoGate(parser: Parser): ChronoGate | undefined {
  let source: string;
  try {
    source = parser.pattern({ option: { forwardDate: false } } as unknown as ParsingContext).source.replace(BOUNDARY, "");
  } catch {
    return undefined;
  }
  return CHRONO_GATES.find((g) => source.startsWith(g.signature) && (!g.alsoHas || g.alsoHas.test(source)));
}

/** Ours that chrono.ts gates here (the rarer forms of ours gate themselves with `gated`). */
function ownNeeds(parser: Parser): RegExp | undefined {
  if (parser instanceof DayRangeParser) return MONTH;
  if (parser instanceof WeekdayDayParser) return WEEKDAY;
  if (parser instanceof WeekdayOfWeekParser) return /week/i;
  if (parser instanceof DayOfMonthParser) return /\d(?:st|nd|rd|th)/i;
  return undefined;
}

/**
 * The parser, run only on windows that hold what it needs. A wrapper, not a change to the
 * parser: chrono's shared `casual` instance keeps its parsers as they are.
 * @example chrono.parsers = chrono.parsers.map(gateParser)
 */
export function gateParser(parser: Parser): Parser {
  const own = ownNeeds(parser);
  const gate = own ? undefined : chronoGate(parser);
  const needs = own ?? gate?.needs;
  if (!needs) return parser;
  const byWindow = gate?.byWindow === true;
  return {
    pattern: (context) => {
      if (!byWindow) return needs.test(context.text) ? parser.pattern(context) : NEVER;
      const runs = allowedRuns(context.text, needs);
      return runs.length === 0 ? NEVER : restrict(context.text, runs, parser.pattern(context)) as RegExp;
    },
    extract: (context, match) => asResult(context, match, parser.extract(context, match)),
  };
}

/**
 * Components a parser returns become a result: chrono's own loop builds the result with
 * default components (a Date and seven fields) and then replaces them, once per date found;
 * handed the components, `createParsingResult` builds the same result without the throwaway.
 * The wrapper is called after the parser's own extract, whose boundary check has already moved
 * `match.index` and `match[0]` past the boundary character, as chrono's loop then reads them.
 */
function asResult(context: ParsingContext, match: RegExpMatchArray, extracted: ReturnType<Parser["extract"]>): ReturnType<Parser["extract"]> {
  return extracted instanceof ParsingComponents ? context.createParsingResult(match.index as number, match[0], extracted) : extracted;
}
