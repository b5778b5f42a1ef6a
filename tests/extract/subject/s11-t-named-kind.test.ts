import { describe, expect, it } from "vitest";
import { extractClaims } from "../../../core/index.js";
import type { Claim } from "../../../core/model.js";

function frameOf(body: string, words: string): { measure: string; scope: string[] } | undefined {
  const frame = extractClaims({ id: "t", body, published: "2020-12-11" }).find((c: Claim) => c.text === words)?.subject?.frame;
  return frame ? { measure: frame.measure.id, scope: frame.scope.map((e) => e.id) } : undefined;
}

describe("the story's one named thing of a kind, its name written with a lowercase ending", () => {
  it("ties 'the dam' and 'the bridge' to 'the Diamer Bhasha dam' and 'the Koilwar bridge'", () => {
    expect(frameOf("Imran Khan has inaugurated the Diamer Bhasha dam on the Indus. The dam is 272 metres high.", "272 metres")).toEqual({ measure: "height", scope: ["diamer-bhasha"] });
    expect(frameOf("Gadkari inaugurated the Koilwar bridge over Sone river in Bihar. The bridge is 1.5 km long.", "1.5 km")).toEqual({ measure: "length", scope: ["koilwar-bridge"] });
    expect(frameOf("Gadkari inaugurated the Koilwar bridge over Sone river in Bihar. The bridge was built at a cost of Rs 266 crore.", "Rs 266 crore")).toEqual({ measure: "cost", scope: ["koilwar-bridge"] });
  });
  it("reads a thing 'worth' a sum past where the thing is", () => {
    expect(frameOf("Gadkari inaugurated the three lane 1.5 km long Koilwar bridge over Sone river (tributary of Ganga) in Bihar worth Rs 266 crore.", "Rs 266 crore")?.scope).toContain("koilwar-bridge");
  });
  it("never takes a known place and a lowercase kind for a name, nor picks one of two", () => {
    const bihar = "Bihar bridge that fell was 206 metres long\n\nA bridge in Begusarai snapped into two. The bridge was built at a cost of over Rs 13 crore.";
    expect(frameOf(bihar, "over Rs 13 crore")?.scope ?? []).not.toContain("bihar-bridge");
    const two = "The Koilwar bridge and the Arrah bridge were both opened this year. The bridge is 1.5 km long.";
    expect(frameOf(two, "1.5 km")?.scope ?? []).not.toContain("koilwar-bridge");
  });
  it("makes a measure of an unnamed story thing of a kind the story's, as its cost", () => {
    expect(frameOf("The Cabinet approved a four lane bridge over the Brahmaputra. The total length of the bridge will be 19.282 km.", "19.282 km")?.measure).toBe("length.bridge.planned");
  });
  it("reads 'home to just N people' as a population", () => {
    expect(frameOf("Lampedusa is home to just 6,500 people.", "6,500")).toEqual({ measure: "population", scope: ["lampedusa"] });
  });
});

describe("measures beside a kind's noun or fronted before a built thing's name (batch 2)", () => {
  it("reads 'a dam 115-m high' as the story's one named dam", () => {
    expect(frameOf("Magat River Multipurpose Dam. The undertaking involves the construction of an earth fill dam 115-m high.", "115-m")).toEqual({ measure: "height", scope: ["magat-river-multipurpose"] });
  });
  it("reads 'The 6.15-km bridge' as the story's bridge named with a lowercase ending", () => {
    expect(frameOf("Sheikh Hasina opened the Padma bridge on Saturday. The 6.15-km bridge cost $3.6 billion.", "6.15-km")).toEqual({ measure: "extent", scope: ["padma-bridge"] });
  });
  it("reads a bare fronted figure as a built thing's measure, never a place where something happened", () => {
    expect(frameOf("At 263 metres, the Salesforce Tower by Foster and Partners is now Sydney's tallest.", "263 metres")?.scope).toEqual(["salesforce-tower"]);
    expect(frameOf("Measuring 6.15 km, the Padma Bridge opened on Saturday.", "6.15 km")?.scope).toEqual(["padma-bridge"]);
    expect(frameOf("At 300 metres, the Everest climbers stopped for the night.", "300 metres")?.scope ?? []).toEqual([]);
  });
});
