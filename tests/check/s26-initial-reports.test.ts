import { describe, expect, it } from "vitest";
import { marksSuperseded } from "../../core/check/rules/revision.js";

/**
 * Session 26: "Initial radio reports said 25 died" (AP, a 2001 Peru bus plunge, beside the police's
 * 24) tells a first count the story has moved on from; "Initial reports indicated the car bombing
 * took place near the hospital" (a 2015 Kabul story) gives no figure and sets none aside.
 */
describe("a figure given by initial reports", () => {
  it("is set aside when the initial reports give it", () => {
    expect(marksSuperseded("Initial radio reports\n   said 25 died and 20 were injured.")).toBe(true);
    expect(marksSuperseded("Early reports put the toll at 1,200.")).toBe(true);
  });
  it("sets nothing aside when they give no figure", () => {
    expect(marksSuperseded("Initial reports indicated the car bombing took place near the private Shinozada hospital.")).toBe(false);
  });
});
