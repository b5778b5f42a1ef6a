import { describe, expect, it } from "vitest";
import { findDates } from "../../../core/extract/dates.js";

/**
 * Date forms chrono does not read on its own, each with the look-alikes that must stay
 * numbers. Sentences are news-style, not the conformance spec's inputs.
 */
function read(text: string, published?: string): Array<[string, string | number]> {
  return findDates(text, published).map((m) => [text.slice(m.start, m.end), m.value]);
}
const none = (text: string, published = "2024-08-06") => expect(read(text, published)).toEqual([]);
const noneUndated = (text: string) => expect(read(text)).toEqual([]);
/** Values with a day ("2024-08-01"), where a test only forbids a made-up day. */
const days = (text: string, published = "2024-08-06") => read(text, published).map(([, v]) => String(v)).filter((v) => v.length === 10);

describe("a month and a year written compactly", () => {
  it("reads year-month, month-year and a month name with a slash", () => {
    expect(read("Figures for 2021-11 were revised.", "2022-03-01")).toEqual([["2021-11", "2021-11"]]);
    expect(read("the audit of 2019-4 found", "2022-03-01")).toEqual([["2019-4", "2019-04"]]);
    expect(read("the report dated 06-2020 said", "2022-03-01")).toEqual([["06-2020", "2020-06"]]);
    expect(read("the Nov/2021 deadline", "2022-03-01")).toEqual([["Nov/2021", "2021-11"]]);
  });

  it("leaves seasons, fiscal years, numbered laws and full dates alone", () => {
    expect(read("in the 2011-12 season", "2022-03-01").map(([, value]) => value)).not.toContain("2011-12");
    none("under Law 3/2015 the court");
    none("Decree No. 7/2019 says");
    none("Resolution No. 12-2015 was adopted");
    none("Model 2015-3 was recalled");
    none("He served 2010-3 years in prison.");
    expect(read("published 2015-12-01 online", "2022-03-01")).toEqual([["2015-12-01", "2015-12-01"]]);
  });

  it("reads a day, a month name and a year in any order", () => {
    expect(read("filed on 2021/14/Oct by", "2022-03-01")).toEqual([["2021/14/Oct", "2021-10-14"]]);
    expect(read("signed 14-2021-October", "2022-03-01")).toEqual([["14-2021-October", "2021-10-14"]]);
    expect(days("codes Sep-2020-45 and 12-2020-14")).toEqual([]);
  });
});

describe("ordinal days", () => {
  it("reads the Nth day of a named or relative month", () => {
    expect(read("Voting ends on the 10th day of next month.", "2024-08-06")).toEqual([["the 10th day of next month", "2024-09-10"]]);
    expect(read("a hearing around the 3rd this month", "2024-08-06")).toEqual([["the 3rd this month", "2024-08-03"]]);
    expect(read("The siege ended on the fourth day of March.", "2024-08-06")).toEqual([["the fourth day of March", "2024-03-04"]]);
  });

  it("keeps ranks and centuries out", () => {
    expect(days("She was the first this month to resign.")).toEqual([]);
    none("built in the 18th century");
    expect(read("from the 31st of next month", "2024-08-06").map(([, value]) => value)).not.toContain("2024-09-31");
  });

  it("reads a weekday with a day in words only where the clause ends", () => {
    expect(read("The vote fell on Tuesday the eleventh.", "2024-06-20")).toEqual([["Tuesday the eleventh", "2024-06-11"]]);
    expect(read("On Monday the first shipment arrived.", "2024-08-06")).toEqual([["Monday", "2024-08-05"]]);
  });

  it("gives a weekday and day in the next two weeks the coming date", () => {
    expect(read("talks on Wednesday the 14th.", "2024-08-06")).toEqual([["Wednesday the 14th", "2024-08-14"]]);
  });
});

describe("days listed before their month", () => {
  it("reads each listed day in the month they share", () => {
    expect(read("Strikes hit on 3 and 4 May.", "2024-08-06")).toEqual([["3", "2024-05-03"], ["4 May", "2024-05-04"]]);
    expect(read("polls on 5, 6 and 7 June 2023", "2024-08-06").map(([, value]) => value)).toEqual(["2023-06-05", "2023-06-06", "2023-06-07"]);
  });

  it("leaves ranges whole and counts alone", () => {
    expect(read("between 3 and 4 May", "2024-08-06")).toHaveLength(1);
    none("two men, aged 18 and 19, were held");
    expect(read("$5, 6 and 7 June", "2024-08-06").map(([text]) => text)).not.toContain("5");
  });
});

describe("numeric day pairs", () => {
  it("reads a list that 'on' opened, and a pair after this/next that ends the clause", () => {
    expect(read("hearings on 3/14, 3/21 or 3/28", "2024-08-06").map(([, value]) => value)).toEqual(["2024-03-14", "2024-03-21", "2024-03-28"]);
    expect(read("The vote is due next 5/12.", "2024-08-06")).toEqual([["5/12", "2025-05-12"]]);
  });

  it("never reads decimals, fractions or counts of years as dates", () => {
    none("a 5.12 percent rise");
    none("the index closed at 5.12 on Friday".replace(" on Friday", ""));
    none("2/3 and 3/4 of voters");
    expect(read("on 3/14, 2/3 of voters", "2024-08-06")).toEqual([["3/14", "2024-03-14"]]);
    none("over the next 2/3 years");
  });
});

describe("dates chrono over-reads", () => {
  it("leaves the number before a date to the number", () => {
    expect(read("paid $40 March 3 for it", "2024-08-06")).toEqual([["March 3", "2024-03-03"]]);
    expect(read("a fee of $30 January 5", "2024-08-06")).toEqual([["January 5", "2024-01-05"]]);
    expect(read("a total of 1,204.75 May 2023 figures", "2024-08-06")).toEqual([["May 2023", "2023-05"]]);
  });

  it("counts back only the last unit after 'the last'", () => {
    expect(read("after the past 6 weeks and 3 days ago it ended", "2024-08-06")).toEqual([["3 days ago", "2024-08-03"]]);
    expect(read("It ended 1 month and 2 days ago.", "2024-08-06")).toEqual([["1 month and 2 days ago", "2024-07-04"]]);
  });
});

describe("a year after the day and month", () => {
  it("keeps the day of '4th of July of 1995' and reads a two-digit year that ends the clause", () => {
    expect(read("on the 9th of may of 2001", "2024-08-06")).toEqual([["9th of may of 2001", "2001-05-09"]]);
    expect(read("She was born on 3 March of 79.", "2024-08-06")).toEqual([["3 March of 79", "1979-03-03"]]);
  });

  it("does not take a count for a year, nor guess a century without a publication date", () => {
    // (chrono itself reads "March of 79" as a month of 1979; only the day is ours to refuse)
    expect(days("on 3 March of 79 patients")).not.toContain("1979-03-03");
    noneUndated("born on 3 March of '79");
  });

  it("reads a month counted into a year", () => {
    expect(read("in the fifth month of 2019", "2024-08-06")).toEqual([["the fifth month of 2019", "2019-05"]]);
    expect(read("a review in the 2nd month of next year", "2024-08-06")).toEqual([["the 2nd month of next year", "2025-02"]]);
  });
});

describe("years named in words", () => {
  it("reads calendar years and 'end of year' against publication", () => {
    expect(read("profits this calendar year", "2024-08-06")).toEqual([["this calendar year", "2024"]]);
    expect(findDates("due by end of year", "2024-08-06")[0]).toMatchObject({ value: "2024", qualifier: "approx" });
  });

  it("leaves adjectives, programme years and undated text alone", () => {
    none("an end-of-year bonus");
    none("at the end of year two of the programme");
    noneUndated("due by end of year");
    noneUndated("paid at end of month");
  });

  it("reads a year after 'but not' in a list of years", () => {
    expect(read("in 2000 but not 1998").map(([, value]) => value)).toEqual(["2000", "1998"]);
  });
});

describe("'next' and 'coming' before a date", () => {
  it("pick the first occurrence after publication", () => {
    expect(read("the next 6th of April", "2024-08-06")).toEqual([["6th of April", "2025-04-06"]]);
    expect(read("the coming Tuesday", "2024-08-06")).toEqual([["Tuesday", "2024-08-13"]]);
  });
});

describe("29 February", () => {
  it("is found in the latest leap year, also when publication is in another year", () => {
    expect(read("the Feb. 29 vote, officials said", "2025-03-01")).toEqual([["Feb. 29", "2024-02-29"]]);
    expect(read("the vote on February 29", "2024-01-10")).toEqual([["February 29", "2020-02-29"]]);
    expect(read("on 29 February 2024 in Gaza", "2025-03-01")).toEqual([["29 February 2024", "2024-02-29"]]);
  });

  it("is not a decimal after a month abbreviation, nor a day that never was", () => {
    expect(days("rose Feb. 29.5 percent", "2025-03-01")).toEqual([]);
    none("on 29 February 2023", "2025-03-01");
  });
});
