import type { ParsedComponents, ParsedResult } from "chrono-node";
import { newMention, type Mention } from "../mention.js";
import { DAY_LIST_TAG } from "./day-list-parser.js";
import { DAY_MONTH_OF_YEAR_TAG } from "./day-month-of-year-parser.js";
import { DAY_OF_MONTH_TAG } from "./day-of-month-parser.js";
import { DAY_RANGE_TAG } from "./day-range-parser.js";
import { LEAP_DAY_TAG } from "./leap-day-parser.js";
import { MONTH_OF_YEAR_TAG } from "./month-of-year-parser.js";
import { MONTH_YEAR_TAG } from "./month-year-parser.js";
import { ORDINAL_DAY_TAG } from "./ordinal-day-parser.js";
import { PAST_LEANING_TAG } from "./past-leaning.js";
import { PERIOD_END_TAG } from "./period-end-parser.js";
import { qualifierBefore } from "./qualifiers.js";
import { bracketedDay } from "./paren-day.js";
import { hasTag } from "./tags.js";
import { WEEKDAY_DAY_TAG } from "./weekday-day-parser.js";
import { SCRAMBLED_DATE_TAG } from "./scrambled-date-parser.js";
import { WEEKDAY_OF_WEEK_TAG } from "./weekday-of-week-parser.js";
import { DECADE_TAG, YEAR_TAG } from "./year-parser.js";

/**
 * A chrono result as a date mention with exact offsets into the whole text.
 *
 * Precision stays as written: a day only when the text gave one (or a weekday, which names a
 * day), else the month, else the year. "December 2022" is "2022-12", never "2022-12-01".
 *
 * Ranges ("between 2011 and 2015", "the 1990s", "July 12-15") are one mention with qualifier
 * "range" whose value is the start of the range, in its own precision. low/high are numbers
 * in the model, so they are set (as years) only when both ends are whole years; a day range
 * carries its end in the span text and the rule "date-range". Two mentions would each look
 * like a plain date and invite the checker to compare them as such.
 * @example toMention(chronoResultFor("on 24 July"), 0, "on 24 July") // { start: 3, end: 10, value: "2024-07-24", ... }
 */
export function toMention(result: ParsedResult, offset: number, text: string): Mention | null {
  const span = trimmed(result.text);
  const start = offset + result.index + span.lead;
  const words = qualifierBefore(text, start, span.text);
  const value = isoValue(result.start, words.dropDay, words.dropMonth === true);
  if (value === null) return null;
  const mention = newMention({
    kind: "date", start: words.start, end: start + span.text.length, value, dimension: "date",
    qualifier: words.qualifier ?? "exact", rules: rulesOf(result),
  });
  if (words.qualifierText) mention.qualifierText = words.qualifierText;
  // "Monday evening (August 13th)": a weekday glossed by its calendar day is that day (paren-day.ts).
  const glossed = !result.end && result.start.isCertain("weekday") && !result.start.isCertain("day") && /^\d{4}-\d{2}-\d{2}$/.test(value) ? bracketedDay(text, mention.end, value) : null;
  if (glossed) {
    mention.end = glossed.end;
    mention.value = glossed.value;
  }
  if (result.end) {
    addRange(mention, result.start, result.end);
    mention.start -= RANGE_OPENER.exec(text.slice(Math.max(0, mention.start - 12), mention.start))?.[0].length ?? 0;
  }
  return mention;
}

/**
 * Chrono's span includes a leading "on"/"in"/"at" and a trailing comma, and may open inside a
 * bracket; a claim's text is the date itself ("24 July", not "on 24 July,").
 */
function trimmed(text: string): { lead: number; text: string } {
  // "2:36pm (07:36 GMT) on Saturday": chrono merges the converted clock in brackets with the day; the day is told after it.
  const close = text.indexOf(")");
  const cut = close >= 0 && !text.slice(0, close).includes("(") ? close + 1 : 0;
  const lead = cut + (/^\s*(?:(?:on|in|at)\s{1,3})?/i.exec(text.slice(cut))?.[0].length ?? 0);
  return { lead, text: text.slice(lead).replace(/[\s,;:]+$/, "") };
}

function isoValue(components: ParsedComponents, dropDay: boolean, dropMonth: boolean): string | null {
  const year = components.get("year");
  if (year === null || year < 1000 || year > 2199) return null;
  const certain = (part: "month" | "day") => components.isCertain(part);
  const hasDay = !dropDay && !dropMonth && (certain("day") || components.isCertain("weekday"));
  const hasMonth = !dropMonth && (hasDay || certain("month"));
  const pad = (n: number | null) => String(n ?? 1).padStart(2, "0");
  if (hasDay) return `${year}-${pad(components.get("month"))}-${pad(components.get("day"))}`;
  if (hasMonth) return `${year}-${pad(components.get("month"))}`;
  return String(year);
}

/** A range reads whole with its opening word: "between 2011 and 2015", "from 2011 to 2015". */
const RANGE_OPENER = /\b(?:between|from)\s{1,3}$/i;

/** "the mid-1990s" stays approximate, with the decade as its bounds. */
function addRange(mention: Mention, start: ParsedComponents, end: ParsedComponents): void {
  if (mention.qualifier !== "approx") mention.qualifier = "range";
  mention.rules.push("date-range");
  const yearsOnly = !start.isCertain("month") && !end.isCertain("month");
  if (yearsOnly) {
    mention.low = start.get("year") as number;
    mention.high = end.get("year") as number;
  }
}

/** Which parser read the date, as a rule name; chrono's own parsers are one rule to us. */
const PARSER_RULES: Array<[string, string]> = [
  [DECADE_TAG, "date-decade"], [YEAR_TAG, "date-year"], [DAY_RANGE_TAG, "date-day-range"],
  [WEEKDAY_DAY_TAG, "date-weekday-day"], [DAY_OF_MONTH_TAG, "date-day-of-month"],
  [WEEKDAY_OF_WEEK_TAG, "date-weekday-of-week"], [MONTH_YEAR_TAG, "date-month-year"],
  [SCRAMBLED_DATE_TAG, "date-scrambled"], [ORDINAL_DAY_TAG, "date-ordinal-day"], [DAY_LIST_TAG, "date-day-list"],
  [DAY_MONTH_OF_YEAR_TAG, "date-day-month-of-year"], [MONTH_OF_YEAR_TAG, "date-month-of-year"],
  [PERIOD_END_TAG, "date-period-end"], [LEAP_DAY_TAG, "date-leap-day"],
];

function rulesOf(result: ParsedResult): string[] {
  const rules = [PARSER_RULES.find(([tag]) => hasTag(result, tag))?.[1] ?? "date-chrono"];
  if (hasTag(result, PAST_LEANING_TAG)) rules.push("date-past-leaning");
  return rules;
}
