import { describe, expect, it } from "vitest";
import { extractClaims } from "../../../core/index.js";

// Session 15 (issue 15), X: retired aside8 a8-18, the Hunstanton sperm whale (Daily Mail copy,
// 22 Jan 2016): "A 45ft sperm whale weighing around 30 tonnes has died" read the length as a toll
// of the dead and the weight as 'weight.killed'.

const claim = (body: string, text: string) => extractClaims({ id: "a", body, published: "2016-01-23" }).find((c) => c.text === text);

describe("a thing's length or weight before a verb of dying is no toll (steps.ts subject.casualty)", () => {
  it("reads no casualty for a length, a weight or a speed", () => {
    const body = "Whale dies on beach\nA 45ft sperm whale weighing around 30 tonnes has died after getting stuck on a beach in Norfolk.\nMore.";
    for (const text of ["45ft", "around 30 tonnes"]) {
      const c = claim(body, text);
      expect(c, text).toBeDefined();
      expect(c?.subject?.head, text).not.toBe("killed");
      expect(c?.subject?.frame?.measure.id ?? "", text).not.toMatch(/killed/);
    }
    const lorry = claim("Crash on the M6\nA lorry travelling at 90 km/h killed two people on the M6.\nMore.", "90 km/h");
    expect(lorry?.subject?.frame?.measure.id ?? "").not.toMatch(/killed/);
  });

  it("still reads a count of people (no unit, or people) as a toll", () => {
    expect(claim("Fire in Bangkok\nThe fire killed 59 people at the pub.\nMore.", "59")?.subject?.frame?.measure.id).toBe("killed");
    expect(claim("Quake\nAt least 12 have died after the quake struck.\nMore.", "At least 12")?.subject?.frame?.measure.id).toBe("killed");
  });
});
