import { describe, expect, it } from "vitest";
import type { Claim } from "../../core/model.js";
import { zonedDayApart } from "../../core/check/rules/date-zones.js";
import { countedApart } from "../../core/check/rules/date-another.js";

/**
 * Session 26: two dates of one happening that a zone or a count explains. After real reports
 * (Tangerang prison fire, Reuters, September 2021: "at about 2 am (1700 GMT on Tuesday)"; Khoy,
 * Iran, UNI, January 2023: "This was the province's second major earthquake in two weeks").
 */
describe("a day told in GMT or UTC", () => {
  it("one day from a local day is one day in two zones", () => {
    expect(zonedDayApart({ text: "at about 2 am (1700 GMT on Tuesday)", value: "2021-09-07" }, { text: "Wednesday", value: "2021-09-08" })).toBe(true);
  });
  it("but two local days apart, or two days apart, still differ", () => {
    expect(zonedDayApart({ text: "Tuesday", value: "2021-09-07" }, { text: "Wednesday", value: "2021-09-08" })).toBe(false);
    expect(zonedDayApart({ text: "1700 GMT on Monday", value: "2021-09-06" }, { text: "Wednesday", value: "2021-09-08" })).toBe(false);
  });
});

const body = "An earthquake jolted West Azarbaijan province on Saturday night. The quake occurred at 9:44 p.m. local time. This was the province's second major earthquake in two weeks. A 5.4-magnitude quake struck Khoy County on Jan. 19.";
const claimAt = (text: string, id: string): Claim => {
  const start = body.indexOf(text);
  const sentenceStart = body.lastIndexOf(". ", start) + 2;
  const end = body.indexOf(".", start + text.length - 1);
  return { id, articleId: "a", text, start, end: start + text.length, sentence: { start: sentenceStart, end } } as unknown as Claim;
};

describe("a count between two dates' sentences", () => {
  it("tells two happenings", () => {
    expect(countedApart(claimAt("Saturday night", "x"), claimAt("Jan. 19", "y"), body)).toBe(true);
  });
  it("not when no count is told", () => {
    const plain = body.replace("second major earthquake", "worst earthquake");
    expect(countedApart(claimAt("Saturday night", "x"), claimAt("Jan. 19", "y"), plain)).toBe(false);
  });
});
