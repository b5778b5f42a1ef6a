import { describe, expect, it } from "vitest";
import { extractClaims } from "../../../core/index.js";
import type { Claim } from "../../../core/model.js";
import { mainThing } from "../../../core/extract/subject/named-main.js";
import { thingId } from "../../../core/extract/subject/named-thing.js";

function frameOf(body: string, words: string): { measure: string; scope: string[]; named: boolean } | undefined {
  const frame = extractClaims({ id: "t", body, published: "2024-01-10" }).find((c: Claim) => c.text === words)?.subject?.frame;
  return frame ? { measure: frame.measure.id, scope: frame.scope.map((e) => e.id), named: Boolean(frame.rules?.includes("frame.named-measure")) } : undefined;
}

const named = (body: string, words: string) => {
  const f = frameOf(body, words);
  return f?.named ? { measure: f.measure, scope: f.scope } : undefined;
};

describe("a measure of the clause's named subject, its dimension from the words around the figure", () => {
  it("reads the dimension a word after the figure names, past a bracketed conversion", () => {
    const body = "Where is Lake Toba?\nLake Toba is the largest volcanic lake in the world. It is 100 km long, 30 km wide and reaches 505 metres (1,657 ft) in depth.";
    expect(named(body, "100 km")).toEqual({ measure: "length", scope: ["lake-toba"] });
    expect(named(body, "30 km")).toEqual({ measure: "width", scope: ["lake-toba"] });
    expect(named(body, "505 metres")).toEqual({ measure: "depth", scope: ["lake-toba"] });
  });
  it("reads the nearest dimension noun or verb before the figure, back to the figure before it", () => {
    const body = "The Tana Crater\nThe Tana Crater is a sinkhole in the desert. Its diameter is 69 m and its depth is 30 m.";
    expect(named(body, "69 m")).toEqual({ measure: "diameter", scope: ["tana-crater"] });
    expect(named(body, "30 m")).toEqual({ measure: "depth", scope: ["tana-crater"] });
    expect(named("The Mulanje Trail spans some 96km through the range.", "some 96km")).toEqual({ measure: "length", scope: ["mulanje-track"] });
  });
  it("reads an area by its unit and a flow by its time unit", () => {
    expect(named("Lake Kivu lies in the rift, covering 2,700 sq km.", "2,700 sq km")).toEqual({ measure: "area", scope: ["lake-kivu"] });
    const falls = "Kalambo Falls\nKalambo Falls drops into a gorge. In March, the falls carry up to 10,000 cubic meters per second.";
    expect(named(falls, "up to 10,000 cubic meters")).toEqual({ measure: "flow.second", scope: ["kalambo-falls"] });
  });
  it("ties a figure before a kind's noun to the report's main thing of that kind", () => {
    const body = "Altyn Canyon\nAltyn Canyon lies east of the city. Traversing the entire 200 km canyon takes days.";
    expect(named(body, "200 km")).toEqual({ measure: "length", scope: ["altyn-canyon"] });
  });
  it("gives nothing for a distance away, a difference, a figure modifying another noun, or an event's measure", () => {
    const body = "Lake Toba\nLake Toba is a volcanic lake. It lies 176 km from Medan. It is 20 km longer than Lake Maninjau.";
    expect(named(body, "176 km")).toBeUndefined();
    expect(named(body, "20 km")).toBeUndefined();
    expect(named("Lake Toba\nLake Toba is a lake. It has a 40 km road around it. Lake Toba is calm.", "40 km")).toBeUndefined();
    expect(named("Lake Toba\nLake Toba is a lake. The earthquake struck at a depth of 10 km near Lake Toba.", "10 km")).toBeUndefined();
  });
  it("gives nothing when the pointer's kind is not the main thing's, or the report has no main thing", () => {
    expect(named("Altyn Canyon\nAltyn Canyon lies east of the city. The lake is 30 km long.", "30 km")).toBeUndefined();
    expect(named("Officials met on Monday. It is 30 km long, they said.", "30 km")).toBeUndefined();
  });
});

describe("counts of floors and figures before a thing's own name", () => {
  it("reads a count of floors of what the clause's pointer stands for", () => {
    const body = "Nile Tower\nThe Nile Tower has become the tallest building in the city. It has a height of 300 meters and 70 floors covering an area of 90,000 m2.";
    // The story's names may stand beside the thing (a count of floors is a story's count too): the thing is there.
    expect(named(body, "70")?.measure).toBe("floors");
    expect(named(body, "70")?.scope).toContain("nile-tower");
    expect(named("The Nile Tower opened in May. Officials said 70 floors of offices were let.", "70")).toBeUndefined();
  });
  it("reads a figure before a capitalised kind opening a name as that thing's", () => {
    expect(named("The 160 ft Monument of Peace has been unveiled in the capital.", "160 ft")).toEqual({ measure: "extent", scope: ["monument-of-peace"] });
  });
  it("counts a structure as a building and a monument as a statue, whichever word an outlet uses", () => {
    const measure = (body: string, words: string) => frameOf(body, words)?.measure;
    expect(measure("A 30-storey structure collapsed in Bangkok.", "30-storey")).toBe(measure("A 33-storey building collapsed in Bangkok.", "33-storey"));
    expect(measure("The 492ft statue was designed by an architect.", "492ft")).toBe(measure("The 160 ft monument was designed by an architect.", "160 ft"));
  });
});

describe("superlatives, plural pointers, indefinite kinds and costs", () => {
  it("reads the dimension a superlative before a bracketed figure names", () => {
    const body = "Lake Kivu is not only the longest lake in the region (89 kilometres), but it is also the deepest (475 metres).";
    expect(named(body, "89 kilometres")).toEqual({ measure: "length", scope: ["lake-kivu"] });
    expect(named(body, "475 metres")).toEqual({ measure: "depth", scope: ["lake-kivu"] });
  });
  it("reads 'These falls extend for' as the report's falls, never 'a ... long waterfall' set beside another name", () => {
    const body = "Kalambo Falls\nKalambo Falls lies on the border. These horseshoe-shaped falls extend for 1.7 miles (2.7 kilometers).";
    expect(named(body, "1.7 miles")).toEqual({ measure: "length", scope: ["kalambo-falls"] });
    const part = "Kalambo Falls\nKalambo Falls lies on the border. The finest of them is the Lion's Gorge a 150 meter wide and 700 meter long waterfall.";
    expect(named(part, "700 meter")).toBeUndefined();
    expect(named("Kalambo Falls\nKalambo Falls lies on the border. The majority of the falls are about 64 metres in height.", "about 64 metres")).toBeUndefined();
  });
  it("reads what the report's main thing cost to build, never a repair's or a loan's sum", () => {
    const spent = "Lotus Tower opened\nThe Lotus Tower opened today. A sum of USD 104 million has been spent for the construction of the tower.";
    expect(named(spent, "USD 104 million")).toEqual({ measure: "cost", scope: ["lotus-tower"] });
    expect(named("Lotus Tower\nThe Lotus Tower is in Colombo. The estimated cost of construction was approximately US$113 million.", "approximately US$113 million")).toEqual({ measure: "cost", scope: ["lotus-tower"] });
    expect(named("Lotus Tower\nThe Lotus Tower is in Colombo. The repairs of the tower cost USD 4 million.", "USD 4 million")).toBeUndefined();
    expect(named("Lotus Tower\nThe Lotus Tower is in Colombo. A loan of USD 88 million was spent on the construction of the tower.", "USD 88 million")).toBeUndefined();
  });
});

describe("lengths no height can be, and figures split by a comma", () => {
  it("reads a bare length past 10 km as a length, which no height meets", () => {
    expect(named("The Mulanje Trail runs from the tea estates for 96 kilometres over the range.", "96 kilometres")?.measure).toBe("length");
    expect(named("The Mulanje Trail is some 900 metres.", "some 900 metres")?.measure).toBe("extent");
  });
  it("reads no measure from a figure split by a comma ('a width of 1, 708 meters')", () => {
    expect(named("Kalambo Falls\nKalambo Falls is a waterfall. It has a width of 1, 708 meters.", "708 meters")).toBeUndefined();
  });
});

describe("a subject after a fronted phrase, and 'It cost'", () => {
  it("reads the subject opening the main clause after the fronted phrase holding the figure", () => {
    const body = "Built at an altitude of 1,200 meters, at a cost of Rs 2,519 crore, the Chenani-Nashri tunnel will ensure safe travel.";
    expect(named(body, "Rs 2,519 crore")).toEqual({ measure: "cost", scope: ["chenani-nashri-tunnel"] });
    expect(named("Built at a cost of Rs 900 crore, officials said the Chenani-Nashri tunnel was safe.", "Rs 900 crore")).toBeUndefined();
  });
  it("reads 'It cost' as the cost of the thing the sentence before opens with", () => {
    expect(named("The Haiwan Bridge is the longest of its kind. It cost more than 1.5 billion U.S. dollars.", "more than 1.5 billion U.S. dollars")).toEqual({ measure: "cost", scope: ["haiwan-bridge"] });
  });
});

describe("the report's main named thing", () => {
  it("is the headline when the headline is a name told again below it", () => {
    expect(mainThing("Issyk-Kul\nIssyk-Kul is an endorheic lake in Kyrgyzstan.")?.thing.id).toBe("issyk-kul");
    expect(mainThing("Issyk-Kul\nThe lake is deep.")).toBeNull();
  });
  it("is the kind name told most often, none when two are told equally often", () => {
    expect(mainThing("The Charyn Canyon is east of Almaty. Charyn Canyon is often compared with the Grand Canyon.")?.thing.id).toBe("charyn-canyon");
    expect(mainThing("The Charyn Canyon and the Grand Canyon. Charyn Canyon and Grand Canyon again.")).toBeNull();
  });
});

describe("one id for one thing however outlets write its kind", () => {
  it("drops a kind noun before or after a name of two words or more, and keeps it beside one word", () => {
    expect(thingId("Lake Issyk-Kul")).toBe(thingId("Issyk-Kul"));
    expect(thingId("Issyk-Kul Lake")).toBe(thingId("Issyk-Kul"));
    expect(thingId("Charyn Canyon")).toBe("charyn-canyon");
    expect(thingId("Monument of African Renaissance")).toBe(thingId("African Renaissance Monument"));
    expect(thingId("Lake Malawi")).toBe("lake-malawi");
    expect(thingId("Jinping-I Dam")).toBe("jinping-i-dam");
  });
  it("words a trail as a track", () => {
    expect(thingId("Kokoda Trail")).toBe(thingId("Kokoda Track"));
    expect(thingId("Kokoda Track")).not.toBe(thingId("Kokoda"));
  });
});
