import { describe, expect, it } from "vitest";
import { extractClaims } from "../../../core/index.js";
import type { Claim } from "../../../core/model.js";

function measureOf(body: string, words: string): string | undefined {
  return extractClaims({ id: "t", body, published: "2018-10-20" }).find((c: Claim) => c.text === words)?.subject?.frame?.measure.id;
}

describe("a sum paid to a disaster's victims: who receives it and who pays", () => {
  const amritsar = "Prime Minister Narendra Modi on Friday approved ex-gratia payment of Rs 2 lakh for the families of those killed in Amritsar train tragedy. He has also announced a compensation of Rs 50,000 for the injured.\n\nPunjab Chief Minister Captain Amarinder Singh announced an ex-gratia compensation of Rs. 5 lakh each to the next of kin of the deceased.";
  it("reads the Centre's and the state's payments to the kin of the dead as two measures", () => {
    expect(measureOf(amritsar, "Rs 2 lakh")).toBe("compensation.killed.centre");
    expect(measureOf(amritsar, "Rs. 5 lakh")).toBe("compensation.killed.state");
  });
  it("takes the payer of a pronoun from the sentence before, and the injured as their own recipients", () => {
    expect(measureOf(amritsar, "Rs 50,000")).toBe("compensation.injured.centre");
  });
  it("ends a recipient at the next sum, and keeps the seriously injured apart", () => {
    const howrah = "Railway Minister Piyush Goyal on Tuesday announced an ex-gratia of Rs 5 lakh to the family of those killed and Rs 1 lakh to those injured in a stampede. Goyal said Railways would give Rs 1 lakh to the grievously injured.";
    expect(measureOf(howrah, "Rs 5 lakh")).toBe("compensation.killed.railways");
    expect(measureOf(howrah, "Rs 1 lakh")).toBe("compensation.injured.railways");
  });
  it("gives nothing without a payer or a recipient named", () => {
    expect(measureOf("The families received compensation of Rs 5 lakh each to the kin of the deceased.", "Rs 5 lakh")).toBeUndefined();
    expect(String(measureOf("The Prime Minister announced a relief package of Rs 500 crore for the state.", "Rs 500 crore"))).not.toMatch(/^compensation/);
  });
});
