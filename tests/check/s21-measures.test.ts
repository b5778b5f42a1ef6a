import { describe, expect, it } from "vitest";
import { extractClaims } from "../../core/index.js";
import { pairsAcross } from "../../core/check/pairs.js";
import { openThing } from "../../core/check/frame/open-dimension.js";
import type { Claim, Finding, Frame } from "../../core/model.js";
import { checkInOrder } from "./in-order.js";
import { article } from "./support.js";

/**
 * Session 21: measures of one thing that the frames kept apart. A dimension a figure gives with no
 * thing ("This bridge, 1.25 meters wide") meets the same dimension of a thing another report names
 * ("a 4.6 feet wide suspension bridge"); whatever a storey count is of is a building; two
 * dimensions joined by "and" are no comparison; a part named after its whole's casualty word counts
 * that casualty of its own people. Reports after real ones (the Morbi bridge, 30 October 2022; the
 * Ikoyi tower, 1 November 2021; the Army Public School attack, 16 December 2014; the Paktika quake,
 * 22 June 2022), shortened.
 */
const cross = (found: Finding[]) => found.filter((f) => f.kind === "cross-article-conflict").map((f) => f.claims.map((c) => c.text).sort().join(" | "));
const frameOf = (body: string, text: string, published = "2022-10-31"): string | undefined =>
  extractClaims({ id: "a", body, published }).find((c: Claim) => c.kind === "quantity" && c.text.startsWith(text))?.subject?.frame?.measure.id;

describe("a dimension with no thing against the same dimension of a named kind of thing", () => {
  it("agrees only when the dimension is the same, and floors only of a named thing", () => {
    const frame = (id: string, rules: string[] = []): Frame => ({ measure: { id, text: id }, scope: [], rules });
    expect(openThing("width", frame("width"), "width.bridge")).toBe(true);
    expect(openThing("width", frame("width"), "length.bridge")).toBe(false);
    expect(openThing("bridge", frame("bridge"), "width.bridge")).toBe(false);
    expect(openThing("killed", frame("killed"), "killed.child")).toBe(false);
    // "homes on three floors above" is no storey count of the building; "the 15-storey Plasco building" is.
    expect(openThing("floors", frame("floors"), "floors.building")).toBe(false);
    expect(openThing("floors", frame("floors", ["frame.named-measure"]), "floors.building")).toBe(true);
  });
  const zee = article("m1", "Morbi bridge collapse: over 140 dead\n\nA major accident happened in Morbi, Gujarat on Sunday. The bridge over the Machhu river collapsed. This bridge, 1.25 meters wide and 230 meters long, connects Darbargadh Palace and Lukhdhirji Engineering College.", "2022-10-31");
  const other = article("m2", "Morbi suspension bridge collapses in Gujarat\n\nA suspension bridge built over the Machhu river in Morbi collapsed on Sunday. It is to be mentioned here that a 233 meter long and 4.6 feet wide suspension bridge was constructed by the Raja.", "2022-10-30");
  it("finds 1.25 meters wide against 4.6 feet wide (1.4 m), and nothing between a width and a length", () => {
    const found = cross(checkInOrder(other, zee));
    expect(found).toContain("1.25 meters | 4.6 feet");
    expect(found.some((f) => f.includes("1.25 meters") && f.includes("233"))).toBe(false);
  });
  it("pairs a claim filed under two heads with another at most once", () => {
    const mine = extractClaims(zee).filter((c) => c.text === "1.25 meters");
    const theirs = extractClaims(other).filter((c) => c.text === "4.6 feet");
    expect(pairsAcross(mine, theirs)).toHaveLength(1);
  });
});

describe("two dimensions joined by 'and'", () => {
  it("gives the noun after both to each ('a 233 meter long and 4.6 feet wide suspension bridge', 'the 185-meter-high and 2,309-meter-long dam')", () => {
    expect(frameOf("It is said that a 233 meter long and 4.6 feet wide suspension bridge was built.", "233 meter")).toBe("length.bridge");
    expect(frameOf("The 185-meter-high and 2,309-meter-long dam is the largest.", "185-meter")).toBe("height.dam");
  });
  it("reads a figure after 'wide and' as a measure, and one after 'between 20 and' still as a bound", () => {
    const body = "Collapse kills 135 in Gujarat's Morbi\n\nA bridge over the Machhu river fell in Morbi on Sunday. This bridge, 1.25 meters wide and 230 meters long, connects the palace and the college.";
    expect(frameOf(body, "230 meters")).toBe("length");
    expect(frameOf(body.replace("1.25 meters wide and 230 meters long", "between 200 and 230 meters long"), "230 meters")).toBeUndefined();
  });
});

describe("a storey count is a building's, whatever an outlet calls it", () => {
  it("reads 'a 24-storey residential block' and 'the 23-storey building' as one measure", () => {
    expect(frameOf("Grenfell Tower, a 24-storey residential block in west London, was on fire.", "24-storey", "2022-06-14")).toBe("floors.building");
    expect(frameOf("Work will begin to take down the 23-storey building in a few months.", "23-storey", "2025-06-14")).toBe("floors.building");
  });
  const lagos = (id: string, storeys: string, published: string) => article(id, `Ikoyi building collapse: death toll rises\n\nThe ${storeys} building under construction in Ikoyi, Lagos collapsed on Monday afternoon, trapping workers.`, published);
  it("finds a 22-storey block against a 21-storey building of one collapse, and nothing for one count", () => {
    expect(cross(checkInOrder(lagos("l1", "22-storey residential block", "2021-11-02"), lagos("l2", "21-storey", "2021-11-03")))).toContain("21-storey | 22-storey");
    expect(cross(checkInOrder(lagos("l1", "21-storey residential block", "2021-11-02"), lagos("l2", "21-storey", "2021-11-03")))).toEqual([]);
  });
});

describe("a part named after its whole's casualty word", () => {
  it("counts that casualty of its own people", () => {
    expect(frameOf("Seven terrorists attacked the Army Public School and killed over 150 people, including 132 children.", "132", "2016-12-16")).toBe("killed.child");
    expect(frameOf("Not less than 50 people are confirmed dead, including 12 firefighters, officials said.", "12", "2015-08-13")).toBe("killed.firefighter");
  });
  it("stays a count of its people with no casualty word before it, and a role is all of the dead", () => {
    expect(frameOf("The school has 900 pupils, including 132 children from the barracks.", "132", "2016-12-16")).not.toMatch(/^killed/u);
    expect(frameOf("The blast in the mine killed 40 people, including 28 workers.", "28", "2016-12-16")).not.toBe("killed.worker");
  });
});

describe("a depth told with no thing against the quake's depth", () => {
  const one = article("p1", "Afghanistan earthquake kills 1,000 in Paktika and Khost\n\nA 6.1 magnitude earthquake struck Paktika and Khost on Wednesday. The earthquake was of magnitude 6.1 at a depth of about 51km.", "2022-06-22");
  const two = article("p2", "Afghanistan: Earthquake in Paktika and Khost provinces\n\nAn earthquake of magnitude 5.9 hit eastern Afghanistan, around 46km southwest of Khost city. It registered at a depth of 10km. The earthquake has killed at least 1,000 people in Paktika.", "2022-06-23");
  it("finds 51 km against 10 km though the frames doubt a bare depth five times apart", () => {
    expect(cross(checkInOrder(one, two))).toContain("10km | about 51km");
  });
});

describe("unnamed things of two stories", () => {
  // After the Morbi bridge (Gujarat, 2022) and the Phong Chau bridge (Phu Tho, 2024) collapses: each report names its story, not its bridge.
  const morbi = article("u1", "Gujarat: 135 dead in Morbi as suspension span collapses\n\nA suspension bridge over the Machhu river in Morbi collapsed on Sunday. The 230-metre-long bridge was built in the 1880s.", "2022-10-31");
  const morbiAgain = article("u2", "Morbi tragedy: span had reopened days before\n\nThe bridge in Morbi that collapsed on Sunday had reopened after repairs. The 260-metre-long bridge was built by the ruler of Morbi.", "2022-11-02");
  const phongChau = article("u3", "Phu Tho: span collapses after typhoon Yagi\n\nA bridge over the Red River in Phu Tho province collapsed on Monday, sending vehicles into the river. The 375-metre-long bridge was built in 1995.", "2024-09-10");
  it("reads each unnamed bridge's length with its story's names", () => {
    const claim = extractClaims(morbi).find((c) => c.text.startsWith("230"))!;
    expect(claim.subject?.frame?.measure.id).toBe("length.bridge");
    expect(claim.subject?.frame?.rules).toContain("frame.thing-story");
  });
  it("compares two reports of one story's bridge, and no two stories' bridges", () => {
    const found = checkInOrder(morbi, morbiAgain).filter((f) => f.kind === "cross-article-conflict");
    expect(cross(found)).toContain("230-metre | 260-metre");
    expect(found[0]!.severity).toBe("discrepancy");
    expect(found[0]!.explanation).toMatch(/both reports\u2019? ?stories name Morbi|stories name Morbi/u);
    expect(cross(checkInOrder(morbi, phongChau))).toEqual([]);
  });
  it("still compares a thing's measure with a report that names no story (the 30-mile and 30-km strip)", () => {
    const noNames = article("u4", "the bridge is long\n\nthe 250-metre-long bridge was built by the ruler.", "2023-01-05");
    expect(cross(checkInOrder(morbi, noNames))).toContain("230-metre | 250-metre");
  });
});

describe("a named thing and its story's unnamed thing of its kind", () => {
  // The Plasco building, Tehran, 19 January 2017 (two reports of the day, shortened).
  const cnn = article("q1", "There were conflicting reports of casualties after a high-rise building in downtown Tehran caught fire and collapsed.\n\nFirefighters battled the blaze for several hours on January 19 before the 17-story Plasco building came down as state TV was broadcasting live.", "2017-01-19");
  const bbc = article("q2", "Iran: Tehran's oldest high-rise collapses after fire\n\nFirefighters had been killed when the city's oldest high-rise collapsed following a fire on Thursday. Rescue workers were hunting for survivors in the debris of the 15-storey Plasco building, which contained a shopping centre.", "2017-01-19");
  it("finds 17 storeys against 15: the building's name is in the figure's words on one side, a named thing on the other", () => {
    expect(cross(checkInOrder(cnn, bbc))).toContain("15-storey | 17-story");
  });
});
