import type { Parser, ParsingContext, ParsingResult } from "chrono-node";
import { gated } from "./gate.js";
import { MONTH_PATTERN, monthNumber } from "./names.js";

/**
 * A day, a month name and a four-digit year joined by dashes or slashes in an order chrono
 * does not expect: "September-2020-23", "2020/23/Sep", "23-2020-September". With the month
 * spelt out and the year four digits, the remaining one- or two-digit part can only be the day.
 */
const PART = `(${MONTH_PATTERN}|\\d{1,4})`;
const SCRAMBLED = new RegExp(`\\b${PART}[-/]${PART}[-/]${PART}\\b`, "i");
const JOINED = /[\d/.-]$/;

/** What a window must hold for this parser to look at it at all (gate.ts). */
const NEEDS = /[\w][-/][\w]{1,9}[-/]/;

export const SCRAMBLED_DATE_TAG = "claimcheck/scrambled-date";

/**
 * @example new Chrono({ parsers: [new ScrambledDateParser()], refiners: [] }).parse("back September-2020-23", ref)
 * // 23 September 2020
 */
export class ScrambledDateParser implements Parser {
  pattern(context: ParsingContext): RegExp {
    return gated(context, NEEDS, SCRAMBLED);
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const index = match.index ?? 0;
    const end = index + match[0].length;
    if (JOINED.test(context.text.slice(Math.max(0, index - 1), index)) || /^[/-]\w/.test(context.text.slice(end, end + 2))) return null;
    const parts = classify([match[1], match[2], match[3]] as string[]);
    if (!parts) return null;
    const { day, month, year } = parts;
    if (new Date(Date.UTC(year, month - 1, day)).getUTCDate() !== day) return null;
    return context.createParsingResult(index, match[0], parts).addTag(SCRAMBLED_DATE_TAG);
  }
}

/** Exactly one month name, one year of four digits and one day; anything else is not ours. */
function classify(parts: string[]): { day: number; month: number; year: number } | null {
  const names = parts.filter((p) => /^[a-z]/i.test(p));
  const years = parts.filter((p) => /^\d{4}$/.test(p));
  const days = parts.filter((p) => /^\d{1,2}$/.test(p));
  if (names.length !== 1 || years.length !== 1 || days.length !== 1) return null;
  const month = monthNumber(names[0] as string);
  const year = Number(years[0]);
  const day = Number(days[0]);
  if (month === null || year < 1000 || day < 1 || day > 31) return null;
  return { day, month, year };
}
