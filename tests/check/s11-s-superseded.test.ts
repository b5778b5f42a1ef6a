import { describe, expect, it } from "vitest";
import { marksSuperseded } from "../../core/check/rules/revision.js";

// Dawn (AFP), 12 September 2012, on the Karachi factory fire (dawn.com/news/748879), and shaped after it.
describe("a figure a source gave earlier, told as the one the story moved on from (data/revision-words.ts)", () => {
  it("marks a paragraph saying what police or officials earlier said", () => {
    expect(marksSuperseded("The death toll was revised sharply upwards after police earlier said the fire, which erupted late Tuesday, had killed nine workers.")).toBe(true);
    expect(marksSuperseded("Officials had earlier put the toll at 40.")).toBe(true);
  });
  it("does not mark 'earlier' of when something happened", () => {
    expect(marksSuperseded("The fire erupted earlier on Tuesday and killed 289 workers, police said.")).toBe(false);
    expect(marksSuperseded("At least 23 people were killed in a fire at a shoe factory in Lahore earlier in the day.")).toBe(false);
  });
});

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
