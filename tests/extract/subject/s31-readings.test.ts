import { describe, expect, it } from "vitest";
import { extractClaims } from "../../../core/index.js";

/**
 * Session 31: readings of forms real reports use (the development sets' misses): "a series of
 * earthquakes" is still a story of earthquakes, "the Russian city of Kostroma" is Kostroma in
 * Russia (not a place called "Russian"), a birth year in a quote tells no earlier event, a figure
 * hedged with "potentially" is no claim the writer makes, the injured "under treatment" are
 * those in hospital; a thing's name never runs across a blank line, "this tower" is the story's
 * tower, "a gust to 116 mph" is a storm's wind, and "Iran-Iraq" and "Iraq-Iran" are one story name.
 */
const claims = (body: string, published = "2023-10-08") => extractClaims({ id: "a", body, published });
const claim = (body: string, text: string, published?: string) => claims(body, published).find((c) => c.text.includes(text));
const scopeIds = (body: string, text: string) => claim(body, text)?.subject?.frame?.scope.map((e) => e.id) ?? [];

describe("the class of event a story tells of", () => {
  it("reads 'a series of earthquakes' as a story of earthquakes", () => {
    const story = "Earthquakes kill more than 2,000 in western Afghanistan\n\nA series of earthquakes hit Herat province on Saturday, killing more than 2,000 people and injuring 9,000, officials said.";
    const herat = claim(story, "9,000")?.subject?.frame?.scope.find((e) => e.id === "name:herat");
    expect(herat?.within).toContain("class:earthquake");
  });
  it("still counts 'a second quake' as another event of the class", () => {
    const story = "Quake kills 12 in Herat\n\nAn earthquake hit Herat province on Saturday, killing 12 people. A second quake struck on Sunday.";
    expect(claim(story, "12")?.subject?.frame?.scope.find((e) => e.id === "name:herat")?.within).not.toContain("class:earthquake");
  });
});

describe("a demonym before 'city of'", () => {
  it("places the event in the named city, inside the demonym's country", () => {
    const c = claim("A fire in a cafe in the Russian city of Kostroma injured five people on Saturday.", "five", "2022-11-05");
    expect(c?.subject?.frame?.event?.place).toBe("kostroma");
    expect(c?.subject?.frame?.scope.find((e) => e.id === "kostroma")?.within).toContain("russia");
    expect(scopeIds("A fire in the Pakistani city of Karachi injured five people.", "five")).not.toContain("pakistani");
  });
});

describe("a count after a quote that dates someone's birth", () => {
  it("still takes the story's names", () => {
    const story = "Warehouse blast near Tashkent airport kills one, injures over 160\n\nAn explosion at a warehouse near the airport in Tashkent killed one person on Thursday, authorities said.\n\n";
    expect(scopeIds(`${story}“A teenager born in 2006 died,” the health ministry said, adding that a further 162 had been injured.`, "162")).toContain("name:tashkent");
    // A sentence dated to years before the story still tells another event.
    expect(scopeIds(`${story}In 2006, a fire at the same airport killed 16 people.`, "16 people")).not.toContain("name:tashkent");
  });
});

describe("a figure the writer hedges", () => {
  it("reads 'potentially hundreds' as no claim of the writer's", () => {
    expect(claim("A landslide has killed at least 30 people, with potentially hundreds more missing.", "hundreds")?.modality).toBe("hypothetical");
    expect(claim("A landslide has killed at least 30 people, with hundreds more missing.", "hundreds")?.modality).toBe("asserted");
  });
});

describe("the injured under treatment", () => {
  it("reads them as those in hospital, a part of the injured", () => {
    expect(claim("Rescue work went on overnight. About 100 injured people under treatment.", "100")?.subject?.frame?.measure.id).toBe("injured.in-hospital");
    expect(claim("Rescue work went on overnight. About 100 people were injured.", "100")?.subject?.frame?.measure.id).toBe("injured");
  });
});

describe("the made thing a date is of", () => {
  it("reads a thing's name within its line, not across a blank line", () => {
    const page = "Hassan II Mosque\n\nAbout Hassan II Mosque\n\nThe mosque was built in 1989, and its minaret measures 200m in height.";
    expect(scopeIds(page, "1989")).toEqual(["hassan-ii"]);
  });
  it("reads 'this tower' as the one tower the article names", () => {
    const page = "Canton Tower\n\nGuangzhou TV & Sightseeing Tower, also known as Canton Tower, is located near Chigang Pagoda. This tower was finished in October 2010.";
    expect(claim(page, "October 2010")?.subject?.frame?.measure.id).toBe("date.completion");
    expect(scopeIds(page, "October 2010")).toEqual(["canton-tower"]);
  });
});

describe("a storm's gust", () => {
  it("reads 'a gust to 116 mph' as the storm's wind", () => {
    const story = "Hurricane Odile slams Los Cabos\n\nHurricane Odile made landfall near Cabo San Lucas on Sunday night.\n\nA station near the coast reported a sustained wind of 89 mph with a gust to 116 mph.";
    expect(claim(story, "116 mph", "2014-09-15")?.subject?.frame?.measure.id).toBe("speed.wind");
  });
});

describe("two known places joined as one name", () => {
  it("is one story name whichever comes first", () => {
    const story = (pair: string) => `Powerful quake hits ${pair} border region\n\nA magnitude 7.3 earthquake struck the ${pair} border region on Sunday, killing at least 140 people.`;
    const names = (pair: string) => scopeIds(story(pair), "140").filter((id) => id.startsWith("name:"));
    expect(names("Iran-Iraq")).toContain("name:iran-iraq");
    expect(names("Iraq-Iran")).toEqual(names("Iran-Iraq"));
  });
});
