import { describe, expect, it } from "vitest";
import { referenceFrom } from "../../../core/extract/dates/reference.js";
import { dateWindows } from "../../../core/extract/dates/windows.js";
import { findDates } from "../../../core/extract/dates.js";

describe("referenceFrom", () => {
  it("reads a day or an ISO datetime as noon UTC of that day", () => {
    expect(referenceFrom("2023-01-11")).toMatchObject({ year: 2023, month: 1, day: 11 });
    expect(referenceFrom("2023-01-11T23:59:00+05:00")?.instant.toISOString()).toBe("2023-01-11T12:00:00.000Z");
  });

  it("gives no reference for anything else, so relative dates are skipped rather than guessed", () => {
    for (const bad of ["2020-02-30", "yesterday", "", "11/01/2023", undefined]) expect(referenceFrom(bad)).toBeNull();
    expect(findDates("It happened on Monday, Nov. 13.", "2020-02-30")).toEqual([]);
  });
});

describe("dateWindows", () => {
  it("gives chrono no long stretch of digits and punctuation (a table, a code list), but keeps dates among words", () => {
    expect(dateWindows("1-".repeat(400))).toEqual([]);
    expect(dateWindows("12/3 4/5 6/7 ".repeat(40))).toEqual([]);
    expect(dateWindows("2015-12")).toHaveLength(1);
    const prose = "Results: 1-0, 2-1, 0-0, 3-2, 1-1, 4-0, 2-2, 0-1, 1-3, 2-0. The final was played on 2019-10-26 in Moscow before a crowd.";
    expect(dateWindows(prose).some((w) => prose.slice(w.start, w.end).includes("2019-10-26"))).toBe(true);
  });
  it("puts nothing around text without a date word", () => {
    expect(dateWindows("The strip is 30 km deep and 18.6 miles long; 3,500 people left.")).toEqual([]);
  });

  it("never starts a window inside a word or number", () => {
    const text = "Some words before the year 2016 and more words after it, then Monday.";
    for (const window of dateWindows(text)) expect(text[window.start - 1] ?? " ").toMatch(/\s/);
  });

  it("marks windows with only bare years, which need no chrono parser", () => {
    expect(dateWindows("It began in 2011.")).toEqual([{ start: 0, end: 17, full: false }]);
    expect(dateWindows("It began on 24 July 2011.")[0]?.full).toBe(true);
    expect(dateWindows("On 2016 10 16 it began.")[0]?.full).toBe(true);
  });

  it("ignores lowercase 'may' and 'march' but not capitalised months", () => {
    expect(dateWindows("They may march.")).toEqual([]);
    expect(dateWindows("In May they met.")).toHaveLength(1);
  });
});
