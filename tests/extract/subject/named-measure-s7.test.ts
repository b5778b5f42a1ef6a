/**
 * Measures of named things, session 7 (named-class.ts, named-thing.ts, named-route.ts): the thing
 * found away from its figure, classes named by noun frames and verbs, parts kept apart, one id
 * per thing, routes; and what must give no named measure (a changed or planned height, a speaker,
 * a party's seats, a figure modifying another noun). Checked through the whole extractor.
 */
import { describe, expect, it } from "vitest";
import { extractClaims } from "../../../core/index.js";

function frameOf(body: string, text: string) {
  const claim = extractClaims({ id: "t", published: "2024-01-01", body } as Parameters<typeof extractClaims>[0]).find((c) => c.text === text);
  return claim?.subject?.frame;
}
const named = (body: string, text: string) => {
  const frame = frameOf(body, text);
  return frame?.rules?.includes("frame.named-measure") ? { cls: frame.measure.id, ids: frame.scope.map((e) => e.id) } : null;
};

describe("the thing away from its figure", () => {
  it("takes the one name of the clause, past an apposition", () => {
    expect(named("The Shard, completed in 2012, climbs 310 metres into the London sky.", "310 metres")).toEqual({ cls: "height", ids: ["shard"] });
  });
  it("takes the name a headline opens with ('X: ... rises to N')", () => {
    expect(named("Lakhta Center: Europe's tallest skyscraper rises to 462 metres", "462 metres")).toEqual({ cls: "height", ids: ["lakhta-center"] });
  });
  it("takes the name given to a common noun ('the vessel, identified as the X')", () => {
    expect(named("The 1,100-foot Panama-flagged vessel, identified as the Ever Ace, entered the port.", "1,100-foot")).toEqual({ cls: "extent", ids: ["ever-ace"] });
  });
  it("takes the thing opening the sentence before for 'it' and 'the <noun>'", () => {
    expect(named("The Millau Viaduct is a cable-stayed bridge in France. It has a height of 343 metres at its highest point.", "343 metres")?.ids).toEqual(["millau-viaduct"]);
  });
  it("passes over a thing the clause compares with ('overtook the X')", () => {
    expect(named("Taipei 101 overtook the Petronas Towers and reached a height of 508 metres.", "508 metres")?.ids).toEqual(["taipei-101"]);
  });
  it("gives nothing when two named things stand before the figure", () => {
    expect(named("Both Taipei 101 and the Petronas Towers reached a height of 452 metres.", "452 metres")).toBeNull();
  });
});

describe("what is no standing measure of a name", () => {
  it("a changed height ('now', 'gained') or a planned one ('when completed', 'will rise')", () => {
    expect(named("The CN Tower has gained a new mast and is now 553 metres tall.", "553 metres")).toBeNull();
    expect(named("When completed, the Jeddah Tower will rise to 1,000 metres.", "1,000 metres")).toBeNull();
  });
  it("a speaker named before the figure", () => {
    expect(named("Minister Ahmed Khan said the bridge spans 1,088 metres.", "1,088 metres")).toBeNull();
  });
  it("a figure modifying the common noun after it", () => {
    expect(named("Erdogan wants to finish the 30-kilometre deep security strip.", "30-kilometre")).toBeNull();
  });
  it("seats a party holds", () => {
    expect(named("The Conservative Party has 365 seats in the House.", "365")).toBeNull();
  });
});

describe("classes", () => {
  it("keeps a part apart from the whole: a span, a height to the tip", () => {
    expect(named("The Akashi Kaikyo Bridge has a main span of 1,991 metres.", "1,991 metres")?.cls).toBe("span");
    expect(named("The Willis Tower stands 527 metres tall to the tip of its antenna.", "527 metres")?.cls).toBe("height.tip");
  });
  it("keeps gross tonnage apart from weight", () => {
    expect(named("The Queen Mary 2 has a gross tonnage of 149,215.", "149,215")).toEqual({ cls: "tonnage", ids: ["queen-mary-2"] });
    expect(named("The Queen Mary 2 weighs 76,000 tonnes.", "76,000 tonnes")?.cls).toBe("weight");
  });
  it("reads residents and inhabitants a place has as its population", () => {
    expect(named("Chiang Mai has about 1.2 million inhabitants.", "about 1.2 million")?.cls).toBe("population");
    expect(named("About 4 million people live in Yangon.", "About 4 million")?.cls).toBe("population");
  });
});

describe("one id per thing", () => {
  it("drops a ship prefix and a common noun after a name of two words", () => {
    expect(named("The MV Ever Given is 400 metres long.", "400 metres")?.ids).toEqual(["ever-given"]);
    expect(named("The Burj Khalifa tower stands 828 metres tall.", "828 metres")?.ids).toEqual(["burj-khalifa"]);
  });
  it("keeps the noun after a one-word name, whatever its case", () => {
    expect(named("Trump Tower stands 202 metres tall.", "202 metres")?.ids).toEqual(["trump-tower"]);
    expect(named("The Kerch bridge is 19 km long.", "19 km")?.ids).toEqual(["kerch-bridge"]);
  });
});

describe("routes", () => {
  it("reads a distance between two places as the route's, whatever their order", () => {
    const a = frameOf("The distance between Lisbon and Porto is 313 kilometres.", "313 kilometres");
    const b = frameOf("Porto and Lisbon are far apart: the distance between Porto and Lisbon is 320 kilometres.", "320 kilometres");
    expect(a?.measure.id).toBe("distance");
    expect(a?.scope.map((e) => e.id)).toEqual(["route:lisbon~porto"]);
    expect(b?.scope.map((e) => e.id)).toEqual(a?.scope.map((e) => e.id));
  });
  it("tells a travel time before a change from the one after it", () => {
    const body = "The new line cuts the journey between Madrid and Barcelona from six hours to two and a half hours.";
    expect(frameOf(body, "six hours")?.measure.id).toBe("travel-time.before");
    expect(frameOf("Trains now take 2.5 hours between Madrid and Barcelona.", "2.5 hours")?.measure.id).toBe("travel-time");
  });
  it("gives nothing when the sentence names two ways of travelling", () => {
    expect(frameOf("The trip between Madrid and Barcelona takes 2.5 hours by train and six by car.", "2.5 hours")?.measure.id ?? "").not.toMatch(/^travel-time/);
  });
});
