import { describe, expect, it } from "vitest";
import { findDurations } from "../../../core/extract/durations.js";

function read(text: string): Array<[string, number | string, string | undefined, string]> {
  return findDurations(text).map((m) => [text.slice(m.start, m.end), m.value, m.unit, m.qualifier]);
}

describe("findDurations", () => {
  it("reads digits, number words and glued units", () => {
    expect(read("After 13 years of conflict in Syria")).toEqual([["13 years", 13, "year", "exact"]]);
    expect(read("Patrols had stalled for four years.")).toEqual([["four years", 4, "year", "exact"]]);
    expect(read("leave for 3.5years or 3h")).toEqual([["3.5years", 3.5, "year", "exact"], ["3h", 3, "h", "exact"]]);
    expect(read("a 30-day ceasefire")).toEqual([["30-day", 30, "day", "exact"]]);
    expect(read("for 1,300 years")).toEqual([["1,300 years", 1300, "year", "exact"]]);
  });

  it("reads articles, halves, couples and fortnights", () => {
    expect(read("an hour and a half")).toEqual([["an hour and a half", 1.5, "h", "exact"]]);
    expect(read("two and a half hours")).toEqual([["two and a half hours", 2.5, "h", "exact"]]);
    expect(read("half an hour")).toEqual([["half an hour", 0.5, "h", "exact"]]);
    expect(read("a couple of days")).toEqual([["a couple of days", 2, "day", "exact"]]);
    expect(read("a fortnight")).toEqual([["a fortnight", 2, "week", "exact"]]);
  });

  it("keeps qualifier words, and only right before the amount", () => {
    expect(read("for more than a decade.")).toEqual([["more than a decade", 1, "decade", "atLeast"]]);
    expect(read("in over a decade. The")).toEqual([["over a decade", 1, "decade", "atLeast"]]);
    expect(read("over the past 18 months, indicating")).toEqual([["18 months", 18, "month", "exact"]]);
    // The longest phrase wins across qualifiers: "no more than" bounds from above.
    expect(read("talks lasting no more than two years")).toEqual([["no more than two years", 2, "year", "atMost"]]);
    expect(read("a 3day pass, an 8-hour shift")).toEqual([["3day", 3, "day", "exact"], ["8-hour", 8, "h", "exact"]]);
    expect(findDurations("almost three years")[0]).toMatchObject({ qualifier: "approx", qualifierText: "almost" });
    // The number step's qualifier table serves durations too, words and spans alike.
    const text = "for the better part of a decade, and no fewer than ten years in all";
    expect(findDurations(text).map((m) => [text.slice(m.start, m.end), m.qualifier])).toEqual([
      ["the better part of a decade", "approx"], ["no fewer than ten years", "atLeast"],
    ]);
  });

  it("reads no span of time in an offset that points at a date, nor in the 'a year' of a rate", () => {
    expect(read("from RM182.53 million a year before")).toEqual([]);
    expect(read("two years before the war, and three weeks later")).toEqual([]);
    expect(read("four years prior to the vote")).toEqual([]);
    expect(read("paid £1.5m a year, or $50,000 a year, to 2,000 people a month")).toEqual([]);
    // A delay is a span of time: "later than" compares, it points at no date.
    expect(read("opened two years later than planned")).toEqual([["two years", 2, "year", "exact"]]);
    expect(read("for a year, after a year of talks")).toEqual([["a year", 1, "year", "exact"], ["a year", 1, "year", "exact"]]);
  });

  it("reads ranges as low..high with the low end as value", () => {
    expect(findDurations("12-15 years")[0]).toMatchObject({ value: 12, qualifier: "range", low: 12, high: 15 });
    expect(findDurations("two to three weeks")[0]).toMatchObject({ value: 2, qualifier: "range", low: 2, high: 3 });
  });

  it("reads a -long adjective without an amount as about one unit", () => {
    expect(read("reshape the decadelong Syrian war")).toEqual([["decadelong", 1, "decade", "approx"]]);
  });

  it("skips vague amounts, ordinals, ages, rates and dates", () => {
    for (const text of [
      "for several decades, Intelnews", "has rolled into a second decade,", "a 13-year-old boy",
      "aged 13 years old", "two years ago", "in the first few years of war", "after years of hostility",
      "once a year", "the 1990s", "on his birthday", "Sheridan, WY 82801", "one state, one army",
      "since the Six-Day War", "the Thirty Years' War", "hours-long queues", "arrived at 0600 hours",
    ]) expect(read(text), text).toEqual([]);
  });

  it("does not read a rate's article as one unit", () => {
    expect(read("24 hours a day")).toEqual([["24 hours", 24, "h", "exact"]]);
  });
});
