import { describe, expect, it } from "vitest";
import { extractClaims } from "../../../core/index.js";

/**
 * Session 21: counts of people as outlets write them, read into the measure another outlet's
 * words give the same count (after the Peshawar school attack, 2014; the Kozhikode landing, 2020;
 * the Eastern Star capsizing, 2015; the Plasco building, 2017), each shown with a sentence that
 * must stay apart.
 */
const measureOf = (body: string, text: string): string | undefined =>
  extractClaims({ id: "a", body, published: "2020-08-07" }).find((c) => c.kind === "quantity" && c.text.startsWith(text))?.subject?.frame?.measure.id;

describe("counts of people read into one measure", () => {
  it("reads 'martyred' as killed", () => {
    expect(measureOf("Terrorists attacked the school and martyred 144 children including their teachers in 2014.", "144")).toBe("killed.child");
  });
  it("reads a bare count 'onboard' as everyone aboard", () => {
    expect(measureOf("An Air India Express aircraft from Dubai with 191 onboard crashed after overshooting the runway.", "191")).toBe("aboard");
  });
  it("reads 'There were 456 passengers on the boat' as everyone aboard, and passengers in a bus who were hurt as no such count", () => {
    expect(measureOf("The storm flipped the boat over in minutes. There were 456 passengers on the boat.", "456")).toBe("aboard");
    expect(measureOf("The storm flipped the bus over. Twelve passengers in the bus were injured.", "Twelve")).not.toBe("aboard");
  });
  it("reads what the counted people were doing between the count and its verb ('50 firefighters battling the blaze were killed')", () => {
    expect(measureOf("At least 50 firefighters battling the blaze were killed when the building collapsed.", "At least 50")).toBe("killed.firefighter");
    expect(measureOf("At least 20 firefighters were confirmed dead.", "At least 20")).toBe("killed.firefighter");
    // A clause word ends the stretch: the verb is no longer the count's.
    expect(measureOf("Some 30 people living near the plant that was killed off by the storm moved away.", "Some 30") ?? "").not.toMatch(/^killed/u);
  });
});

describe("an ordinal before a superlative ranks a place, it tells no second event", () => {
  const lead = "Earthquake: more than 2,000 dead\n\nA powerful earthquake struck late on Friday. ";
  it("reads the quake's distance from 'Marrakesh, Morocco's fourth largest city' and 'Guayaquil, Ecuador's second-largest city'", () => {
    expect(measureOf(`${lead}The epicentre was 75km (44 miles) from Marrakesh, Morocco’s fourth largest city.`, "75km")).toBe("distance.from-marrakesh");
    expect(measureOf(`${lead}The quake struck about 50 miles (80 kilometers) south of Guayaquil, Ecuador’s second-largest city.`, "about 50 miles")).toBe("distance.from-guayaquil");
  });
  it("reads no distance of 'the second quake': one of several events", () => {
    expect(measureOf(`${lead}The second quake struck 40 km from Guayaquil.`, "40 km")).toBeUndefined();
  });
});
