import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findDates } from "../../../core/extract/dates.js";
import { findDurations } from "../../../core/extract/durations.js";

/** Every mention must point at real text: offsets inside the string, non-empty, in order. */
function expectExactSpans(text: string, mentions: ReturnType<typeof findDates>): void {
  let previousEnd = 0;
  for (const m of mentions) {
    expect(m.start).toBeGreaterThanOrEqual(previousEnd);
    expect(m.end).toBeGreaterThan(m.start);
    expect(m.end).toBeLessThanOrEqual(text.length);
    previousEnd = m.end;
  }
}

const dateish = fc.constantFrom(
  "Nov. 13", "on Monday", "since 2011", "the 1990s", "2/3", "12-15", "0:00", "© 2026", "last year",
  "from 12 to 15 July", "in early July", "13 years", "more than a decade", "(2019)", "Jan. 18, 2023",
);
const soup = fc.array(fc.oneof(fc.string({ unit: "grapheme" }), dateish, fc.constantFrom("<p>", "&amp;", "\n", " ")), { maxLength: 30 })
  .map((parts) => parts.join(" "));

describe("date and duration steps never throw and keep spans exact", () => {
  it("on any unicode string, with or without a publication date", () => {
    fc.assert(fc.property(fc.string({ unit: "grapheme", maxLength: 300 }), fc.option(fc.constantFrom("2023-01-11", "garbage", "2020-02-30")), (text, published) => {
      expectExactSpans(text, findDates(text, published ?? undefined));
      expectExactSpans(text, findDurations(text));
    }), { numRuns: 300 });
  });

  it("on date-rich HTML soup", () => {
    fc.assert(fc.property(soup, (text) => {
      expectExactSpans(text, findDates(text, "2024-08-06"));
      expectExactSpans(text, findDurations(text));
    }), { numRuns: 300 });
  });

  it("on 1 MB of digits and 256 KB of slashed digit pairs", () => {
    const digits = "1234567890".repeat(100_000);
    expect(findDates(digits, "2024-08-06")).toEqual([]);
    expect(findDurations(digits)).toEqual([]);
    const slashed = "1/2 ".repeat(64_000);
    expect(findDates(slashed, "2024-08-06")).toEqual([]);
  });

  it("on a megabyte of real dates, returning each with exact offsets", () => {
    const sentence = "On 24 July, after 13 years of war, Assad met Putin. ";
    const text = sentence.repeat(20_000);
    const dates = findDates(text, "2024-08-06");
    expect(dates).toHaveLength(20_000);
    expect(text.slice(dates[1]!.start, dates[1]!.end)).toBe("24 July");
    expectExactSpans(text, dates);
    expect(findDurations(text)).toHaveLength(20_000);
  });
});
