import { describe, expect, it } from "vitest";
import { extractClaims } from "../../../core/index.js";
import { checkInOrder } from "../../check/in-order.js";

/**
 * Session 24: a part of the day a report times its event with and no date beside it ("the
 * accident occurred in the afternoon", "the fire broke out shortly before midnight") is the
 * event's time, on the day the report tells it, as a clock there is (dates/part-of-day-alone.ts).
 * After the Eseka derailment reports (Cameroon, 21 October 2016): "around 11 a.m." and "in the afternoon".
 */
const report = (id: string, when: string) => ({
  id, published: "2016-10-22",
  body: `Cameroon train derailment kills 53\n\nA passenger train derailed near Eseka on Friday, killing at least 53 people. The accident occurred ${when}, officials said.`,
});
const timeOf = (when: string) => extractClaims(report("a", when)).find((c) => c.kind === "date" && c.text === when);

describe("a part of the day alone", () => {
  it("times the event on the day its report tells", () => {
    expect(timeOf("in the afternoon")).toMatchObject({ value: "2016-10-21", time: { low: 720, high: 1110, precision: "part", day: "lead" } });
    expect(timeOf("shortly before midnight")?.time).toMatchObject({ low: 1400, high: 1440 });
  });
  it("is nothing in a clause that tells no happening", () => {
    const claims = extractClaims({ id: "a", published: "2016-10-22", body: "Train derailment kills 53\n\nA train derailed near Eseka on Friday, killing 53 people. Residents were asleep at night." });
    expect(claims.some((c) => c.text === "at night")).toBe(false);
  });
  it("disagrees with a clock of another part of the day in another report, and agrees with one inside it", () => {
    const dates = (a: string, b: string) => checkInOrder(report("a", a), report("b", b)).filter((f) => f.kind === "date-conflict");
    expect(dates("around 11 a.m.", "in the afternoon").map((f) => f.claims.map((c) => c.text).sort())).toEqual([["around 11 a.m.", "in the afternoon"]]);
    expect(dates("around 2 p.m.", "in the afternoon")).toEqual([]);
  });
});
