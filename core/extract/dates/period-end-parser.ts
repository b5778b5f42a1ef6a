import type { Parser, ParsingContext, ParsingResult } from "chrono-node";
import { gated } from "./gate.js";

/**
 * "this calendar year", "last calendar year", "by end of year": a year named in words chrono
 * does not read. "end of year" (no "the", no "this") is a fixed expression for the year of
 * publication, as "end of month" is for its month (which chrono reads itself). "the end of
 * the year" stays unread: in a story told in the past, "the year" is the story's year. "end
 * of year two" counts a programme's years, and "end-of-year" is an adjective.
 */
const PERIOD_END = /\b(?:(this|last|next|previous|coming)\s{1,2}calendar\s{1,2}year|end\s{1,2}of\s{1,2}year(?!\s{1,2}(?:\d|one|two|three|four|five|six|seven|eight|nine|ten)\b))\b/i;
const YEAR_OFFSET: Record<string, number> = { this: 0, last: -1, previous: -1, next: 1, coming: 1 };

/** What a window must hold for this parser to look at it at all (gate.ts). */
const NEEDS = /calendar|end\s{1,2}of\s{1,2}year/i;

export const PERIOD_END_TAG = "claimcheck/period-end";

/**
 * @example new Chrono({ parsers: [new PeriodEndParser()], refiners: [] }).parse("gains this calendar year", ref)
 * // the year of the reference
 */
export class PeriodEndParser implements Parser {
  pattern(context: ParsingContext): RegExp {
    return gated(context, NEEDS, PERIOD_END);
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const index = match.index ?? 0;
    if (/-$/.test(context.text.slice(Math.max(0, index - 1), index))) return null;
    const year = context.reference.instant.getUTCFullYear();
    const calendarWord = match[1]?.toLowerCase();
    // Both need the publication date: dates.ts drops them without one (its RELATIVE_WORDS).
    const result = context.createParsingResult(index, match[0], { year: year + (calendarWord ? YEAR_OFFSET[calendarWord] ?? 0 : 0) });
    return result.addTag(PERIOD_END_TAG);
  }
}
