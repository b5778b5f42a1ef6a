import { describe, expect, it } from "vitest";
import { extractClaims } from "../../../core/index.js";
import type { Claim } from "../../../core/model.js";
import { lowercaseKind } from "../../../core/extract/subject/named-kind.js";
import { lowercaseKindNames } from "../../../core/extract/subject/kind-names.js";

/** The frame of the claim written `words` in `body`: measure class and scope ids, or undefined with no frame. */
function frameOf(body: string, words: string, published = "2011-03-21"): { measure: string; scope: string[] } | undefined {
  const frame = extractClaims({ id: "t", body, published }).find((c: Claim) => c.text === words)?.subject?.frame;
  return frame ? { measure: frame.measure.id, scope: frame.scope.map((e) => e.id) } : undefined;
}
const measureOf = (body: string, words: string) => frameOf(body, words)?.measure;

// Round 2 of issue 15: two reports' frames of one count differed in class only by how the count was told.
describe("one count told two ways is one measure", () => {
  it("reads 'listed as' and 'reported' before a status as the status (AFP's 'officially listed as missing', Kyodo's 'reported missing')", () => {
    expect(measureOf("The national police agency said 8,649 people had been confirmed dead and 13,262 officially listed as missing.", "13,262")).toBe("missing");
    expect(measureOf("Official figures stated that 69,197 were confirmed dead and 374,176 injured, with 18,222 listed as missing.", "18,222")).toBe("missing");
    expect(measureOf("In Haiti, 300 people were listed as dead.", "300")).toBe("killed");
    expect(measureOf("The number of people reported missing by their relatives climbed to 12,654 in six prefectures.", "12,654")).toBe("missing");
    expect(measureOf("The number of confirmed dead rose to 40.", "40")).toBe("killed");
  });
  it("gives a participle before no status no class of the status ('listed as suspects')", () => {
    expect(measureOf("Police said some 200 listed as suspects had left the country.", "some 200")).toBeUndefined();
    expect(measureOf("Some 200 companies listed as exporters were fined.", "Some 200")).not.toBe("missing");
  });
  it("reads 'took N children and adults hostage' as hostages, all of them, no group of children", () => {
    expect(frameOf("On September 1, 2004, armed Chechen rebels took approximately 1,200 children and adults hostage at a school in Beslan.", "approximately 1,200")?.measure).toBe("hostage");
    expect(measureOf("A Chechen battalion took over the school and 1,900 hostages.", "1,900")).toBe("hostage");
  });
  it("keeps 'women and children' a group of the count (the men are left out)", () => {
    expect(measureOf("Thirty women and children were injured in the shelling.", "Thirty")).toBe("injured.woman");
  });
  it("reads 'the 96 people who lost their lives' as the toll, never one who died", () => {
    expect(measureOf("New inquests are being held for the 96 people who lost their lives in the disaster.", "96")).toBe("killed");
    expect(measureOf("Three people who lost their lives were from Leeds.", "Three")).toBeUndefined();
  });
});

describe("a thing's capacity told by the room it has", () => {
  it("reads 'has space for', 'was built to accommodate' as capacity", () => {
    expect(frameOf("Wembley Stadium has space for 90,000 fans.", "90,000")).toEqual({ measure: "capacity", scope: ["wembley-stadium"] });
    expect(frameOf("The Allianz Arena was built to accommodate 75,000 people.", "75,000")).toEqual({ measure: "capacity", scope: ["allianz-arena"] });
  });
  it("keeps room for residents a capacity and 'home to' residents a population", () => {
    expect(measureOf("Colombo Port City has space for 80,000 residents.", "80,000")).toBe("capacity");
    expect(measureOf("Colombo Port City is home to 80,000 residents.", "80,000")).toBe("population");
  });
  it("keeps seats a name merely has apart from a capacity", () => {
    expect(measureOf("Labour has 411 seats.", "411")).not.toBe("capacity");
  });
});

describe("names of a kind written in lowercase (for pointer-thing.ts storyKind)", () => {
  it("collects every lowercase name of the kind, a known place before the kind naming none", () => {
    expect([...lowercaseKindNames("The Koilwar bridge was shut. Engineers said the Koilwar bridge is safe.", "bridge").keys()]).toEqual(["koilwar-bridge"]);
    expect(lowercaseKindNames("The Koilwar bridge and the Digha bridge were shut.", "bridge").size).toBe(2);
    expect(lowercaseKindNames("Officials said yet another Bihar bridge collapsed.", "bridge").size).toBe(0);
  });
  it("gives one thing only when the story names one", () => {
    expect(lowercaseKind("The Diamer Bhasha dam is 272 metres high.", "dam")?.thing.id).toBe("diamer-bhasha");
    expect(lowercaseKind("The Koilwar bridge and the Digha bridge were shut.", "bridge")).toBeNull();
  });
});

describe("a place's people told by a pointer, a planned thing's measure told in the present", () => {
  it("reads 'It is home to N people' as the population of the name the sentence before opens with", () => {
    const lampedusa = "The Italian island of Lampedusa saw a record-breaking number of migrant boats land this weekend. Last year, Lampedusa saw around 35,000 migrants arrive. It is home to just 6,500 people normally.";
    expect(frameOf(lampedusa, "6,500", "2022-08-29")).toEqual({ measure: "population", scope: ["lampedusa"] });
    // Not a name in a fronted phrase: the pointer is the subject.
    const idyllwild = "Idyllwild, known as a mountain vacation destination, also has many year-round residents. Combined with the smaller surrounding communities of Pine Cove and Fern Valley, it's home to nearly 4,000 people.";
    expect(frameOf(idyllwild, "nearly 4,000", "2013-07-17")?.scope).toEqual(["idyllwild"]);
  });
  it("gives no population when the sentence before opens with no name, or 'it' merely has people", () => {
    expect(measureOf("Officials said the storm was over. It is home to about 100,000 people.", "about 100,000")).toBeUndefined();
    expect(measureOf("Lampedusa saw 35,000 migrants arrive. It has 6,500 residents.", "6,500")).not.toBe("population");
  });
  it("reads 'The dam, scheduled to be completed by 2028, is 272-metres high' as the story's one dam's height", () => {
    const text = "Imran Khan has inaugurated the Diamer Bhasha dam, said to the tallest roller compact concrete dam in the world. The dam, scheduled to be completed by 2028, is 272-metres high, has a 8.1 million acre-feet reservoir.";
    expect(frameOf(text, "272-metres", "2020-07-17")).toEqual({ measure: "height", scope: ["diamer-bhasha"] });
    expect(frameOf("Imran Khan has inaugurated the Diamer Bhasha dam and the Mohmand dam. The dam, scheduled to be completed by 2028, is 272 metres high.", "272 metres", "2020-07-17")).toBeUndefined();
  });
  it("keeps a glued figure before a noun a modifier of that noun", () => {
    expect(frameOf("The Kazungula Bridge opened. Engineers built a 30-metres high tower beside it.", "30-metres")?.scope ?? []).not.toContain("kazungula");
  });
});
