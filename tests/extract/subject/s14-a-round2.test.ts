import { describe, expect, it } from "vitest";
import { extractClaims } from "../../../core/index.js";
import { frameOf } from "./frame-of.js";

const measure = (body: string, words: string) => frameOf(body, words)?.measure.id;
const places = (body: string, words: string) => frameOf(body, words)?.scope.filter((e) => e.kind === "place").map((e) => e.id) ?? [];
const asOf = (body: string, words: string, published: string) => extractClaims({ id: "t", body, published }).find((c) => c.text === words)?.asOf;

describe("minors and infants are a group of the dead, as children are", () => {
  it("reads 'Seven other minors also died' as the minors among the dead", () => {
    // Bolivian outlet on the Uyuni bus crash (2025), retired aside10.
    expect(measure("Seven other minors also died in the collision near Uyuni.", "Seven")).toBe("killed.minor");
    expect(measure("Two infants were killed when the bus overturned.", "Two")).toBe("killed.infant");
  });
  it("keeps the plain toll whole", () => {
    expect(measure("Seven other people also died in the collision near Uyuni.", "Seven")).toBe("killed");
  });
});

describe("a count joined by 'and' to one whose place was told shares that place", () => {
  const khost = "Shabir Ahmad Osmani, the public health director of Khost province said that 25 people were killed and 95 others were injured in the attack.";
  it("gives the coordinated count the official's province", () => {
    // AFP on the Khost bombing (2009), retired aside8.
    expect(places(khost, "95")).toContain("khost");
    expect(places("In Gaziantep, 40 people were killed and 120 were injured.", "120")).toContain("gaziantep");
  });
  it("does not lend it when the first clause names its own place, or nothing joins them", () => {
    expect(places(khost.replace("were killed and", "were killed in Paktia and"), "95")).not.toContain("khost");
    expect(places("In Gaziantep, 40 people were killed. Another 120 were injured.", "120")).not.toContain("gaziantep");
  });
});

describe("a count someone gave on a named day holds on that day", () => {
  it("ties the count to the day of the statement or the saying", () => {
    // Reuters on the Naina Devi stampede (2008, published Monday), retired aside8.
    expect(asOf("A state government statement Sunday evening said that 123 people were killed and 40 injured in the accident.", "123", "2008-08-04")).toBe("2008-08-03");
    expect(asOf("Officials said Sunday that 123 people were killed in the stampede.", "123", "2008-08-04")).toBe("2008-08-03");
  });
  it("keeps publication for a possessive day and a count after 'since'", () => {
    expect(asOf("Officials said Sunday's stampede killed 123 people.", "123", "2008-08-04")).toBe("2008-08-04");
    expect(asOf("Officials said Sunday that since the floods began 123 people have died.", "123", "2008-08-04")).toBe("2008-08-04");
  });
});

describe("a place opening the sentence is the event's, before the story's", () => {
  const story = "Militants in Pakistan kill 12 in attacks on court and Christian colony\n\nMilitants have killed 12 people in two attacks, on a court building in the city of Mardan and a Christian slum in Peshawar.\n\n";
  it("places the Mardan court bombing in Mardan, not the story's Peshawar", () => {
    // The Guardian on the Mardan court bombing (2 Sep 2016), G3.
    const body = `${story}At Mardan's district court on Friday morning, 11 people were killed in a suicide bomb and grenade attack.\n\nFour militants attacked a Christian colony in Peshawar earlier, and the attack killed one guard.`;
    expect(frameOf(body, "11", "2016-09-02")?.event?.place).toBe("mardan");
  });
  it("names no place from a year, a figure or a capitalised word no story places anything in", () => {
    expect(frameOf("In 2019, 11 people were killed in a bomb attack in Peshawar.", "11")?.event?.place).toBe("peshawar");
    expect(frameOf("At Acme's plant on Friday, 11 people were killed in a bomb attack.", "11")?.event?.place).toBeUndefined();
  });
});

describe("a volume of a substance carried, spilled or recovered is three measures", () => {
  // Inquirer, Daily Guardian and a blog on the MT Solar I wreck off Guimaras (2006-2007), retired aside8.
  it("reads the verb before the figure or the participle after the substance", () => {
    expect(measure("Solar 1 was carrying 2.1 million liters of oil owned by Petron Corp. when it sank.", "2.1 million liters")).toBe("volume.oil.carried");
    expect(measure("Only 5,000 liters of oil were found in them, Tan said.", "5,000 liters")).toBe("volume.oil.recovered");
    expect(measure("Some 200,000 to 300,000 liters of oil had been spilled into the sea.", "200,000 to 300,000 liters")).toBe("volume.oil.spilled");
    expect(measure("The MT Solar I spilled close to two million liters of bunker fuel when it sank.", "close to two million liters")).toBe("volume.fuel.spilled");
  });
  it("keeps a volume no clause acts on, and a count that is no volume, as they were", () => {
    expect(measure("The depot stores 2 million liters of oil in six tanks.", "2 million liters")).toBe("volume.oil");
    expect(measure("Rescuers recovered 12 bodies from the wreck.", "12")).not.toMatch(/recovered$/);
    expect(measure("The spill covered 200 hectares of mangroves.", "200 hectares")).not.toMatch(/\.(?:carried|spilled|recovered)$/);
  });
});

describe("a live page's update heading dates the paragraphs below it", () => {
  // Disaster Report's live page on the Sindhupalchok landslide (last updated 6 Aug 2014), G3.
  const page = "Landslide in Sindhupalchowk, Nepal kills 156\n\nNews will be updated below.\n\nUpdate 11:13 NP, 2014/08/06\nDeath toll from landslide at Mankha VDC has risen to 156.\n\nUpdate 23:05 NP\nDeath toll has risen to 33.\n\nUpdate 13:45 NP, 2014/08/04\nDeath toll from landslide in Sidhupalchowk has risen to 23 while over 100 people still missing in the incident";
  it("holds a toll under a dated heading on that heading's day", () => {
    expect(asOf(page, "23", "2014-08-06")).toBe("2014-08-04");
    expect(asOf(page, "156", "2014-08-06")).toBe("2014-08-06");
  });
  it("dates nothing under a heading without a date, nor a page with no heading", () => {
    expect(asOf(page, "33", "2014-08-06")).toBe("2014-08-06");
    expect(asOf("Death toll from the landslide has risen to 23, officials said on the update line.", "23", "2014-08-06")).toBe("2014-08-06");
  });
});

describe("a distance said of the sentence's subject or of a name located somewhere", () => {
  const named = (body: string, words: string) => { const f = frameOf(body, words); return [f?.measure.id, f?.scope.filter((e) => !e.id.startsWith("name:")).map((e) => e.id).join(",")]; };
  it("locates the subject of 'is a destination, about 38 km from Bolou and 270 km from Istanbul', and a name 'located in' a range", () => {
    // Gebze Yenigün and AP on the Kartalkaya hotel fire (21 Jan 2025), retired aside10.
    const list = "Kartalkaya ski resort, located at the top of Köroğlu mountains north of Ankara, is a popular winter destination, about 38 km from Bolou and 270 km from Istanbul.";
    expect(named(list, "270 km")).toEqual(["distance.from-istanbul", "kartalkaya"]);
    expect(named("The fire broke out at the Grand Kartal Hotel in Kartalkaya, located in Bolu province’s Koroglu Mountains, about 300 kilometers (185 miles) east of Istanbul.", "about 300 kilometers")).toEqual(["distance.from-istanbul", "kartalkaya"]);
  });
  it("locates nothing from a predicate or a subject that is no name", () => {
    expect(frameOf("The resort is a popular destination, about 38 km from Bolu.", "about 38 km")?.measure.id).toBeUndefined();
    expect(frameOf("The hotel is located in the centre, about 2 km from the station.", "about 2 km")?.measure.id).toBeUndefined();
  });
});
