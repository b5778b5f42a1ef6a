/**
 * Session 8 readers of measures of named things: pointers back at a named thing
 * (core/extract/subject/pointer-thing.ts), a reference page's fact box under its title
 * (fact-box.ts), costs, capacities told with a modal verb, "long overall", and a part opening
 * the sentence. Texts are made up for the shapes; the corpus entries (named-measures-s8-n.json)
 * hold the paraphrased real ones.
 */
import { describe, expect, it } from "vitest";
import { extractClaims } from "../../../core/index.js";
import { pointerThing, storyKind } from "../../../core/extract/subject/pointer-thing.js";
import { titleThing } from "../../../core/extract/subject/fact-box.js";
import { thingId } from "../../../core/extract/subject/named-thing.js";

const claims = (body: string) => extractClaims({ id: "t", published: "2021-05-01", body } as Parameters<typeof extractClaims>[0]);
const read = (body: string, text: string) => {
  const claim = claims(body).find((c) => c.text === text);
  const frame = claim?.subject?.frame;
  return frame?.rules?.includes("frame.named-measure") ? `${frame.measure.id}:${claim!.subject!.head}` : null;
};
const at = (text: string, figure: string) => {
  const start = text.indexOf(figure);
  const sentence = Math.max(0, ...[". ", "\n"].map((end) => text.lastIndexOf(end, start) + end.length).filter((s) => s <= start));
  return { sentence: { start: sentence, end: text.length }, start, end: start + figure.length };
};
const pointed = (text: string, figure: string) => {
  const { sentence, start, end } = at(text, figure);
  return pointerThing(text, sentence, start, end)?.thing.id ?? null;
};

describe("pointers back at a named thing", () => {
  it("follows 'It' and 'The tunnel' back to the sentence that opens with the name", () => {
    const text = "The Brenner Base Tunnel is a railway tunnel under the Alps. The tunnel was begun in 2008. It will be 55 km long.";
    expect(pointed(text, "55 km")).toBe("brenner-base");
  });

  it("takes the story's one named thing of a kind for 'the dam' when no sentence before opens with it", () => {
    expect(storyKind("Engineers visited the Kariba Dam on Monday. Officials said the dam is safe.", "dam")?.thing.id).toBe("kariba-dam");
  });

  it("gives nothing for two named things of the kind, or a new one beside an old one", () => {
    expect(storyKind("The Hoover Dam and the Glen Canyon Dam hold the river.", "dam")).toBeNull();
    expect(storyKind("The new bridge replaces the old Tay Road Bridge.", "bridge")).toBeNull();
    // Written in lowercase by many outlets: the story's one bridge either way, none when a capitalised one is named too.
    expect(storyKind("The Koilwar bridge over the Sone was shut. Engineers said the bridge is safe.", "bridge")?.thing.id).toBeTruthy();
    expect(storyKind("The Koilwar bridge and the Howrah Bridge were shut.", "bridge")).toBeNull();
  });

  it("gives nothing when a name stands between the pointer and the figure", () => {
    const text = "The Queen Anne was built in 2024. She lost the record to Carnival's 180,000 GT Mardi Gras.";
    expect(pointed(text, "180,000")).toBeNull();
  });

  it("reads a possessive heading the figure's phrase and a pronoun subject of the main clause", () => {
    expect(read("The Oosterschelde Barrier is a storm barrier in Zeeland. It is 9 km long, its main span being 40 metres.", "40 metres")).toBe("span:oosterschelde-barrier");
    expect(read("The Itaipu Dam is a dam on the Parana. Work began in 1971, and on its opening in 1984 it was the largest dam, reaching a height of 196 m.", "196 m")).toBe("height:itaipu-dam");
  });

  it("leaves a pointer inside a relative clause alone: the strait's depth is not the bridge's", () => {
    expect(read("The Storebaelt Bridge is a suspension bridge. The channel that passes beneath the bridge runs 60 feet deep.", "60 feet")).toBeNull();
  });
});

describe("classes", () => {
  it("one length class however it is worded, and a part opening the sentence keeps its own class", () => {
    const text = "The Tsing Ma Bridge opened in 1997. The bridge is 2,160 metres long overall and carries trains.\nThe main span is 1,377 metres long.";
    expect(read(text, "2,160 metres")).toBe("length:tsing-ma");
    expect(read(text, "1,377 metres")).toBe("span:tsing-ma");
  });

  it("a capacity told with 'can hold' or a measure noun before a count noun; a party's seats are none", () => {
    expect(read("Founded in 1920, the Estadio Centenario can hold 60,000 people.", "60,000")).toBe("capacity:estadio-centenario");
    expect(read("The Azadi Stadium opened in 1971. It has a capacity of 78,116 spectators.", "78,116")).toBe("capacity:azadi-stadium");
    expect(read("Labour holds 411 seats.", "411")).toBeNull();
  });

  it("a sum of money is a thing's measure only as its cost", () => {
    expect(read("The Bosphorus Bridge was built at a cost of $200 million.", "$200 million")).toBe("cost:bosphorus-bridge");
    expect(read("The Bosphorus Bridge earned $20 million in tolls.", "$20 million")).toBeNull();
  });

  it("'at the time of her construction' dates a measure; 'prior to' marks an earlier one", () => {
    expect(read("At the time of her construction, the Oasis of the Seas had a gross tonnage of 225,282.", "225,282")).toBe("tonnage:oasis-of-the-seas");
    expect(read("Prior to its renovation, the Feroz Shah Kotla had a capacity of 48,000.", "48,000")).toBeNull();
  });
});

describe("distance from a border", () => {
  it("one class per border however it is written; a place the thing stands in is no other thing", () => {
    const text = "The Tarbela Dam is an earth-filled dam on the Indus. The dam stands in the Haripur District of Pakistan, some 50 miles from the Afghan border.";
    expect(read(text, "some 50 miles")).toBe("distance.border:afghan:tarbela-dam");
    expect(read("The Tarbela Dam is an earth-filled dam. It lies 30 miles from the border with Afghanistan.", "30 miles")).toMatch(/^distance\.border:[a-z-]+:tarbela-dam$/);
  });
});

describe("a reference page's fact box", () => {
  it("reads a label line under the page's title, and only when the title is named again below", () => {
    const page = "Azadi Stadium\n\n- Capacity: 78,116\n\nAzadi Stadium is a football stadium in Tehran.";
    expect(titleThing(page)?.id).toBe("azadi-stadium");
    expect(read(page, "78,116")).toBe("capacity:azadi-stadium");
    expect(titleThing("Facts about dams\n\n- Capacity: 78,116")).toBeNull();
  });
});

describe("thing ids", () => {
  it("drops initials and writes a Roman numeral as a digit", () => {
    expect(thingId("M. Chinnaswamy Stadium")).toBe(thingId("Chinnaswamy Stadium"));
    expect(thingId("Queen Mary II")).toBe("queen-mary-2");
  });
});
