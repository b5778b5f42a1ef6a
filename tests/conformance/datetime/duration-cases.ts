import type { SpecCase } from "./specs.js";

/**
 * DurationParser cases with one amount of one unit ("3 hours" = PT3H, "two decades" = P20Y).
 * Skipped with a reason: compound durations ("1 year 1 month 21 days" = P1Y1M21D), since a
 * claim holds one amount in one unit, and business days, which no news claim is checked in.
 */
export interface DurationCase {
  input: string;
  text: string;
  start: number;
  end: number;
  timex: string;
}

const SINGLE = /^P(?:T(\d+(?:\.\d+)?)[HMS]|(\d+(?:\.\d+)?)[YMWD])$/;

export function durationCases(specs: SpecCase[]): { cases: DurationCase[]; skipped: Array<{ input: string; text: string; reason: string }> } {
  const cases: DurationCase[] = [];
  const skipped: Array<{ input: string; text: string; reason: string }> = [];
  for (const spec of specs) {
    for (const result of spec.Results ?? []) {
      const timex = result.Value?.Timex ?? "";
      const span = { input: spec.Input, text: result.Text, start: result.Start, end: result.Start + (result.Length ?? result.Text.length) };
      if (SINGLE.test(timex)) cases.push({ ...span, timex });
      else skipped.push({ ...span, reason: /BD$/.test(timex) ? "business days" : "compound duration: one claim holds one amount in one unit" });
    }
  }
  return { cases, skipped };
}

const TIMEX_UNIT: Record<string, [string, number]> = {
  s: ["TS", 1], min: ["TM", 1], h: ["TH", 1], day: ["D", 1], week: ["W", 1], month: ["M", 1],
  year: ["Y", 1], decade: ["Y", 10], century: ["Y", 100],
};

/** Our duration as a timex: 2 decades -> "P20Y", 3 h -> "PT3H". */
export function timexOf(mention: { value: number | string; unit?: string }): string {
  const [letter, times] = TIMEX_UNIT[mention.unit ?? ""] ?? ["?", 1];
  const amount = Number((Number(mention.value) * times).toFixed(6));
  return letter.startsWith("T") ? `PT${amount}${letter.slice(1)}` : `P${amount}${letter}`;
}
