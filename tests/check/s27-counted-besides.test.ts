import { describe, expect, it } from "vitest";
import { article, internalFindings } from "./support.js";

/**
 * Session 27: two counts told one beside the other, across "while" or into a sentence opening
 * "Additionally", that add up exactly to the toll the report gives are its parts (after reports on
 * a Guatemala City bus plunge, 2025, and the Wayanad landslides, 2024).
 */
const findings = (body: string) => internalFindings(article("r", body, "2025-02-11"));

const lead = "A bus plunged into a ravine beneath the Belize Bridge in Guatemala City, killing at least 55 and injuring many others\n\nGuatemala: A bus accident in Guatemala killed at least 55 people when it veered off a highway bridge into a polluted ravine in the city early on Monday. ";

describe("counts told one beside the other", () => {
  it("are parts of the toll they add up to, across 'while'", () => {
    expect(findings(`${lead}The officials reported that 53 dead bodies were recovered while two passengers died at the San Juan de Dios Hospital.`)).toEqual([]);
  });
  it("are parts of the toll they add up to, into a sentence opening 'Additionally'", () => {
    const wayanad = "Landslides hit Wayanad district early on Tuesday, leaving at least 45 persons dead.\n\nAccording to the district collector, the latest toll stood at 45. In connection with the landslide in Chooralmala she confirmed that 36 deaths have been reported.";
    expect(findings(`${wayanad} Additionally, nine bodies swept away by the Chaliyar River were recovered in Malappuram.`)).toEqual([]);
    expect(findings(`${wayanad} Additionally, seven bodies swept away by the Chaliyar River were recovered in Malappuram.`).length).toBeGreaterThan(0);
  });
  it("still contradict the toll when they do not add up to it", () => {
    expect(findings(`${lead}The officials reported that 51 dead bodies were recovered while two passengers died at the San Juan de Dios Hospital.`).length).toBeGreaterThan(0);
  });
});

describe("a clause opening with the whole, then its part", () => {
  const tainan = (opening: string) => `An earthquake hit southern Taiwan on Feb. 6, collapsing nine buildings and killing 38 people. The quake caused the collapse of a 16-story residential building – ${opening} 36 were killed inside that apartment complex.`;
  it("makes the figure after it a part, after a dash", () => {
    expect(findings(tainan("of the 38 confirmed dead,"))).toEqual([]);
  });
  it("is needed: without it the two counts are compared", () => {
    expect(findings(tainan("officials said")).length).toBeGreaterThan(0);
  });
});
