import { describe, expect, it } from "vitest";
import { contextOf as linesContext } from "./lines-context.js";
import { datelinePlace, leadEnd } from "../../../core/extract/subject/story-lead.js";
import { storyClass, storyClasses } from "../../../core/extract/subject/story-class.js";
import { stormTitled } from "../../../core/extract/subject/story-name-storm.js";
import { besidesOtherStatus } from "../../../core/extract/subject/story-status-besides.js";
import { storyNames } from "../../../core/extract/subject/story-names.js";
import { placedAround } from "../../../core/extract/subject/story-name-placed.js";
import { combinedCasualties } from "../../../core/extract/subject/story-combined-count.js";

// Session 19 (issue 15), S: what a report's story names and classes need so that two reports of
// one incident meet (dev19: the Cairo Ramses station fire, the Lebanon pager explosions, Typhoon Haiyan).

const contextOf = (text: string) => linesContext(text, "2024-09-18");

describe("a dateline after the syndicator's mark (MENAFN, 18 Sep 2024)", () => {
  it("reads the city after '(MENAFN- Nam News Network)'", () => {
    const text = "(MENAFN- Nam News Network) BEIRUT, Sept 18 (NNN-NNA) – Eight people were killed, as their pagers exploded.\nMore followed.";
    expect(datelinePlace(contextOf(text))).toBe("beirut");
  });
  it("reads no dateline from a bracket before a sentence that opens in lower case", () => {
    expect(datelinePlace(contextOf("(Reuters) the death toll rose to 12 on Monday - officials said.\nMore followed."))).toBeUndefined();
  });
});

describe("the classes a lead tells (storyClasses)", () => {
  const classesOf = (text: string) => storyClasses(text, leadEnd(contextOf(text)));
  it("gives the two classes a lead tells of one incident (Shehaben's copy of the BBC, Cairo 27 Feb 2019)", () => {
    const text = "Egypt: Dozens killed in crash and fire at Cairo train station\nAt least 28 people have been killed and 50 injured after a train smashed into a barrier at Cairo's main train station.\nSmoke billowed.";
    expect(classesOf(text)).toEqual({ both: ["crash", "fire"] });
    expect(storyClass(text, leadEnd(contextOf(text)))).toBeUndefined();
  });
  it("gives none when the lead counts another event of one of them", () => {
    const text = "Crash and a second fire at Cairo station\nAt least 28 people have been killed.\nSmoke billowed.";
    expect(classesOf(text)).toEqual({});
  });
  it("reads a lead that names its event by a verb alone (MENAFN on the pager explosions)", () => {
    const text = "Eight people were killed, and over 2,800 others were wounded yesterday, in different areas of Lebanon, as their pagers exploded, said the minister.\nThe son of a parliamentarian was among those killed.";
    expect(classesOf(text)).toEqual({ one: "attack" });
  });
  it("reads no class from a verb of many kinds of event, nor from verbs of two classes", () => {
    expect(classesOf("It struck the town on Monday, police said.\nTwelve people were hurt.")).toEqual({});
    // Since session 32 a vehicle before the verb tells its class (s32-readings.test.ts).
    expect(classesOf("A bus struck a wall on Monday, police said.\nTwelve people were hurt.")).toEqual({ one: "crash" });
    expect(classesOf("A building collapsed after a boat capsized nearby.\nTwelve people were hurt.")).toEqual({});
  });
});

describe("a storm's name after its title in lower case (ABC News on Typhoon Haiyan, 2013)", () => {
  it("reads the name after 'typhoon', 'hurricane', 'cyclone'", () => {
    const s = "The number of people confirmed dead from typhoon Haiyan in the Philippines has surpassed 5,200.";
    expect(stormTitled(s, [s.indexOf("Haiyan")])).toBe(true);
  });
  it("names the storm, not its grade, in a report's story names (AsiaOne and ABC News, 22-23 Nov 2013)", () => {
    const afp = "Philippines typhoon death toll tops 5,200\nMANILA - The death toll from Super Typhoon Haiyan has risen above 5,200, the government said on Friday.\nThe typhoon flattened dozens of towns across the central Philippines on November 8.";
    const abc = "Philippines typhoon death toll surpasses 5,200: government\nThe number of people confirmed dead from typhoon Haiyan in the Philippines has surpassed 5,200, the country's government said.\nThe official death toll from the storm jumped by 1,200 to 5,235.";
    expect(storyNames(contextOf(afp)).map((n) => n.id)).toEqual(["name:haiyan"]);
    expect(storyNames(contextOf(abc)).map((n) => n.id)).toEqual(["name:haiyan"]);
  });
  it("not a name after other words", () => {
    const s = "The number of people confirmed dead from the storm in Tacloban has surpassed 5,200.";
    expect(stormTitled(s, [s.indexOf("Tacloban")])).toBe(false);
  });
});

describe("'another N' of another status than the sentence counted before (AFP on Typhoon Haiyan)", () => {
  const at = (text: string, figure: string) => besidesOtherStatus("missing", text, { start: 0, end: text.length }, { start: text.indexOf(figure), end: text.indexOf(figure) + figure.length });
  it("is the whole of its own measure after a count of the dead", () => {
    expect(at("The number of people confirmed killed jumped by nearly 1,200 to 5,209, with another 1,611 people still unaccounted for.", "1,611")).toBe(true);
  });
  it("is more of the same count after a count of its own status", () => {
    expect(at("Twelve people are missing and another 5 were reported missing on Monday.", "5 were")).toBe(false);
  });
});

describe("a name said as a place by the words around it (two reports of the Myanmar earthquake, March 2025)", () => {
  it("reads a division's word after it and a compass bearing before it", () => {
    const a = "The earthquake of magnitude 7.5 struck central Myanmar's Mandalay city at 11.50 am local time on March 28.";
    expect(placedAround(a, [a.indexOf("Mandalay")], "Mandalay".length)).toBe(true);
    const b = "The epicenters were located northwest of Sagaing city at depths ranging from 10 to 30 kilometers.";
    expect(placedAround(b, [b.indexOf("Sagaing")], "Sagaing".length)).toBe(true);
  });
  it("not a person or an agency named beside other words", () => {
    const c = "The United States Geological Survey said that the magnitude of the first quake was 7.7.";
    expect(placedAround(c, [c.indexOf("United")], "United States Geological Survey".length)).toBe(false);
    const venue = "The terrorist attack occurred on Friday night at Crocus City Hall.";
    expect(placedAround(venue, [venue.indexOf("Crocus")], "Crocus".length)).toBe(false);
    const d = "Min Aung Hlaing of the junta visited the wounded.";
    expect(placedAround(d, [d.indexOf("Min")], "Min Aung Hlaing".length)).toBe(false);
  });
});

describe("a count of the dead and the hurt together (Hawar News Agency on the Cairo Ramses station fire, 2019)", () => {
  const at = (text: string, figure: string) => combinedCasualties(text, { start: text.indexOf(figure), end: text.indexOf(figure) + figure.length });
  it("reads 'N people killed, injured' and 'killing and wounding N' as both together", () => {
    expect(at("32 people killed, injured in fire in Egypt", "32")).toBe(true);
    expect(at("that resulted in killing and wounding 32 people.", "32")).toBe(true);
  });
  it("not a count of one of them beside a count of the other", () => {
    expect(at("10 people were killed and 22 injured as a result of a huge fire.", "10")).toBe(false);
    expect(at("10 people were killed and 22 injured as a result of a huge fire.", "22")).toBe(false);
    expect(at("At least 28 people have been killed and 50 injured after a train smashed into a barrier.", "28")).toBe(false);
  });
});
