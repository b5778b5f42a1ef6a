import { describe, expect, it } from "vitest";
import { retelling } from "../../core/check/frame/retold.js";
import type { Claim } from "../../core/model.js";

function toll(value: number, asOf: string, eventDate?: string): Claim {
  return {
    id: `${value}-${asOf}`, articleId: asOf, kind: "quantity", text: String(value), start: 0, end: 1, value, qualifier: "exact", modality: "asserted", rules: [], asOf,
    subject: { key: "killed", text: "killed", head: "killed", frame: { measure: { id: "killed", text: "killed" }, scope: [], ...(eventDate ? { event: { id: "flood", text: "the floods", date: eventDate } } : {}) } },
  };
}

describe("reports of a dated event, by how long after it they were written", () => {
  it("takes two reports a year or more after the event for two settled figures", () => {
    expect(retelling(toll(1_230, "2012-06-01", "2010-08"), toll(1_260, "2019-08-01", "2010-08"))).toEqual({ kind: "settled", event: "August 2010" });
  });
  it("takes a report within a month and one long after for an early count superseded", () => {
    const early = toll(40, "2021-03-05", "2021-03-02");
    const late = toll(52, "2021-09-30");
    expect(retelling(late, early)).toMatchObject({ kind: "superseded", early, late });
  });
  it("says nothing of two reports of the same weeks, or of an undated event", () => {
    expect(retelling(toll(40, "2021-03-05", "2021-03-02"), toll(44, "2021-03-09", "2021-03-02"))).toBeUndefined();
    expect(retelling(toll(40, "2021-03-05"), toll(52, "2023-03-05"))).toBeUndefined();
  });
});
