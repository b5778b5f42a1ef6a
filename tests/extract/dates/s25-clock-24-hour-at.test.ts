import { describe, expect, it } from "vitest";
import { clockTimes } from "../../../core/extract/dates/time-of-day.js";

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
