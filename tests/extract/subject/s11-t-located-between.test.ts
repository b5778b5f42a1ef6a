import { describe, expect, it } from "vitest";
import { extractClaims } from "../../../core/index.js";
import type { Claim } from "../../../core/model.js";

function frameOf(body: string, words: string): { measure: string; scope: string[] } | undefined {
  const frame = extractClaims({ id: "t", body, published: "2023-04-24" }).find((c: Claim) => c.text === words)?.subject?.frame;
  return frame ? { measure: frame.measure.id, scope: frame.scope.map((e) => e.id) } : undefined;
}

describe("a distance told of what lies between two places, from a city named past its demonym and kind", () => {
  it("locates the sentence's subject, not the second place of 'between', from the city's name", () => {
    const body = "Lampedusa is located between Sicily and North Africa, around 190 kilometres from the Tunisian coastal city of Sfax.";
    expect(frameOf(body, "around 190 kilometres")).toEqual({ measure: "distance.from-sfax", scope: ["lampedusa"] });
  });
  it("gives nothing when no subject is said to lie between", () => {
    const body = "Boats leave the coast between Sicily and North Africa, around 190 kilometres from the Tunisian coastal city of Sfax.";
    expect(frameOf(body, "around 190 kilometres")?.scope ?? []).not.toContain("north-africa");
  });
});

describe("a distance of a thing placed on a river", () => {
  it("locates the thing before 'on the <river>,', not the river", () => {
    const body = "Indian engineers watch overflowing Sardar Sarovar dam, on the Narmada river, about 200 kilometers (125 miles) from Ahmadabad, India.";
    expect(frameOf(body, "about 200 kilometers")).toEqual({ measure: "distance.from-ahmadabad", scope: ["sardar-sarovar"] });
  });
  it("gives the river nothing when no thing stands before it", () => {
    const body = "The boat capsized on the Narmada river, about 200 kilometers from Ahmadabad.";
    expect(frameOf(body, "about 200 kilometers")?.scope ?? []).not.toContain("narmada");
  });
});
