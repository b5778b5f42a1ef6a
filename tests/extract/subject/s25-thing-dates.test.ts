import { describe, expect, it } from "vitest";
import { extractClaims } from "../../../core/index.js";

/**
 * Session 25: when a made thing was finished, told with "it" and "not ... until", and the day an
 * event is named by ("the Bam earthquake of December 26, 2003"). After real pages (Hoover Dam,
 * 2020; Canton Tower, 2018).
 */
const claimOf = (body: string, text: string) => extractClaims({ id: "a", body, published: "2020-11-04" }).find((c) => c.text === text);

describe("a thing finished 'not until' a date", () => {
  const body = "Hoover Dam History\n\nThe Hoover Dam is located outside of Las Vegas, Nevada.  They started building it in 1931 and it was not completed until 1935.";
  it("is the pointed thing's completion, asserted, named without its headline", () => {
    const until = claimOf(body, "until 1935");
    expect(until?.subject?.frame?.measure.id).toBe("date.completion");
    expect(until?.subject?.frame?.scope.map((e) => e.id)).toEqual(["hoover-dam"]);
    expect(until?.modality).toBe("asserted");
  });
  it("while a thing not completed in a year is no completion then", () => {
    const not = claimOf("The Hoover Dam is located outside of Las Vegas. It was not completed in 1935.", "1935");
    expect(not?.subject?.frame?.measure.id).not.toBe("date.completion");
  });
  it("reads 'It is completed in' as 'It was completed in'", () => {
    const body2 = "Guangzhou Tower is subordinate to Guangzhou City Investment Group. It is completed in September 2009.";
    expect(claimOf(body2, "September 2009")?.subject?.frame?.measure.id).toBe("date.completion");
  });
});

describe("an event named by its day", () => {
  it("dates the event: 'the Bam earthquake of December 26, 2003'", () => {
    const toll = claimOf("The Bam earthquake of December 26, 2003 killed 31,884 people, according to the government.", "31,884");
    expect(toll?.subject?.frame?.event?.date).toBe("2003-12-26");
  });
  it("but a day after another word is not the event's", () => {
    const toll = claimOf("The Bam earthquake killed 31,884 people, according to a report of December 26, 2004.", "31,884");
    expect(toll?.subject?.frame?.event?.date).toBeUndefined();
  });
});

describe("a measure restated with 'or' before its dimension's word", () => {
  const body = "Hoover Dam facts\n\nHoover Dam’s construction began in 1931.\nThe Hoover Dam is 726 feet or 221 meters high.\nHoover Dam is 1,244 feet or 379 meters long.";
  const measureOf = (text: string) => claimOf(body, text)?.subject?.frame?.measure.id;
  it("is the dimension both figures give: '726 feet or 221 meters high' is a height", () => {
    expect([measureOf("726 feet"), measureOf("221 meters")]).toEqual(["height", "height"]);
    expect([measureOf("1,244 feet"), measureOf("379 meters")]).toEqual(["length", "length"]);
  });
  it("while 'or' before a word that is no unit restates nothing", () => {
    expect(claimOf("The Hoover Dam is 726 feet or more high above the river bed.", "726 feet")?.subject?.frame?.measure.id).not.toBe("height");
  });
});

describe("a part's noun before the verb of a length", () => {
  it("names the measure: 'Its central span extends 520 meters' is a span, not the thing's length", () => {
    const body = "The Baluarte Bridge rises to a height of 394 meters.\n\nIt is 1,124 meters long and four lanes wide. Its central span extends 520 meters.";
    expect(claimOf(body, "520 meters")?.subject?.frame?.measure.id).toBe("span");
    expect(claimOf(body, "1,124 meters")?.subject?.frame?.measure.id).toBe("length");
  });
});
