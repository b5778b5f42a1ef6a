import { describe, expect, it } from "vitest";
import { findDurations } from "../../../core/extract/durations.js";
import { extractClaims } from "../../../core/extract/index.js";

/** [span, value rounded to 6 places, unit] for each duration found. */
function read(text: string): Array<[string, number, string | undefined]> {
  return findDurations(text).map((m) => [text.slice(m.start, m.end), Number((m.value as number).toFixed(6)), m.unit]);
}

// Real sentences (session 10, P round 2), quoted as published; sources named per case.
describe("one span of time written in several units (compound.ts)", () => {
  it("joins hours, minutes and seconds with commas, 'and' or spaces into hours", () => {
    // Star Tribune, Twin Cities Marathon 2016.
    expect(read("Ondoro finished in 2 hours, 8 minutes, 51 seconds, repeating as champion"))
      .toEqual([["2 hours, 8 minutes, 51 seconds", 2.1475, "h"]]);
    // The Christian Post, New York Marathon 2011: the serial comma before 'and'.
    expect(read("He finished in just two hours, five minutes, and six seconds."))
      .toEqual([["two hours, five minutes, and six seconds", 2.085, "h"]]);
    // Los Angeles Times (AP), Boston Marathon 2002: spaces only.
    expect(read("Her winning time Monday was 2 hours 20 minutes 43 seconds, defeating"))
      .toEqual([["2 hours 20 minutes 43 seconds", 2.345278, "h"]]);
    // News and Sentinel Half Marathon 2014: decimal seconds.
    expect(read("covered the 13.1-mile course in 1 hour, 11 minutes and 11.2 seconds."))
      .toEqual([["1 hour, 11 minutes and 11.2 seconds", 1.186444, "h"]]);
    // Aviation India (Tribune), 2018: a delay in two units.
    expect(read("was delayed by two hours and 20 minutes.")).toEqual([["two hours and 20 minutes", 2.333333, "h"]]);
  });

  it("reads 'one second' as the span it is, and glued short units", () => {
    expect(read("crossed the finish line on The Mall in two hours 17 minutes one second, the"))
      .toEqual([["two hours 17 minutes one second", 2.283611, "h"]]);
    expect(read("Kipchoge ran 1hr 59min 40sec in Vienna.")).toEqual([["1hr 59min 40sec", 1.994444, "h"]]);
    // 'a second' stays the ordinal it mostly is: no one-second span.
    expect(read("for a second term")).toEqual([]);
  });

  it("reads the minutes and seconds written short after hours", () => {
    // China Daily (agencies), Beijing Olympic marathon 2008: results-table style.
    expect(read("The 21-year-old timed 2hr 06:32, breaking the 24-year-old Olympic record"))
      .toEqual([["2hr 06:32", 2.108889, "h"]]);
    expect(read("He ran 2h 15m 25s to win the marathon.")).toEqual([["2h 15m 25s", 2.256944, "h"]]);
    expect(read("She finished in 2h 15m.")).toEqual([["2h 15m", 2.25, "h"]]);
    // Not after hours, or not glued, or 60 and more: no minutes.
    expect(read("a 15m wall")).toEqual([]);
    expect(read("for 2h 15 m further")).toEqual([["2h", 2, "h"]]);
    expect(read("for 2h 75m")).toEqual([["2h", 2, "h"]]);
    expect(read("after 2h 12:30 pm")).toEqual([["2h", 2, "h"]]);
    expect(read("for 2 hours 12:30")).toEqual([["2 hours", 2, "h"]]);
  });

  it("joins years and months, weeks and days, days and hours", () => {
    expect(read("He was jailed for three years and six months.")).toEqual([["three years and six months", 3.5, "year"]]);
    expect(read("after a week and three days at sea")).toEqual([["a week and three days", 1.428571, "week"]]);
    expect(read("the search went on for two days and 12 hours")).toEqual([["two days and 12 hours", 2.5, "day"]]);
  });

  it("keeps apart spans that are not parts of one", () => {
    // As many of the smaller unit as make the larger: two spans.
    expect(read("He served five years and 18 months.")).toEqual([["five years", 5, "year"], ["18 months", 18, "month"]]);
    // A larger unit after a smaller one, or one skipped: a list.
    expect(read("for 20 minutes, two hours and a day")).toEqual([["20 minutes", 20, "min"], ["two hours", 2, "h"], ["a day", 1, "day"]]);
    expect(read("three years, six seconds")).toEqual([["three years", 3, "year"], ["six seconds", 6, "s"]]);
    // Words between the parts: each is its own.
    expect(read("for two hours, then 15 minutes more")).toEqual([["two hours", 2, "h"], ["15 minutes", 15, "min"]]);
    // A part that points at a date is no part ('30 minutes later').
    expect(read("for two hours, 30 minutes later")).toEqual([["two hours", 2, "h"]]);
    // A range or a qualified part does not join: 'about 20 minutes' is its own claim.
    expect(read("two hours and about 20 minutes")).toEqual([["two hours", 2, "h"], ["about 20 minutes", 20, "min"]]);
  });

  it("keeps the qualifier of the first part for the whole span", () => {
    const [m] = findDurations("sentenced to more than two years and six months");
    expect([m?.value, m?.qualifier]).toEqual([2.5, "atLeast"]);
  });
});

describe("year-to-date is no span of one year", () => {
  it("reads nothing in 'year-to-date' or 'year to date'", () => {
    // Junior Mining News (MINING.COM), 2019; PMPA, 2012.
    expect(read("On a year-to-date basis production is flat at 2,583 tonnes")).toEqual([]);
    expect(read("slipping to just 102% year to date.")).toEqual([]);
    expect(read("month-to-date sales")).toEqual([]);
  });

  it("still reads a year beside words that are not 'to date'", () => {
    expect(read("a year to the day after the flood")).toEqual([["a year", 1, "year"]]);
    expect(read("in a year to remember")).toEqual([["a year", 1, "year"]]);
  });
});

describe("finishing times without seconds in long races (race-time.ts)", () => {
  it("reads H:MM after a finish said as a time in a sentence naming a marathon", () => {
    expect(read("Ndereba finished in 2:21 at the Boston Marathon.")).toEqual([["2:21", 2.35, "h"]]);
    expect(read("Kosgei clocked 2:14 in the Chicago Marathon.")).toEqual([["2:14", 2.233333, "h"]]);
    expect(read("the marathon course record of 2:10 set in 1985")).toEqual([["2:10", 2.166667, "h"]]);
  });

  it("reads nothing for miles, clock times, splits or times with no race named", () => {
    expect(read("El Guerrouj won the mile in 3:43.")).toEqual([]);
    expect(read("The marathon starts at 7:30 on Sunday.")).toEqual([]);
    expect(read("Three pacemakers clocked 4:35 for the first mile of the marathon.")).toEqual([]);
    expect(read("In the marathon she ran the final mile in 4:40.")).toEqual([]);
    expect(read("The marathon leaders ran the first 5K in 15:20 and halfway in 1:03.")).toEqual([]);
    expect(read("Rop won in 2:09. Okayo set a course record.")).toEqual([]);
    expect(read("the marathon was won in 2:09 p.m. heat")).toEqual([]);
    expect(read("the marathon was won in 2:09 EDT")).toEqual([]);
    // Minutes and seconds behind the winner: no 'in', no finish.
    expect(read("in the marathon, Mutai finished 1:22 behind")).toEqual([]);
  });

  it("gives the day after a race time to the date, the figure to the duration", () => {
    const claims = extractClaims({ id: "a", body: "Rop won the Boston Marathon in 2:09 on Monday.", published: "2002-04-16" });
    const read2 = claims.filter((c) => c.kind === "duration" || c.kind === "date").map((c) => [c.kind, c.text, c.value]);
    expect(read2).toEqual([["duration", "2:09", 2.15], ["date", "on Monday", "2002-04-15"]]);
  });
});
