import type { SpecCase, SpecResult } from "./specs.js";
import { publishedOf } from "./specs.js";

/**
 * The DateTimeModel results a news date extractor can be held to, one expected date each.
 *
 * Kept:
 *  - datetimeV2.date: one day. Where the spec lists two values it is ambiguous ("Friday",
 *    "Oct/2"): the first is the past reading, the second the future one. Our policy is past-
 *    leaning, so the past value is expected.
 *  - datetimeV2.daterange whose timex is a whole year ("2016") or month ("2019-01"): that is
 *    exactly our partial date value.
 * Skipped, with a reason per group (counted, never silently passed):
 *  - other date ranges (weeks, "next 3 days", "from May 1 to May 5"): our value is one date;
 *  - times, datetimes, sets, durations: not a date claim (durations are DurationParser's part);
 *  - named holidays ("easter 2018", "christmas eve"): chrono knows none, and news copy that
 *    matters gives the date;
 *  - offsets from a date or from now ("in 2 weeks", "3 days after January 12th", "two weeks
 *    from tomorrow", "3 weeks later"): by design a duration here ("After 13 years of conflict"
 *    is not a date in 2037), never a date;
 *  - deictic phrases ("the day", "partner of the year", "the day before"): chatbot context;
 *  - query and compact notations ("> = 2019", "cy18", "20161016", "EOY", "otd"): not prose;
 *  - years spelled out ("nineteen ninety six", "two thousand and fifteen"): AP and Reuters
 *    style write years in figures, and the number reader is not taught to read them as years.
 */
export interface DateCase {
  input: string;
  published?: string;
  /** Offsets of the spec's span, half-open. */
  start: number;
  end: number;
  text: string;
  expected: string;
  /** The future reading, for ambiguous cases (to recognise a policy difference). */
  future?: string;
  group: "date" | "daterange-partial";
}

export interface SkippedResult {
  input: string;
  text: string;
  reason: string;
}

const PARTIAL = /^\d{4}(?:-\d{2})?$/;

const UNIT = "(?:days?|nights?|weeks?|months?|years?|fortnight)";
const SKIP_GROUPS: Array<[RegExp, string]> = [
  [/\b(?:easter|christmas|xmas|thanksgiving|independence day|juneteenth|freedom day|jubilee day|black friday|earth day|patrick|new year|workers' day|labou?r day|memorial day|eid|valentine|halloween|mother'?s day|father'?s day)\b/i,
    "named holiday"],
  [new RegExp(`\\b(?:in|within)\\s+\\S+\\s+${UNIT}\\b|\\b(?:from|after|before|since)\\s+(?:now|today|tomorrow|tmrw|yesterday)\\b|\\b${UNIT}\\s+(?:after|before|from|since|later|hence)\\b|^in a fortnight`, "i"),
    "offset from a date or from now: a duration by design"],
  [/^(?:the|that|this)\s+(?:day|month|year|week)(?:\s+(?:before|after))?$|^the\s+(?:next|previous|following)\s+day$|year to date|^(?:later|earlier) in the year$/i,
    "deictic phrase (the day, the year, the day before)"],
  [/^[<>=\s]|^\d{8}$|\bcy\s?\d|\b(?:otd|eoy|eom)\b/i, "query or compact notation, not prose"],
  [/\b(?:nineteen|twenty|seventeen|eighteen)\s+(?:hundred\s+)?(?:[a-z]+ty|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)\b|\btwo thousand\b/i,
    "year spelled out in words: news style writes years in figures"],
];

export function dateCases(specs: SpecCase[]): { cases: DateCase[]; skipped: SkippedResult[] } {
  const cases: DateCase[] = [];
  const skipped: SkippedResult[] = [];
  for (const spec of specs) {
    for (const result of spec.Results ?? []) {
      const kept = toCase(spec, result);
      if ("reason" in kept) skipped.push(kept);
      else cases.push(kept);
    }
  }
  return { cases, skipped };
}

function toCase(spec: SpecCase, result: SpecResult): DateCase | SkippedResult {
  const values = result.Resolution?.values ?? [];
  const span = { input: spec.Input, text: result.Text, start: result.Start, end: (result.End ?? result.Start) + 1 };
  const group = SKIP_GROUPS.find(([pattern]) => pattern.test(result.Text));
  if (group && /^datetimeV2\.date(?:range)?$/.test(result.TypeName ?? "")) return { ...span, reason: group[1] };
  const base = { ...span, published: publishedOf(spec) };
  if (result.TypeName === "datetimeV2.date") {
    const [past, future] = values.map((v) => v.value ?? "");
    if (!past || !/^\d{4}-\d{2}-\d{2}$/.test(past)) return { ...span, reason: "date without a resolvable value" };
    return { ...base, expected: past, future: future && future !== past ? future : undefined, group: "date" };
  }
  if (result.TypeName === "datetimeV2.daterange") {
    const timex = values[0]?.timex ?? "";
    if (PARTIAL.test(timex)) return { ...base, expected: timex, group: "daterange-partial" };
    return { ...span, reason: "date range that is not one whole year or month (weeks, spans of days, seasons)" };
  }
  return { ...span, reason: `${result.TypeName ?? "untyped"}: not a date claim` };
}
