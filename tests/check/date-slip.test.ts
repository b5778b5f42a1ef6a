import { describe, expect, it } from "vitest";
import { sameThing } from "../../core/check/same-thing.js";
import type { Claim } from "../../core/model.js";
import { article, claimOn } from "./support.js";

const doc = article("q", "The quake struck on 14 August 2021. The quake of 12 January 2010 was worse. A quake on 14 August 2012 is also recalled. Another quake struck on 14 September 2021.");

function quakeOn(text: string, value: string): Claim {
  return claimOn(doc, { text, value, subject: { key: "date", text: "quake", head: "date", frame: { measure: { id: "date.occurred", text: "quake" }, scope: [{ kind: "place", id: "haiti", text: "Haiti" }], event: { id: "earthquake", text: "quake" } } } });
}

describe("two dates of one class of event in one story", () => {
  const august2021 = quakeOn("14 August 2021", "2021-08-14");
  it("are two events when they differ in year, month and day", () => {
    expect(sameThing(august2021, quakeOn("12 January 2010", "2010-01-12"))).toBeNull();
  });
  it("are one event misdated when they differ in one field only (a slip of the year or the month)", () => {
    expect(sameThing(august2021, quakeOn("14 August 2012", "2012-08-14"))?.strength).toBe("strong");
    expect(sameThing(august2021, quakeOn("14 September 2021", "2021-09-14"))?.strength).toBe("strong");
  });
});
