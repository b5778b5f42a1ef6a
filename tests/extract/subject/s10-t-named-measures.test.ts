import { describe, expect, it } from "vitest";
import { extractClaims } from "../../../core/index.js";
import type { Claim, Frame } from "../../../core/model.js";

/** The frame of the claim written `words` in `body`. */
function frameOf(body: string, words: string, published = "2022-09-14"): Frame | undefined {
  return extractClaims({ id: "t", body, published }).find((c: Claim) => c.text === words)?.subject?.frame;
}
const read = (f: Frame | undefined) => [f?.measure.id, f?.scope.map((e) => e.id).join(",")];

describe("a named thing's height above what it stands over", () => {
  it("reads 'sits / is N above the river' as the thing's height", () => {
    expect(read(frameOf("The Chenab Bridge sits 359 meters above the Chenab River in Jammu and Kashmir.", "359 meters"))).toEqual(["height", "chenab-bridge"]);
    expect(read(frameOf("The Bogibeel Bridge crosses the Brahmaputra in Assam. The bridge is 32m above the water level of the Brahmaputra.", "32m"))).toEqual(["height", "bogibeel-bridge"]);
  });
  it("keeps a figure above something after another verb a distance, no measure of the thing", () => {
    expect(frameOf("The Chenab Bridge lost a crane that fell 50 metres above the river.", "50 metres")?.measure.id).not.toBe("height");
    expect(frameOf("The drone flew from the Chenab Bridge 30 metres above the river.", "30 metres")?.measure.id).not.toBe("height");
  });
});

describe("a fronted figure ranked by a superlative", () => {
  it("reads 'At N, X is the longest / tallest ...' as X's length or height", () => {
    expect(read(frameOf("The record length is widely reported: at 4.94 km, the Bogibeel Bridge is the country's longest road-cum-rail bridge.", "4.94 km"))).toEqual(["length", "bogibeel-bridge"]);
    expect(read(frameOf("At 828 metres, the Burj Khalifa remains the world's tallest building.", "828 metres"))).toEqual(["height", "burj-khalifa"]);
  });
  it("gives nothing for a superlative that names no dimension, or none at all", () => {
    expect(frameOf("At 4.94 km, the Bogibeel Bridge is the region's biggest project.", "4.94 km")?.measure.id).not.toBe("length");
    expect(frameOf("At 4.94 km, the Bogibeel Bridge is the region's biggest project.", "4.94 km")?.measure.id).not.toBe("height");
  });
});

describe("compounds and measure nouns of a named thing", () => {
  it("reads 'the 1,315m-long Chenab Railway Bridge', the unit glued to the figure, as its length", () => {
    expect(read(frameOf("It took about 30,350 metric tonnes of steel to construct the 1,315m-long Chenab Railway Bridge.", "1,315m"))).toEqual(["length", "chenab-railway-bridge"]);
  });
  it("reads 'the length of X will be N' as X's planned length, never its built one", () => {
    expect(read(frameOf("The length of the Chenab Bridge will be 1,315 metres with 17 spans.", "1,315 metres", "2021-02-26"))).toEqual(["length.planned", "chenab-bridge"]);
  });
  it("ties 'the N-metre structure' to the story's one named built thing, and to none of two", () => {
    expect(read(frameOf("Officials opened the Kazungula Bridge on Monday. The 923-metre structure carries a road and a railway.", "923-metre"))).toEqual(["extent", "kazungula-bridge"]);
    expect(frameOf("Officials opened the Kazungula Bridge and the Kariba Dam on Monday. The 923-metre structure carries a road.", "923-metre")?.scope.map((e) => e.id)).not.toContain("kazungula-bridge");
  });
});

describe("two measures joined before one name", () => {
  it("reads the first of 'The N metre long and M metre wide X bridge' as X's length", () => {
    expect(read(frameOf("The 923 metre long and 18.5 metre wide Kazungula bridge will link Zambia with Botswana.", "923 metre", "2020-06-12"))).toEqual(["length", "kazungula-bridge"]);
  });
});

describe("a pointer said to be a thing of some size", () => {
  it("reads 'The dam is a 289-meter-tall arch dam' after a sentence opening with the dam's name as that dam's height", () => {
    const body = "The Baihetan Dam is under construction along the Jinsha River in Southwest China. The dam is a 289-meter-tall arch dam.";
    expect(read(frameOf(body, "289-meter", "2018-04-01"))).toEqual(["height", "baihetan-dam"]);
  });
  it("ties no thing when the sentence before names none", () => {
    const body = "Engineers from three countries met on Monday to review the plans. The dam is a 289-meter-tall arch dam.";
    expect(frameOf(body, "289-meter", "2018-04-01")?.scope.map((e) => e.id) ?? []).not.toContain("baihetan-dam");
    expect(frameOf(body, "289-meter", "2018-04-01")?.rules).not.toContain("frame.named-measure");
  });
});
