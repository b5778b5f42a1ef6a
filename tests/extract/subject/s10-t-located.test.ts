import { describe, expect, it } from "vitest";
import { extractClaims } from "../../../core/index.js";
import type { Claim, Frame } from "../../../core/model.js";

/** The frame of the claim written `words` in `body`. */
function frameOf(body: string, words: string, published = "2021-09-16"): Frame | undefined {
  return extractClaims({ id: "t", body, published }).find((c: Claim) => c.text === words)?.subject?.frame;
}
const read = (f: Frame | undefined) => [f?.measure.id, f?.scope.filter((e) => !e.id.startsWith("name:")).map((e) => e.id).join(",")];
const rules = (f: Frame | undefined) => f?.rules ?? [];

describe("a distance that locates a named place or thing from another", () => {
  it("reads the name set beside the figure as what is located, whatever the compass word", () => {
    expect(read(frameOf("The pilot filed a flight plan to Bozeman, about 85 miles southeast of Butte.", "about 85 miles"))).toEqual(["distance.from-butte", "bozeman"]);
    expect(read(frameOf("Flood water reached Gopalganj, around 150 km from Patna, on Sunday.", "around 150 km"))).toEqual(["distance.from-patna", "gopalganj"]);
    expect(read(frameOf("The tremor hit Luxian county around 120km south-west of the sprawling megacity of Chongqing.", "around 120km"))).toEqual(["distance.from-chongqing", "luxian"]);
    expect(read(frameOf("The village of Kot, some 20 km from the capital, Kabul, was cut off.", "some 20 km"))).toEqual(["distance.from-kabul", "kot"]);
    expect(rules(frameOf("The pilot filed a flight plan to Bozeman, about 85 miles southeast of Butte.", "about 85 miles"))).toContain("frame.named-measure");
  });
  it("keeps a radius, a trip, a border and a place with no name out of it", () => {
    expect(frameOf("Residents living within 10 km of Fukushima were told to stay indoors.", "10 km")?.measure.id ?? "").not.toMatch(/^distance\.from/);
    expect(frameOf("The convoy travelled 300 km from Kyiv to Lviv.", "300 km")?.measure.id ?? "").not.toMatch(/^distance\.from/);
    expect(frameOf("Their car hit a truck on U. S. 99, five miles north of here.", "five miles")).toBeUndefined();
    expect(frameOf("The train struck the car at a grade crossing three miles west of the city.", "three miles")).toBeUndefined();
  });
});

describe("a distance that locates the story's event from a named place", () => {
  const quake = "Magnitude 6.8 quake hits southern Philippines\n\nA strong earthquake struck the southern Philippines on Sunday, killing a child.\n\n";
  it("reads a quake's or a crash's distance from a place as a measure of the story's event", () => {
    const f = frameOf(`${quake}The quake was centred 61 km southwest of Davao, the U.S. Geological Survey said.`, "61 km", "2019-12-15");
    expect(f?.measure.id).toBe("distance.from-davao");
    expect(f?.event?.id).toBe("earthquake");
    expect(rules(f)).not.toContain("frame.named-measure");
    const crash = frameOf("Bus crash kills nine in Florida\n\nThe crash, 60 miles northwest of Miami, was the worst of the holiday.", "60 miles", "1960-01-03");
    expect([crash?.measure.id, crash?.event?.id]).toEqual(["distance.from-miami", "crash"]);
  });
  it("reads a compass abbreviation ('73.7 km SSE of') as the same distance", () => {
    expect(frameOf(`${quake}The epicenter was located 73.7 km SSE of Minas de Marcona.`, "73.7 km", "2019-12-15")?.measure.id).toBe("distance.from-minas-de-marcona");
  });
  it("gives the event's distance nothing in a story of two quakes, and never reads a storm's", () => {
    expect(frameOf("Two quakes hit Turkey\n\nThe first quake struck 20 km south of Malatya. A second one struck 70 km south of Elazig hours later.", "20 km")).toBeUndefined();
    expect(frameOf("Storm nears Florida\n\nThe storm was 200 km east of Miami on Tuesday morning.", "200 km")?.measure.id ?? "").not.toMatch(/^distance\.from/);
  });
  it("reads a region set beside the figure as no located thing: the event is located", () => {
    const f = frameOf("California quake\n\nA 4.4-magnitude earthquake has hit southern California, about 78 kilometers east of Los Angeles.", "about 78 kilometers");
    expect(f?.measure.id).toBe("distance.from-los-angeles");
    expect(rules(f)).not.toContain("frame.named-measure");
  });
  it("keeps the epicentre's distance and a named town's apart in one story", () => {
    const body = `${quake}The quake was centred 61 km southwest of Davao. The worst damage was in Matanao, about 50 km south of Davao.`;
    const [epicentre, town] = [frameOf(body, "61 km", "2019-12-15"), frameOf(body, "about 50 km", "2019-12-15")];
    expect(epicentre?.measure.id).toBe(town?.measure.id);
    expect(rules(epicentre)).not.toContain("frame.named-measure");
    expect(read(town)).toEqual(["distance.from-davao", "matanao"]);
  });
});

describe("the cost of a built thing", () => {
  it("reads a sum before the thing, with or without its name", () => {
    expect(read(frameOf("The $4.4 billion Gordie Howe International Bridge will open next year.", "$4.4 billion"))).toEqual(["cost", "gordie-howe-international"]);
    expect(frameOf("Modi criticised the delay in completing the Rs 277.67-crore project.", "Rs 277.67-crore")?.measure.id).toBe("cost.project");
  });
  it("reads a cost verb with the thing as the clause's subject, fronted or not", () => {
    expect(read(frameOf("The Padma Bridge was built at a cost of $3.6 billion.", "$3.6 billion"))).toEqual(["cost", "padma-bridge"]);
    expect(frameOf("Constructed at a cost of Rs 58 crore, the flyover will ease traffic in Silchar.", "Rs 58 crore")?.measure.id).toBe("cost.flyover");
    expect(frameOf("The concrete bridge worth rupees 12 crores collapsed before its inauguration.", "rupees 12 crores")?.measure.id).toBe("cost.bridge");
  });
  it("reads 'the cost of the bridge was' and a measured modifier before the thing as the story's thing, never a name 'bridge'", () => {
    expect(frameOf("The estimated cost of the bridge was around ₹37.70 crore.", "around ₹37.70 crore")?.measure.id).toBe("cost.bridge");
    expect(frameOf("The total cost of the project was estimated at Rs 1,602.74 crore.", "Rs 1,602.74 crore")?.measure.id).toBe("cost.project");
    expect(frameOf("The 3.4-kilometre-long bridge has been constructed at a cost of Rs 111 crore.", "Rs 111 crore")?.measure.id).toBe("cost.bridge");
    expect(frameOf("The population of the city is about 1.2 million.", "about 1.2 million")?.scope.map((e) => e.id) ?? []).not.toContain("city");
  });
  it("ties an unnamed thing's cost to the story's one named thing of its kind", () => {
    const body = "A month-old bridge built at a cost of over Rs 260 crore collapsed after heavy rain. A portion of the Sattarghat Bridge fell into the river.";
    expect(read(frameOf(body, "over Rs 260 crore"))).toEqual(["cost", "sattarghat-bridge"]);
  });
  it("gives nothing in a story of a new and an old thing of the kind, nor for a headline's capitals", () => {
    const replaced = "The new bridge replaces the British-era Pamban Railway Bridge, which opened in 1914. Built at Rs 531 crore, the bridge is 2.1 km long.";
    expect(frameOf(replaced, "Rs 531 crore")?.measure.id ?? "").not.toMatch(/^cost/);
    const headline = "Part Of Bridge Collapses In Araria\n\nThe concrete bridge worth rupees 12 crores collapsed before its inauguration.";
    expect(frameOf(headline, "rupees 12 crores")?.scope.map((e) => e.id)).not.toContain("part-of");
  });
  it("gives a part's cost, a contract, a loan and money spent so far no cost of the whole", () => {
    expect(frameOf("The approach road of the bridge was built at a cost of Rs 5 crore.", "Rs 5 crore")?.measure.id ?? "").not.toMatch(/^cost/);
    expect(frameOf("The consortium has a $1.4-billion contract to build an earthfill dam.", "$1.4-billion")?.measure.id ?? "").not.toMatch(/^cost/);
    expect(frameOf("The state signed a $2 billion bridge loan with the bank.", "$2 billion")?.measure.id ?? "").not.toMatch(/^cost/);
    expect(frameOf("Despite more than Rs 1,000 crore already being spent, the bridge is 60 percent complete.", "more than Rs 1,000 crore")?.measure.id ?? "").not.toMatch(/^cost/);
  });
});

describe("other standing measures of named things", () => {
  it("reads 'at an altitude of N' as where the thing stands, apart from its height", () => {
    expect(read(frameOf("The Sela Tunnel, built at an altitude of 13,000 ft, opened on Saturday.", "13,000 ft"))).toEqual(["altitude", "sela-tunnel"]);
  });
  it("reads 'X is a N-floor skyscraper' as X's floors, and 'a capacity for N people' as a capacity", () => {
    expect(read(frameOf("Lotte World Tower is a 123-floor skyscraper in Seoul.", "123-floor"))).toEqual(["floors", "lotte-world"]);
    expect(read(frameOf("The Sewol, a ferry with a capacity for 950 people, sank off Jindo.", "950"))).toEqual(["capacity", "sewol"]);
  });
  it("keeps people a city holds a population, and a room for people in a plan nothing", () => {
    expect(frameOf("The Estonia left Tallinn on Tuesday. The ferry carried 989 people.", "989 people")?.measure.id).not.toBe("capacity");
    expect(frameOf("The plan has room for 300 people.", "300")?.measure.id ?? "").not.toBe("capacity");
  });
});
