import { describe, expect, it } from "vitest";
import { extractClaims } from "../../../core/index.js";
import type { Claim } from "../../../core/model.js";

/** The measure of the date claim written `words` in `body`, or null when it has no frame. */
function measureOf(body: string, words: string, published = "2025-02-17"): string | null {
  return extractClaims({ id: "t", body, published }).find((c: Claim) => c.kind === "date" && c.text === words)?.subject?.frame?.measure.id ?? null;
}

describe("a death noun after words of remembrance (life-dates.ts)", () => {
  it("reads no death from 'the death of X on DATE' after words of remembrance: the date may be the remembrance's", () => {
    expect(measureOf("Supporters marked a year since the death of Alexei Navalny on February 16, 2025.", "February 16, 2025")).toBeNull();
    expect(measureOf("Rallies in memory of the death of Alexei Navalny on February 16 were held across the US.", "February 16")).toBeNull();
    expect(measureOf("Thousands commemorated the assassination of Benazir Bhutto on December 27, 2008 in Rawalpindi.", "December 27, 2008")).toBeNull();
  });
  it("still reads the death of a plain 'the death of X on DATE'", () => {
    expect(measureOf("The death of Alexei Navalny on 16 February 2024 marks a chilling milestone.", "16 February 2024")).toBe("date.death");
    expect(measureOf("Protests erupted after the death of Mahsa Amini on September 16.", "September 16", "2022-10-01")).toBe("date.death");
    // A verb's clause dates itself after 'years after' (Hindustan Times on the Munger Ganga bridge, 2021).
    const munger = "The double-decker road and railway bridge over Ganga river in Bihar’s Munger district, whose inauguration scheduled for Saturday by union minister for road transport Nitin Gadkari was suddenly postponed on Friday evening, will now be formally opened up after January 15 next year, 20 years after its foundation stone was laid in 2002.\n\nState’s road construction minister Nitin Nabin said the bridge would formally be inaugurated after January 15.";
    expect(measureOf(munger, "2002", "2021-12-25")).toBe("date.foundation-stone");
  });
});
