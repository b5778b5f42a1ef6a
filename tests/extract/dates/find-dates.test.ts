import { describe, expect, it } from "vitest";
import { findDates } from "../../../core/extract/dates.js";

/** The date mentions as [span text, value, qualifier] triples: what a reader would check. */
function read(text: string, published?: string): Array<[string, string | number, string]> {
  return findDates(text, published).map((m) => [text.slice(m.start, m.end), m.value, m.qualifier]);
}

describe("findDates: past-leaning years", () => {
  it("puts a year-less date in the past of the publication date", () => {
    expect(read("the Nov. 13 attack", "2023-01-11")).toEqual([["Nov. 13", "2022-11-13", "exact"]]);
    expect(read("the 7 October Hamas attacks", "2024-08-06")).toEqual([["7 October", "2023-10-07", "exact"]]);
    expect(read("the 31 March local elections", "2024-08-06")).toEqual([["31 March", "2024-03-31", "exact"]]);
  });

  it("keeps a date in the next two weeks in the future", () => {
    expect(read("to meet Blinken on Jan. 18.", "2023-01-11")).toEqual([["Jan. 18", "2023-01-18", "exact"]]);
  });

  it("lets a future cue pick the closest occurrence, not blindly the next", () => {
    expect(read("as will the results of the November election", "2024-08-06")).toEqual([["November", "2024-11", "exact"]]);
    expect(read("The ceasefire was set to take effect on January 12.", "2020-01-14")).toEqual([["January 12", "2020-01-12", "exact"]]);
  });

  it("reads a weekday as the one at or before publication", () => {
    expect(read("reported on Monday there were", "2023-01-11")).toEqual([["Monday", "2023-01-09", "exact"]]);
    expect(read("spoke on Tuesday with", "2026-01-20")).toEqual([["Tuesday", "2026-01-20", "exact"]]);
  });

  it("resolves relative expressions against publication", () => {
    expect(read("normalisation of Assad last year.", "2024-08-06")).toEqual([["last year", "2023", "exact"]]);
    expect(read("held talks in Moscow last month", "2023-01-11")).toEqual([["last month", "2022-12", "exact"]]);
    expect(read("readmitted in May last year, but", "2024-08-06")).toEqual([["May last year", "2023-05", "exact"]]);
  });
});

describe("findDates: precision and span", () => {
  it("keeps partial dates partial", () => {
    expect(read("attempts in December 2022 did not", "2024-08-06")).toEqual([["December 2022", "2022-12", "exact"]]);
    expect(read("the war began in 2011 and", "2023-01-11")).toEqual([["2011", "2011", "exact"]]);
  });

  it("keeps the weekday and the time of day inside the date span", () => {
    expect(read("in Istanbul, Monday, Oct. 10, 2016. (AP)", "2020-01-14")).toEqual([["Monday, Oct. 10, 2016", "2016-10-10", "exact"]]);
    expect(read("take effect on January 12, at 21:01 GMT, but", "2020-01-14")).toEqual([["January 12, at 21:01 GMT", "2020-01-12", "exact"]]);
  });

  it("keeps approximate parts of a period with their words", () => {
    const [early] = findDates("protests broke out in early July in Afrin", "2024-08-06");
    expect(early).toMatchObject({ value: "2024-07", qualifier: "approx", qualifierText: "early" });
    expect(read("Late in December, Akar said", "2023-01-11")).toEqual([["Late in December", "2022-12", "approx"]]);
    expect(read("growth in mid-2019 slowed")).toEqual([["mid-2019", "2019", "approx"]]);
    expect(read("at the end of July", "2024-08-06")).toEqual([["end of July", "2024-07", "approx"]]);
  });

  it("records 'since' without changing the date", () => {
    const [since] = findDates("since December 1, 2019, more than", "2020-01-14");
    expect(since).toMatchObject({ value: "2019-12-01", qualifier: "exact", qualifierText: "since" });
  });

  it("reads year and day ranges as one range mention starting at the first date", () => {
    expect(read("between 2011 and 2015 the", "2024-08-06")[0]?.[0]).toBe("between 2011 and 2015");
    expect(findDates("between 2011 and 2015 the", "2024-08-06")[0]).toMatchObject({ value: "2011", qualifier: "range", low: 2011, high: 2015 });
    expect(findDates("in the 1990s, Syria")[0]).toMatchObject({ value: "1990", qualifier: "range", low: 1990, high: 1999 });
    expect(findDates("talks from 12 to 15 July", "2024-08-06")[0]).toMatchObject({ value: "2024-07-12", qualifier: "range" });
  });
});

describe("findDates: what is not a date", () => {
  const none = (text: string, published = "2024-08-06") => expect(read(text, published)).toEqual([]);

  it("leaves durations to the duration step", () => {
    none("After 13 years of conflict in Syria");
    none("over the past 18 months");
    none("Patrols had stalled for four years.");
  });

  it("ignores codes, copyright lines, phone numbers, timestamps and fractions", () => {
    none("News Code 47296");
    none("© 2026 Disinformation Commission LLC");
    none("+44 (0)7917 373 069");
    none("0:00\n0:00\n");
    none("almost 2/3 of the land");
    none("between 12-15 people");
    none("Sheridan, WY 82801");
  });

  it("ignores the verb 'may' and week-granular phrases", () => {
    none("Erdogan may meet Assad");
    none("Last week, Erdogan said");
  });

  it("skips what needs a publication date when there is none, and keeps what does not", () => {
    expect(read("the Nov. 13 attack, last year, and in 2011")).toEqual([["2011", "2011", "exact"]]);
    expect(read("on Monday, Oct. 10, 2016")).toEqual([["Monday, Oct. 10, 2016", "2016-10-10", "exact"]]);
  });
});

describe("findDates: partial forms read by our own parsers", () => {
  it("reads a weekday with a day of the month as the latest such date", () => {
    expect(read("the vote on Friday 13th was close", "2024-12-20")).toEqual([["Friday 13th", "2024-12-13", "exact"]]);
    expect(read("arrangements on Sunday 31!", "2019-01-25")).toEqual([["Sunday 31", "2017-12-31", "exact"]]);
  });

  it("reads 'on the 18th' in the publication month or the one before", () => {
    expect(read("talks resume on the 4th.", "2018-08-07")).toEqual([["the 4th", "2018-08-04", "exact"]]);
    expect(read("talks resume on the 18th.", "2018-08-07")).toEqual([["the 18th", "2018-07-18", "exact"]]);
    expect(read("built in the 18th century")).toEqual([]);
  });

  it("joins a year-less date with the year after it", () => {
    expect(read("born on July 4th of 1995", "2016-11-07")).toEqual([["July 4th of 1995", "1995-07-04", "exact"]]);
  });

  it("reads the next years of a list, and not counts after a year", () => {
    expect(read("sales in 2007 and 2009").map(([, value]) => value)).toEqual(["2007", "2009"]);
    expect(read("between 1500 and 2000 troops")).toEqual([]);
  });

  it("reads two-digit years a century back when they would be in the future", () => {
    expect(read("signed 12/12/30 in Paris", "2018-01-01")).toEqual([["12/12/30", "1930-12-12", "exact"]]);
  });

  it("reads lowercase full weekday names but not the verb 'may'", () => {
    expect(read("a 1:1 on monday", "2016-11-09")).toEqual([["monday", "2016-11-07", "exact"]]);
    expect(read("they may go", "2016-11-09")).toEqual([]);
  });

  it("reads 'the end of this year' as the year", () => {
    expect(findDates("before the end of this year", "2016-11-07")[0]).toMatchObject({ value: "2016", qualifier: "approx" });
  });
});

describe("findDates: a weekday inside a named week", () => {
  it("counts weeks Monday to Sunday from the publication date", () => {
    expect(read("Talks resume on Tuesday next week.", "2024-08-07")).toEqual([["Tuesday next week", "2024-08-13", "exact"]]);
    expect(read("They met last week on Friday.", "2024-08-07")).toEqual([["last week on Friday", "2024-08-02", "exact"]]);
    expect(read("Monday of the following week", "2018-07-31")).toEqual([["Monday of the following week", "2018-08-06", "exact"]]);
  });
});
