import { describe, expect, it } from "vitest";
import { misnamedWeekday, namedWeekday, weekdayOf } from "../../core/check/rules/date-weekday.js";
import type { Claim } from "../../core/model.js";
import { article } from "./support.js";
import { dateConflicts } from "./date-conflicts.js";

const dated = (text: string, value: string) => ({ text, value }) as Claim;

describe("date-weekday.ts: one day named as two weekdays", () => {
  it("reads the weekday of words and of a calendar day", () => {
    expect(namedWeekday("Sunday, October 11")).toBe(0);
    expect(namedWeekday("early Thursday March 31")).toBe(4);
    expect(namedWeekday("October 11")).toBeNull();
    expect(weekdayOf("2021-10-11")).toBe(1);
    expect(weekdayOf("2021-10")).toBeNull();
  });
  it("points at the date whose weekday does not fall on its day, when the other's does", () => {
    const sunday = dated("Sunday, October 11", "2021-10-11");
    expect(misnamedWeekday(sunday, dated("Monday afternoon", "2021-10-11"))).toBe(sunday);
    expect(misnamedWeekday(dated("Thursday March 31", "2022-03-31"), dated("Friday, March 31", "2022-03-31"))?.text).toBe("Friday, March 31");
  });
  it("says nothing when the days differ, a date names no weekday, both weekdays fit, or neither does (a year guessed wrong)", () => {
    expect(misnamedWeekday(dated("Sunday, October 10", "2021-10-10"), dated("Monday", "2021-10-11"))).toBeNull();
    expect(misnamedWeekday(dated("Sunday, October 11", "2021-10-11"), dated("October 11", "2021-10-11"))).toBeNull();
    expect(misnamedWeekday(dated("Monday, October 11", "2021-10-11"), dated("Monday afternoon", "2021-10-11"))).toBeNull();
    expect(misnamedWeekday(dated("Sunday, October 11", "2021-10-11"), dated("Saturday, October 11", "2021-10-11"))).toBeNull();
  });
});

// Republic World's two pieces on Nedumudi Venu's death (12 October 2021): he died on Monday 11 October 2021.
const CREMATED = "Veteran Malayalam actor Nedumudi Venu breathed his last on Sunday, October 11 after complaining of uneasiness post-COVID recovery. People in large numbers gathered at the final rites of the veteran actor in the state capital.";
const TRIBUTE = "Celebrated Veteran actor Nedumudi Venu breathed his last on Monday, October 11 at a private hospital in Kerala. Known for his trailblazing performances in Malayalam films, the 73-year-old passed away shortly after complaining of uneasiness on Sunday.";

describe("date-conflict of one death's day named as two weekdays", () => {
  it("reports 'Sunday, October 11' against 'Monday, October 11' of one death", () => {
    const found = dateConflicts(article("cremated", CREMATED, "2021-10-12", "Republic World"), article("tribute", TRIBUTE, "2021-10-12", "Republic World (second piece)"));
    expect(found).toEqual(["Monday, October 11 | Sunday, October 11"]);
  });
  it("reports nothing when both name the weekday the day falls on", () => {
    const right = CREMATED.replace("Sunday, October 11", "Monday, October 11");
    expect(dateConflicts(article("cremated", right, "2021-10-12", "Republic World"), article("tribute", TRIBUTE, "2021-10-12", "Republic World (second piece)"))).toEqual([]);
  });
});
