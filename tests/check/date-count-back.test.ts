import { describe, expect, it } from "vitest";
import { withinCountBack } from "../../core/check/time.js";

describe("a date counted back from the report's day is as exact as its smallest unit", () => {
  it("meets a date within one of that unit", () => {
    expect(withinCountBack({ text: "two years and four months ago", value: "2013-05" }, { text: "April 2013", value: "2013-04" })).toBe(true);
    expect(withinCountBack({ text: "April 2013", value: "2013-04" }, { text: "two years and four months ago", value: "2013-05" })).toBe(true);
    expect(withinCountBack({ text: "three weeks ago", value: "2024-03-04" }, { text: "March 9", value: "2024-03-09" })).toBe(true);
  });
  it("does not meet a date further off, and does nothing for two dates written as dates", () => {
    expect(withinCountBack({ text: "two years and four months ago", value: "2013-05" }, { text: "January 2013", value: "2013-01" })).toBe(false);
    expect(withinCountBack({ text: "three days ago", value: "2024-03-04" }, { text: "March 9", value: "2024-03-09" })).toBe(false);
    expect(withinCountBack({ text: "May 2013", value: "2013-05" }, { text: "April 2013", value: "2013-04" })).toBe(false);
  });
});
