import { describe, expect, it } from "vitest";
import { extractClaims } from "../../../core/index.js";
import type { Claim, Frame } from "../../../core/model.js";

/** The frame of the claim written `words` in `body` (the occurrence-th one). */
function frameOf(body: string, words: string, published = "2024-05-08", occurrence = 0): Frame | undefined {
  const claims = extractClaims({ id: "t", body, published }).filter((c: Claim) => c.text === words);
  return claims[occurrence]?.subject?.frame;
}

describe("measure classes", () => {
  it("gives wounded, injured and hurt one class, and dead, killed and died another", () => {
    expect(frameOf("Forty people were wounded in the attack.", "Forty")?.measure.id).toBe("injured");
    expect(frameOf("The attack left 12 people hurt.", "12")?.measure.id).toBe("injured");
    expect(frameOf("The attack left 12 people dead.", "12")?.measure.id).toBe("killed");
    expect(frameOf("Nine people died in the crash.", "Nine")?.measure.id).toBe("killed");
  });
  it("reads a protection status as the refugee class, apart from the displaced", () => {
    expect(frameOf("Germany hosts 1.1 million Ukrainians under temporary protection.", "1.1 million")?.measure.id).toBe("refugee");
    expect(frameOf("Germany hosts 1.1 million Ukrainian refugees.", "1.1 million")?.measure.id).toBe("refugee");
    expect(frameOf("Fighting has left 2 million people internally displaced.", "2 million")?.measure.id).toBe("displaced");
  });
  it("makes troops and soldiers one class", () => {
    expect(frameOf("The country sent 3,000 soldiers to the border.", "3,000")?.measure.id).toBe("troop");
    expect(frameOf("The country sent 3,000 troops to the border.", "3,000")?.measure.id).toBe("troop");
  });
  it("names the measured dimension with the thing: height of a tower", () => {
    expect(frameOf("The new tower is 310 metres tall.", "310 metres")?.measure.id).toBe("height.tower");
    expect(frameOf("The new tower is 310 metres high.", "310 metres")?.measure.id).toBe("height.tower");
  });
  it("reads the counted thing of 'the number of X now tops N'", () => {
    const frame = frameOf("The number of migrants in Italy now tops 150,000.", "tops 150,000");
    expect(frame?.measure.id).toBe("migrant");
    expect(frame?.scope.map((e) => e.id)).toContain("italy");
  });
});

describe("events", () => {
  it("takes the event outside brackets, with its date, over a name given in them", () => {
    const frame = frameOf("The March 2011 Japan earthquake (also called the Great East Japan earthquake) killed 15,899 people.", "15,899", "2021-03-11");
    expect(frame?.event?.date).toBe("2011-03");
    expect(frame?.event?.place).toBe("japan");
    // Only an event in brackets: it is still the count's event.
    expect(frameOf("Officials (speaking after the earthquake) said 40 people were killed.", "40")?.event?.id).toBe("earthquake");
  });
  it("reads the event of a count from the verb of its participle clause", () => {
    const frame = frameOf("Gunmen stormed a hotel in Mogadishu on Friday, killing 12 guests and wounding 20.", "12", "2024-05-11");
    expect(frame?.event).toMatchObject({ id: "attack", place: "mogadishu", date: "2024-05-10" });
    expect(frameOf("Gunmen stormed a hotel in Mogadishu on Friday, killing 12 guests and wounding 20.", "20", "2024-05-11")?.event?.id).toBe("attack");
    // Without the participle the verb says nothing of the figure.
    expect(frameOf("He attacked the plan in parliament, and 40 MPs voted against it.", "40")?.event).toBeUndefined();
  });
  it("gives an explosion, a blast and a bomb attack one class", () => {
    const ids = [
      frameOf("An explosion tore through the market, killing 9 people.", "9"),
      frameOf("The bomb attack on the market killed 9 people.", "9"),
      frameOf("Nine people died in the blast in the market.", "Nine"),
    ].map((f) => [f?.event?.id, f?.scope.find((e) => e.kind === "named")?.id]);
    expect(ids).toEqual([["attack", "market"], ["attack", "market"], ["attack", "market"]]);
  });
  it("keeps an earthquake, a quake and a tremor in one class apart from attacks", () => {
    expect(frameOf("The quake killed 30 people.", "30")?.event?.id).toBe("earthquake");
    expect(frameOf("The tremor killed 30 people.", "30")?.event?.id).toBe("earthquake");
  });
  it("does not take a workers' strike for a military one", () => {
    expect(frameOf("About 5,000 people were arrested during the general strike.", "About 5,000")?.event?.id).toBe("labour-strike");
    expect(frameOf("The strike on the depot killed 7 soldiers.", "7")?.event?.id).toBe("attack");
  });
  it("dates an event from the words around it, against the publication date", () => {
    expect(frameOf("Monday's earthquake killed 40 people.", "40")?.event?.date).toBe("2024-05-06");
    expect(frameOf("A bomb exploded in the square on 3 May 2021, killing 4 people.", "4")?.event?.date).toBe("2021-05-03");
    expect(frameOf("Last year's stadium bombing left 22 dead.", "22")?.event?.date).toBe("2023");
  });
  it("takes the day and place of an event named earlier in the article", () => {
    const body = "An explosion hit a bus station in Kandahar on Sunday. The blast killed 14 people.";
    expect(frameOf(body, "14")?.event).toMatchObject({ id: "attack", place: "kandahar", date: "2024-05-05" });
  });
  it("inherits nothing when the article names the same kind of event on two days", () => {
    const body = "A bomb killed 3 people in Kabul on Sunday. Last year's bombing in Kabul was worse. The blast wounded 20 people.";
    expect(frameOf(body, "20")?.event?.date).toBeUndefined();
  });
  it("gives a count before a when-clause the event the clause names", () => {
    expect(frameOf("Six people were killed when the quake struck the town.", "Six")?.event?.id).toBe("earthquake");
  });
  it("keeps several events apart from one", () => {
    expect(frameOf("Ten people were killed in two bomb attacks.", "Ten")?.event?.id).toBe("several-attack");
  });
});

describe("scope", () => {
  it("resolves aliases and containment: Kiev is Kyiv, in Ukraine", () => {
    const kyiv = frameOf("Some 200 refugees arrived in Kiev.", "Some 200")?.scope.find((e) => e.kind === "place");
    expect(kyiv).toMatchObject({ id: "kyiv", within: ["ukraine"] });
    const turkey = frameOf("Türkiye hosts 3 million refugees.", "3 million")?.scope.find((e) => e.kind === "place");
    expect(turkey?.id).toBe("turkey");
  });
  it("reads a street with the city after it", () => {
    const frame = frameOf("Five people were injured in a bombing on Oxford Street in London.", "Five");
    expect(frame?.scope[0]).toMatchObject({ id: "oxford-street", within: ["london", "united-kingdom"] });
    expect(frame?.event?.place).toBe("oxford-street");
  });
  it("tells two named towers apart", () => {
    const a = frameOf("The Eiffel Tower is 330 metres tall.", "330 metres");
    const b = frameOf("Tokyo's 634-metre tower opened in 2012.", "634-metre");
    expect(a?.scope.map((e) => e.id)).toEqual(["eiffel-tower"]);
    expect(b?.scope.map((e) => e.id)).toEqual(["tokyo"]);
  });
  it("narrows 'in the capital alone' to the capital of the country named before", () => {
    const body = "Floods swept across Kenya this week. In the capital alone, 32 people died.";
    expect(frameOf(body, "32")?.scope[0]).toMatchObject({ kind: "place", id: "nairobi", within: ["kenya"] });
  });
  it("scopes bullets by the region headings above them", () => {
    const body = "Fires at a glance\n\nNorthern Oregon\n• 12,000 acres burned\n\nSouthern Oregon\n• 30,000 acres burned";
    const north = frameOf(body, "12,000 acres");
    const south = frameOf(body, "30,000 acres");
    expect(north?.scope[0]).toMatchObject({ id: "northern-oregon", within: ["oregon", "united-states"] });
    expect(south?.scope[0]?.id).toBe("southern-oregon");
  });
  it("scopes a table row by its first cell", () => {
    const body = "State | Candidate | Vote\nAlaska | Dan Sullivan | 54%\nMaine | Susan Collins | 51%";
    expect(frameOf(body, "54%")?.scope[0]).toMatchObject({ kind: "place", id: "alaska" });
  });
});

describe("dates as claims about events", () => {
  it("dates the event of a sentence a date opens", () => {
    const frame = frameOf("On 26 October 2019, US special forces carried out the raid in Barisha.", "26 October 2019");
    expect(frame).toMatchObject({ measure: { id: "date.occurred" }, event: { id: "raid" } });
    expect(frame?.event?.date).toBeUndefined();
  });
  it("reads births, deaths and the start of an uprising", () => {
    expect(frameOf("Nelson Mandela was born on 18 July 1918.", "18 July 1918")).toMatchObject({ measure: { id: "date.birth" }, scope: [{ kind: "named", id: "nelson-mandela" }] });
    expect(frameOf("Nelson Mandela died on 5 December 2013.", "5 December 2013")?.measure.id).toBe("date.death");
    expect(frameOf("The uprising began in March 2011.", "March 2011")?.measure.id).toBe("date.start");
  });
  it("gives no frame to a date that dates no event", () => {
    expect(frameOf("On 25 July, Italy became the first country to sign.", "25 July")).toBeUndefined();
  });
});
