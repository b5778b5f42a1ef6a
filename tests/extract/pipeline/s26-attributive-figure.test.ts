import { describe, expect, it } from "vitest";
import { extractClaims } from "../../../core/index.js";

/**
 * Session 26: a figure written as a compound before the noun of a definite phrase is presupposed,
 * so a modal verb of its clause does not make it hypothetical ("the 150-year-old structure could
 * take the weight of only about 125 people", after a report of the 2022 Morbi bridge collapse);
 * an indefinite one ("a 30-mile strip would be created") stays under the modal.
 */
const modalityOf = (body: string, text: string) => extractClaims({ id: "a", body, published: "2022-10-31" }).find((c) => c.text === text)?.modality;

describe("a compound figure of a definite noun under a modal verb", () => {
  it("is asserted", () => {
    expect(modalityOf("Though, the 150-year-old structure could take the weight of only about 125 people.", "150-year-old")).toBe("asserted");
    expect(modalityOf("Experts say the bridge's 765-metre span might not survive another flood.", "765-metre")).toBe("asserted");
  });
  it("leaves the modal's own figures and an indefinite compound hypothetical", () => {
    expect(modalityOf("Though, the 150-year-old structure could take the weight of only about 125 people.", "about 125")).toBe("hypothetical");
    expect(modalityOf("A 30-mile strip would be created along the border.", "30-mile")).toBe("hypothetical");
    expect(modalityOf("If the 24-storey tower falls, the street will be closed.", "24-storey")).toBe("hypothetical");
  });
});
