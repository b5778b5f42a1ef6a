import { describe, expect, it } from "vitest";
import { findDates } from "../../../core/extract/dates.js";

/**
 * The time of day told with a day (core/extract/dates/time-of-day.ts): its minutes after midnight
 * as written, its precision and zone, and the span grown to hold its words. Sentences after real
 * reports (session 19's dev text: the Surfside collapse, the Key Bridge strike, the Myanmar
 * earthquake of 28 March 2025, the Crocus City Hall attack).
 */
function timed(text: string, published = "2024-03-28"): Array<[string, unknown]> {
  return findDates(text, published).map((m) => [text.slice(m.start, m.end), m.time ?? null]);
}

describe("time of day told with a day", () => {
  it("reads a clock to the minute after the day or before it, with 'around' widening it and 'a.m.' kept whole", () => {
    expect(timed("On June 24, 2021, at 1:22 a.m., Champlain Towers South partially collapsed.")).toEqual([["June 24, 2021, at 1:22 a.m.", { low: 82, high: 82, precision: "minute" }]]);
    expect(timed("The ship collided with the bridge around 1:35 a.m. on Tuesday, almost destroying it.")).toEqual([["around 1:35 a.m. on Tuesday", { low: 90, high: 100, precision: "minute" }]]);
  });

  it("reads a clock to the hour as an hour's spread, wider with 'around'", () => {
    expect(timed("Part of the condo collapsed around 2 a.m. on Thursday, June 24, 2021.")).toEqual([["around 2 a.m. on Thursday, June 24, 2021", { low: 90, high: 165, precision: "hour" }]]);
    expect(timed("It collapsed at 2 a.m. on Thursday, June 24, 2021.")).toEqual([["2 a.m. on Thursday, June 24, 2021", { low: 110, high: 165, precision: "hour" }]]);
  });

  it("reads a dotted clock and the zone it is told in, in brackets or not", () => {
    expect(timed("The earthquake struck Mandalay at 11.50 am local time on March 28.", "2025-04-03")).toEqual([["11.50 am local time on March 28", { low: 705, high: 715, precision: "minute", zone: "local" }]]);
    expect(timed("It struck central Myanmar at 12:50 PM (local time) on Friday, March 28.", "2025-03-28")).toEqual([["12:50 PM (local time) on Friday, March 28", { low: 765, high: 775, precision: "minute", zone: "local" }]]);
    expect(timed("It struck at 1:27 a.m. ET on Tuesday.")[0]?.[1]).toMatchObject({ zone: "us-eastern" });
  });

  it("reads a part of the day with its day, one before the day staying out of the span", () => {
    expect(timed("Gunmen stormed Friday night at the Crocus City Hall concert hall.", "2024-03-23")).toEqual([["Friday night", { low: 1140, high: 1740, precision: "part" }]]);
    expect(timed("On the morning of June 3, troops moved in.", "2023-06-10")).toEqual([["June 3", { low: 300, high: 720, precision: "part" }]]);
  });

  it("reads no time from a bound, a clock not joined to the day, a count or a month", () => {
    expect(timed("Roads stay shut until 2 p.m. on Monday.", "2024-03-20")).toEqual([["until 2 p.m. on Monday", null]]);
    expect(timed("The 3 a.m. shift on Friday was cancelled.", "2024-03-20")).toEqual([["Friday", null]]);
    expect(timed("He won in 2:09 on Monday.", "2024-03-20").every(([, time]) => time === null)).toBe(true);
    expect(timed("Prices rose in March 2024 at 3 p.m. trading.")).toEqual([["March 2024 at 3 p.m.", null]]);
  });

  it("takes a zone's abbreviation only in capitals", () => {
    expect(timed("The market opened at 9 a.m. EST on Monday.", "2024-03-20")[0]?.[1]).toMatchObject({ zone: "us-eastern" });
    expect(timed("The market opened at 9 a.m. est on Monday.", "2024-03-20")[0]?.[1]).toEqual({ low: 530, high: 585, precision: "hour" });
  });
});
