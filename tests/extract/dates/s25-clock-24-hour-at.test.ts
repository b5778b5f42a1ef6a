import { describe, expect, it } from "vitest";
import { clockTimes } from "../../../core/extract/dates/time-of-day.js";
import { CLOCK_SOURCE, clockMatches } from "../../../core/extract/dates/clocks.js";

/**
 * A 24-hour clock with no zone after it, read when "at" stands before it (session 25; sentence after
 * a report of the Amasra mine explosion), and left when nothing says it is a time or its hour may be a
 * 12-hour clock's.
 */
const times = (text: string) => clockTimes(text).map((c) => [text.slice(c.start, c.end), c.time.low, c.time.high]);

describe("a 24-hour clock after 'at'", () => {
  it("reads the hour an event was told at", () => {
    expect(times("The explosion occurred at around 18:15 in a mine located on the Black Sea coast.")).toEqual([["at around 18:15", 1087, 1103]]);
    expect(times("The first tremor was felt at 03:40 in the capital.")).toEqual([["03:40", 215, 225]]);
  });
  it("leaves a bare figure, an hour a 12-hour clock writes, and a clock with seconds", () => {
    expect(times("Liverpool led 18:15 in the second half.")).toEqual([]);
    expect(times("The meeting began at 10:30 in the town hall.")).toEqual([]);
    expect(times("The vote closed at 18:15:30 sharp.")).toEqual([]);
  });
});

describe("the 24-hour clock after 'at' in the clock pattern itself", () => {
  it("is matched by clockMatches as by the pattern with its lookbehind", () => {
    const text = "The explosion occurred at around 18:15 in a mine; Liverpool led 18:15; at 03:40, at 10:30 and at 18:15:30.";
    const written = [...text.matchAll(new RegExp(CLOCK_SOURCE, "gi"))].map((m) => [m.index, m[0]]);
    expect(clockMatches(text).map((m) => [m.index, m[0]])).toEqual(written);
    expect(written.map(([, t]) => t)).toEqual(["18:15", "03:40"]);
  });
});
