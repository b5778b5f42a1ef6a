import { describe, expect, it } from "vitest";
import { tellsOtherEvent } from "../../../core/extract/subject/story-names-step.js";

describe("tellsOtherEvent (asked of each count's sentence, and first of the sentence as written)", () => {
  it("tells a sentence about another event", () => {
    expect(tellsOtherEvent("In another attack on Tuesday, 12 people were killed.")).toBe(true);
    expect(tellsOtherEvent("A similar crush two years ago killed 21.")).toBe(true);
    expect(tellsOtherEvent("Another four people were injured in a second blast.")).toBe(true);
  });

  it("reads more of the story's count as no other event, and a sentence without such words at once", () => {
    expect(tellsOtherEvent("Another 20 were injured, officials said.")).toBe(false);
    expect(tellsOtherEvent("with another four people yet to be located")).toBe(false);
    expect(tellsOtherEvent("Rescuers searched the rubble on Monday.")).toBe(false);
    // The Crocus City Hall toll a week on (BNN Breaking, 30 March 2024).
    expect(tellsOtherEvent("The death toll has tragically risen to 140 this week after another victim succumbed to injuries in the hospital.")).toBe(false);
  });

  it("still reads another event after one more of the count", () => {
    expect(tellsOtherEvent("Another victim was found after another attack on the village.")).toBe(true);
  });
});
