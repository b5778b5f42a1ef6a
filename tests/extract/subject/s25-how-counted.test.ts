import { describe, expect, it } from "vitest";
import { extractClaims } from "../../../core/index.js";

/**
 * Session 25: counts of people told by where they were taken or what they were treated for, and
 * tolls told with an adverb or a particle between the toll and its figure. Sentences after real
 * reports (Typhoon Noru, AP, September 2022; Sitakunda depot blast, March 2023; Malia wildfire,
 * July 2025; Daegu subway arson retold, Korea Herald 2023; Tropical Storm Washi, December 2011;
 * Dikko Junction tanker blast, January 2025), each with a look-alike that must stay as it was.
 */
const frameOf = (body: string, text: string) => extractClaims({ id: "a", body, published: "2024-01-01" }).find((c) => c.text === text)?.subject?.frame;

describe("people taken somewhere", () => {
  it("are the evacuated when taken to shelters, the injured when rushed to a hospital named in capitals", () => {
    expect(frameOf("Nearly 80,000 people were moved to emergency shelters, some forcibly, officials said.", "Nearly 80,000")?.measure.id).toBe("evacuated");
    expect(frameOf("According to the official, 18 people were rushed to the Chittagong Medical College Hospital and are under treatment.", "18")?.measure.id).toMatch(/^injured/);
  });
  it("are nothing when moved elsewhere, or to a place that is no hospital", () => {
    expect(frameOf("Nearly 80,000 people were moved to new apartments, officials said.", "Nearly 80,000")?.measure.id).not.toBe("evacuated");
    expect(frameOf("About 18 people were rushed to the Chittagong Medical College Library for the ceremony.", "About 18")?.measure.id).toBeUndefined();
  });
  it("those relocated stay the displaced", () => {
    expect(frameOf("About 100,000 victims have been relocated to the temporary shelters.", "About 100,000")?.measure.id).toBe("displaced");
  });
});

describe("people treated for injuries", () => {
  it("are the injured", () => {
    expect(frameOf("Two people were admitted to hospital with severe burns while another 16 were treated for less serious injuries.", "16")?.measure.id).toBe("injured");
  });
  it("but not those treated for shock", () => {
    expect(frameOf("Police said another 16 were treated for shock at the scene.", "16")?.measure.id).not.toBe("injured");
  });
});

describe("a toll with words between it and its figure", () => {
  it("reads an adverb or a particle after the verb", () => {
    expect(frameOf("The initial figures were optimistic, as the final death toll came in at 192.", "192")?.measure.id).toBe("killed");
    expect(frameOf("The death toll in the flash floods has risen dramatically to 440, officials said.", "440")?.measure.id).toBe("killed");
    expect(frameOf("Baba-Arah confirmed that the number of injured persons was now 55.", "55")?.measure.id).toBe("injured");
  });
  it("but a figure after another noun is not the toll", () => {
    expect(frameOf("The death toll came in at the top of the news, while 192 lorries waited.", "192")?.measure.id).not.toBe("killed");
  });
});

describe("people inside and people burned", () => {
  it("'more than 30 people were inside' counts those inside the story's site; a place after 'inside' is another count", () => {
    expect(frameOf("The incident took place when an aarti was going on and, according to locals, more than 30 people were inside.", "more than 30")?.measure.id).toBe("aboard");
    expect(frameOf("About 30 people were inside the stadium's shop buying tickets.", "About 30")?.measure.id).toBeUndefined();
  });
  it("a quotation may open on the injury", () => {
    expect(frameOf('He said 52 other people suffered "severe burns from the explosion".', "52")?.measure.id).toBe("injured");
    expect(frameOf('He said 52 other people suffered "severe losses from the closure".', "52")?.measure.id).not.toBe("injured");
  });
});
