import { describe, expect, it } from "vitest";
import { extractClaims } from "../../../core/index.js";

// Session 15 (issue 15), X: retired aside11 a11-4, the Mangaf building fire (News9 Live, 12 Jun
// 2024: "10 Indian nationals, five Keralites, were among those killed in the fire"; BBC, 13 Jun:
// "At least 40 Indians are among 50 people killed"): a nationality's count said to be among a
// casualty count is that group of the casualties (killed.indian, as "12 Indians were killed"),
// never a bare count of nationals.

const measure = (body: string, text: string) => extractClaims({ id: "a", body, published: "2024-06-12" }).find((c) => c.text === text)?.subject?.frame?.measure.id;

describe("a nationality's count 'among those killed' is that group of the dead (nationality.ts)", () => {
  it("reads 'among those killed', 'among 50 people killed', 'among the injured' past an aside", () => {
    expect(measure("Fire in Kuwait\n10 Indian nationals, five Keralites, were among those killed in the fire.\nMore.", "10")).toBe("killed.indian");
    expect(measure("Fire in Kuwait\nAt least 40 Indians are among 50 people killed in a fire in Mangaf.\nMore.", "At least 40")).toBe("killed.indian");
    expect(measure("Bus crash\nSix Pakistani nationals were among the injured, police said.\nMore.", "Six")).toBe("injured.pakistani");
  });

  it("leaves a count of nationals among no casualty count a count of nationals", () => {
    expect(measure("Fire in Kuwait\n10 Indian nationals were among the workers living in the building.\nMore.", "10")).toBe("national");
    expect(measure("Evacuation\n196 Dutch citizens were on board the flight.\nMore.", "196")).toBe("national");
    // "killed" in another clause, after the sentence's end, is not what they are among.
    expect(measure("Fire in Kuwait\n10 Indian nationals were among the residents. Police said 41 people were killed.\nMore.", "10")).toBe("national");
  });
});
