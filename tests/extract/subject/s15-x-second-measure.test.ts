import { describe, expect, it } from "vitest";
import { isAddition } from "../../../core/check/frame/addition.js";
import { SECOND_MEASURE } from "../../../core/extract/subject/part-of-people.js";
import { article, claimOn } from "../../check/support.js";

// Santika pub fire headline (Wikinews, 1 Jan 2009): "New Year fire kills at least 59, injures 212 more at Bangkok pub".
describe("'N more' after a verb of another casualty measure is that measure's whole count (part-of-people.ts SECOND_MEASURE)", () => {
  it("reads the second verb in any tense, joined by 'and' or a comma", () => {
    for (const before of ["kills at least 59, injures ", "killing 59 and wounding about ", "killed 59 and wounded ", "kills 12; hurts ", "59 dead, injuring at least "]) {
      expect(SECOND_MEASURE.test(before), before).toBe(true);
    }
    const body = "New Year fire kills at least 59, injures 212 more at Bangkok pub. A bomb killed 12 and wounds 40 more in Kabul.";
    const doc = article("santika", body);
    expect(isAddition(claimOn(doc, { text: "212", value: 212 }), body)).toBe(false);
    expect(isAddition(claimOn(doc, { text: "40", value: 40 }), body)).toBe(false);
  });

  it("still reads 'N more' of the same or no verb as added to the count before it", () => {
    for (const before of ["The toll rose to 31 after ", "59 were killed and ", "killed 59, and police said "]) {
      expect(SECOND_MEASURE.test(before), before).toBe(false);
    }
    const body = "The toll rose to 31 after four more people died. Nine were killed and 12 more died in hospital.";
    const doc = article("more", body);
    expect(isAddition(claimOn(doc, { text: "four", value: 4 }), body)).toBe(true);
    expect(isAddition(claimOn(doc, { text: "12", value: 12 }), body)).toBe(true);
  });
});
