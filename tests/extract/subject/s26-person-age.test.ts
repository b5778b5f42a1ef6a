import { describe, expect, it } from "vitest";
import { extractClaims } from "../../../core/index.js";

/**
 * Session 26: the age of a named person (core/extract/subject/person-age.ts), framed as `age` of
 * `person:<surname>`. Sentences after real reports: NBC News on the Scottsdale shooting of Kyle
 * Brayer (February 2018), Fox59 Indianapolis (2021), the BBC on Sgt Matt Ratana (Croydon,
 * September 2020), Reuters on Mahsa Amini (September 2022); each with a look-alike that names no
 * one, a thing, a range of many people's ages, or a place before the age.
 */
const claimOf = (body: string, text: string) => extractClaims({ id: "a", body, published: "2024-01-01" }).find((c) => c.text === text);
const personOf = (body: string, text: string) => {
  const frame = claimOf(body, text)?.subject?.frame;
  return frame?.measure.id === "age" ? frame.scope.map((e) => `${e.id} ${e.text}`) : undefined;
};

describe("a named person's age", () => {
  it("is read set off after the name", () => {
    expect(personOf("Scottsdale Police Department spokesman Ben Hoster identified the victim as Kyle Brayer, 34, of the Tempe Fire Department.", "34")).toEqual(["person:brayer Kyle Brayer"]);
    expect(personOf("Mahsa Amini, a 22-year-old woman from the Kurdish city of Saqez, was arrested last week.", "22-year-old")).toEqual(["person:amini Mahsa Amini"]);
  });
  it("is read in brackets or after 'aged', as Irish and British reports write it", () => {
    expect(personOf("The injured man, John McCabe (39), was taken to Beaumont Hospital.", "39")).toEqual(["person:mccabe John McCabe"]);
    expect(personOf("Police named the driver as Ahmed Hussain, aged 44, of Bradford.", "44")).toEqual(["person:hussain Ahmed Hussain"]);
  });
  it("is read before the name, a middle initial kept", () => {
    expect(personOf("The victim was later identified as 21-year-old Daevion T. Martin.", "21-year-old")).toEqual(["person:martin Daevion T. Martin"]);
  });
  it("leaves a rank out, and gives a surname its fuller name from the report", () => {
    const body = "Sgt Matt Ratana was shot in the chest at Croydon Custody Centre. Sgt Ratana, 54, died in hospital.";
    expect(personOf(body, "54")).toEqual(["person:ratana Matt Ratana"]);
  });
  it("keeps a title word that is a surname after a given name ('Bebe King')", () => {
    expect(personOf("The victims were named as Bebe King, 6, and Elsie Dot Stancombe, 7.", "6")?.[0]).toBe("person:king Bebe King");
  });
});

describe("an age that is no named person's", () => {
  it("an unnamed man's stays with the other readers", () => {
    expect(personOf("A 34-year-old man was shot dead at a gathering in Lancaster Saturday night, authorities said.", "34-year-old")).toBeUndefined();
  });
  it("a capitalised run before a noun is no name ('a 41-year-old Toronto man', 'a 30-year-old Tesco worker')", () => {
    expect(personOf("Police arrested a 41-year-old Toronto man on Monday.", "41-year-old")).toBeUndefined();
    expect(personOf("Police arrested a 30-year-old Tesco worker on Monday.", "30-year-old")).toBeUndefined();
  });
  it("a thing's age is no person's ('the 850-year-old Notre-Dame Cathedral')", () => {
    expect(personOf("Flames engulfed the 850-year-old Notre-Dame Cathedral on Monday.", "850-year-old")).toBeUndefined();
  });
  it("a range of many people's ages names no one", () => {
    expect(personOf("The 12 boys, aged 11 to 16, and their coach were trapped in the cave.", "11 to 16")).toBeUndefined();
  });
});

/** Session 26 (lead): an age glued before a made thing is the thing's age, not a count. */
describe("the age of a made thing", () => {
  const frameOf = (body: string, text: string) => extractClaims({ id: "a", body, published: "2022-10-31" }).find((c) => c.text === text)?.subject?.frame?.measure.id;
  it("is read as the thing's age", () => {
    expect(frameOf("People assembled over the 140-year-old bridge to watch the immersion.", "140-year-old")).toBe("age.bridge");
    expect(frameOf("Though, the 150-year-old structure could take the weight of only about 125 people.", "150-year-old")).toBe("age.building");
  });
  it("leaves a person's age to the person", () => {
    expect(frameOf("A 26-year-old man from Leeds was arrested.", "26-year-old")?.startsWith("age.")).toBe(false);
  });
});
