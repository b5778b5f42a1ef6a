import { describe, expect, it } from "vitest";
import { extractClaims } from "../../../core/index.js";
import type { Claim, Frame } from "../../../core/model.js";

/** The frame of the date claim written `words` in `body`. */
function frameOf(body: string, words: string, published = "2019-07-20"): Frame | undefined {
  return extractClaims({ id: "t", body, published }).find((c: Claim) => c.kind === "date" && c.text === words)?.subject?.frame;
}

describe("a first's date only where the date opens the sentence or follows 'on'/'in' after the deed (first-dates.ts, s16 H2)", () => {
  it("dates the first after the deed and when the date opens the sentence", () => {
    expect(frameOf("Neil Armstrong became the first man to walk on the moon on July 21, 1969.", "July 21, 1969")?.measure.id).toBe("date.first");
    expect(frameOf("On July 20, 1969, Neil Armstrong became the first man to walk on the moon.", "July 20, 1969")?.measure.id).toBe("date.first");
    expect(frameOf("Junko Tabei became the first woman to reach the summit of Mount Everest in May 1975.", "May 1975")?.event?.id).toBe("first-woman-summit");
  });
  it("does not date the first by a date elsewhere in its sentence", () => {
    expect(frameOf("Neil Armstrong, who died in 2012, became the first man to walk on the moon.", "2012")?.measure.id).not.toBe("date.first");
    expect(frameOf("By July 1969 Neil Armstrong had become the first man to walk on the moon.", "July 1969")?.measure.id).not.toBe("date.first");
  });
});
