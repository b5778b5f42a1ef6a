import { describe, expect, it } from "vitest";
import { extractClaims } from "../../../core/index.js";
import type { Claim, Frame } from "../../../core/model.js";

/** The frame of the claim written `words` in `body`. */
function frameOf(body: string, words: string): Frame | undefined {
  return extractClaims({ id: "t", body, published: "2017-01-19" }).find((c: Claim) => c.text === words)?.subject?.frame;
}
const read = (f: Frame | undefined) => [f?.measure.id, f?.scope.filter((e) => !e.id.startsWith("name:")).map((e) => e.id).join(",")];

describe("a count glued to a standing property before a name (session 10 T round 3)", () => {
  it("reads 'the 12-storey Plasco building' as the building's floors, however small the count (no reference back)", () => {
    expect(read(frameOf("Little was left of the 17-storey Plasco building after it crumbled to the ground.", "17-storey"))).toEqual(["floors", "plasco-building"]);
    expect(read(frameOf("The 15-storey Plasco building in Iran's capital collapsed as firefighters worked.", "15-storey"))).toEqual(["floors", "plasco-building"]);
    expect(read(frameOf("The 12-storey Plasco Building collapsed on Thursday after a fire.", "12-storey"))).toEqual(["floors", "plasco-building"]);
    expect(read(frameOf("The Plasco Building, a 17-storey structure, collapsed on Thursday.", "17-storey"))).toEqual(["floors", "plasco-building"]);
  });
  it("counts the floors of an unnamed building, never buildings; 'the two countries' still refers back", () => {
    expect(read(frameOf("The fire broke out in a four-storey building behind the Shahi Mosque.", "four-storey"))[0]).toBe("floors.building");
    expect(frameOf("Talks between the two countries resumed.", "two")).toBeUndefined();
  });
  it("gives a building beside the story's named one nothing of the named one", () => {
    const f = frameOf("The 10-storey building next to the Rana Plaza was evacuated.", "10-storey");
    expect(f?.scope.map((e) => e.id) ?? []).not.toContain("rana-plaza");
  });
});

describe("what a vessel may carry is its capacity", () => {
  it("reads 'licensed to carry', 'could carry' as the capacity, the same measure as 'a capacity of'", () => {
    // "The Sewol ferry" is the vessel "MV Sewol" (named-thing.ts thingId): one id however the kind is written.
    expect(read(frameOf("The Sewol ferry was licensed to carry 921 passengers.", "921"))).toEqual(["capacity", "sewol"]);
    expect(read(frameOf("The Sewol ferry had a capacity of 956 passengers.", "956"))).toEqual(["capacity", "sewol"]);
    const sewol = "MV Sewol was a South Korean vehicle-passenger ferry, built in Japan. At 146 m in length, the ferry could carry 921 passengers, or a total of 956 persons.";
    expect(read(frameOf(sewol, "921"))).toEqual(["capacity", "sewol"]);
  });
  it("keeps the people aboard apart", () => {
    expect(frameOf("The Sewol ferry was carrying 476 passengers when it capsized.", "476")?.measure.id).toBe("aboard");
    expect(frameOf("The Sewol had 476 passengers and crew on board.", "476")?.measure.id).toBe("aboard");
  });
});

describe("a depth told as how far below the surface a thing reaches", () => {
  it("reads 'reaches 3 km below the surface' as the depth, as '3 km deep'", () => {
    expect(read(frameOf("The Kolar gold mine reaches 3 km below the surface.", "3 km"))).toEqual(["depth", "kolar"]);
    expect(read(frameOf("The Kolar gold mine is 3 km deep.", "3 km"))).toEqual(["depth", "kolar"]);
  });
  it("gives people or work below the surface no depth of a thing", () => {
    expect(frameOf("The miners were trapped 700 metres below the surface at the San Jose mine.", "700 metres")?.measure.id).not.toBe("depth");
    expect(frameOf("The diver descended 40 metres below the surface near Thailand.", "40 metres")?.scope ?? []).toEqual([]);
  });
});

describe("a stretch of a thing measured by its length", () => {
  it("reads 'a 200-metre section' and 'an 80-metre long stretch' as one measure", () => {
    expect(frameOf("On Tuesday, a 200-metre (650 feet) section of the Morandi bridge gave way.", "200-metre")?.measure.id).toBe("length.section");
    expect(frameOf("What caused an 80-metre long stretch of highway to break off is under investigation.", "80-metre")?.measure.id).toBe("length.section");
  });
  it("says no length of a gorge or a tower, whose glued figure is a depth or a height", () => {
    expect(frameOf("The bus plunged into a 500-foot gorge near Banjar.", "500-foot")?.measure.id).toBe("gorge");
    expect(frameOf("The 45-metre high Morandi Bridge was built in 1967.", "45-metre")?.measure.id).toMatch(/^height/);
  });
});

describe("a measure in a phrase fronted before the thing's clause", () => {
  it("reads the name or the story's one thing of the kind opening the main clause", () => {
    expect(read(frameOf("With its architecture height of 310 metres, Varso Tower is now the tallest building in the 27-Nation Block.", "310 metres"))).toEqual(["height", "varso-tower"]);
    expect(read(frameOf("At 300 metres high, the Eiffel Tower was the tallest structure in the world until 1930.", "300 metres"))).toEqual(["height", "eiffel-tower"]);
    const gotthard = "The 57 km long Gotthard Base Tunnel is the world's longest tunnel. Reaching a depth of 2,300 meters the tunnel has cut the travel time between Zurich and Milan.";
    expect(read(frameOf(gotthard, "2,300 meters"))).toEqual(["depth", "gotthard-base"]);
  });
  it("gives a bare figure, a place reached, or a verb it does not know nothing", () => {
    expect(frameOf("At 300 metres, the climbers stopped to rest below the summit.", "300 metres")).toBeUndefined();
    expect(frameOf("Reaching a depth of 400 metres the divers found the wreck of the Titanic.", "400 metres")?.scope ?? []).toEqual([]);
    expect(frameOf("With a depth of 30 km, the earthquake was shallow, the USGS said.", "30 km")?.measure.id).toBe("depth.earthquake");
  });
});
