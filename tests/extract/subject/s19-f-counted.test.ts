import { describe, expect, it } from "vitest";
import { storyVessel } from "../../../core/extract/subject/named-vessel.js";
import { frameOf } from "./frame-of.js";

describe("a toll told with its change first ('jumped by N to M')", () => {
  it("reads the figure after 'to' as the toll", () => {
    // AsiaOne (AFP) and ABC News (Australia) on Typhoon Haiyan, 22-23 Nov 2013 (dev19).
    expect(frameOf("The number of people confirmed killed jumped by nearly 1,200 to 5,209, with another 1,611 people still unaccounted for, the spokesman told AFP.", "5,209", "2013-11-22")?.measure.id).toBe("killed");
    expect(frameOf("The official death toll from the storm jumped by 1,200 to 5,235, with another 1,613 people still missing, the spokesman said.", "5,235", "2013-11-23")?.measure.id).toBe("killed");
  });
  it("leaves the change itself no toll", () => {
    expect(frameOf("The official death toll from the storm jumped by 1,200 to 5,235, with another 1,613 people still missing, the spokesman said.", "1,200", "2013-11-23")?.measure.id).not.toBe("killed");
  });
});

describe("everyone aboard told by a bare count ('with 459 on board')", () => {
  it("reads a bare count carried 'on board' as all aboard", () => {
    // The Japan Times (AFP) on the Sewol, 16 Apr 2014 (dev19).
    expect(frameOf("South Korean rescuers worked frantically under floodlights Wednesday to find nearly 300 people missing after a ferry sank with 459 on board, mostly high school students.", "459", "2014-04-16")?.measure.id).toBe("aboard");
  });
  it("reads no one aboard from a count with a unit, or with no vessel's load before it", () => {
    expect(frameOf("The ferry sank with 20 tonnes on board.", "20 tonnes")?.measure.id).not.toBe("aboard");
    expect(frameOf("Rescuers pulled 459 on board the navy ship for treatment.", "459")?.measure.id).not.toBe("aboard");
  });
});

describe("a part of a casualty count named by its group ('41 of whom were children')", () => {
  // Comic Sands and Philly.com (NDN video) on the Kemerovo mall fire, 27 Mar 2018 (dev19).
  const comic = "A massive fire tore through a shopping mall in Kemerovo, Russia on Sunday killing 64 people, 41 of whom were children.";
  it("reads the part as the whole's casualty of its group, and the whole as the whole", () => {
    expect(frameOf(comic, "41", "2018-03-27")?.measure.id).toBe("killed.child");
    expect(frameOf(comic, "64", "2018-03-27")?.measure.id).toBe("killed");
  });
  it("reads a count placed by a chain of where they were, ending in a name, before its passive verb", () => {
    expect(frameOf("At least 64 children in a shopping center in the Siberian city of Kemerovo were killed.", "At least 64", "2018-03-27")?.measure.id).toBe("killed.child");
  });
  it("leaves a part with no group of people, and a place chain with no name, to what they were before", () => {
    // Jabalpur 2024 (s12 test): the injured by their condition, read by the casualty step.
    expect(frameOf("The blast injured 15 people, two of whom are said to be in critical condition.", "two")?.measure.id).toBe("injured.critical");
    expect(frameOf("Three people in the car were killed.", "Three")?.measure.id ?? "").not.toMatch(/^killed/);
  });
});

describe("a city's population beside a possessive apposition ('Mandalay, Myanmar's second-largest city')", () => {
  // Times of Senapati and The Sampadak Express on the Myanmar quake, Mar 2025 (dev19).
  it("reads the name the apposition is set beside as the place, not the possessive owner", () => {
    const scope = (body: string, words: string) => frameOf(body, words, "2025-03-29")?.scope.map((e) => e.id);
    expect(scope("The epicenter was located just 20 km from Mandalay, Myanmar’s second-largest city with a population of 1.5 million.", "1.5 million")).toEqual(["mandalay"]);
    expect(scope("The earthquake, which struck with a magnitude of 7.7, devastated Mandalay, Myanmar’s second-largest city, home to over 1.7 million residents.", "over 1.7 million")).toEqual(["mandalay"]);
  });
  it("reads no population where a finite verb makes the possessive phrase a clause of its own", () => {
    expect(frameOf("Officials visited Mandalay, where Myanmar’s second-largest city has 1.5 million people.", "1.5 million", "2025-03-29")?.scope.map((e) => e.id) ?? []).not.toContain("mandalay");
  });
});

describe("the story's one named vessel ('the 6,325-ton vessel')", () => {
  it("reads a definite vessel's tonnage as the one ship the story names", () => {
    // The Korea Times on the Sewol, 16 Apr 2014 (dev19).
    const body = "Around 290 people are feared missing as rescue team is searching for passengers in the ferry \"SEWOL,\" which ran aground this morning in the sea off Jindo, South Jeolla Province.\n\nThe passengers, including 325 students on a school trip, were aboard the 6,325-ton vessel when it sent out a distress signal.";
    expect(frameOf(body, "6,325-ton", "2014-04-16")?.scope.map((e) => e.id)).toEqual(["sewol"]);
  });
  it("reads none when the story names two vessels", () => {
    // Softpedia on the Thomas Aquinas collision off Cebu, Aug 2013.
    expect(storyVessel("The MV Thomas Aquinas ship collided with the Sulpicio Express 7 cargo ship off Lawis Ledge, Talisay city, on Friday, August 16.")).toBeNull();
    expect(storyVessel("The Thomas Aquinas ferry, carrying 692 people, collided with a freighter near the port of Cebu.")?.thing.id).toBe("thomas-aquinas");
  });
});

describe("a count's breakdown by place ('Of the 72 deaths, 39 were in Wajima, 22 in Suzu')", () => {
  // The Japan News (Yomiuri Shimbun) on the Noto Peninsula quake, 3 Jan 2024 (dev19).
  const body = "Of the 72 deaths, 39 were in Wajima, 22 in Suzu, five in Nanao, two each in Anamizu and Noto, and one each in Hakui and Shika.";
  it("reads each item as the opener's casualty at its place, marked a share", () => {
    const suzu = frameOf(body, "22", "2024-01-03");
    expect(suzu?.measure.id).toBe("killed");
    expect(suzu?.scope.some((e) => e.kind === "place" && e.id === "suzu")).toBe(true);
    expect(suzu?.rules).toContain("subject.share");
    expect(frameOf(body, "39", "2024-01-03")?.scope.some((e) => e.kind === "place" && e.id === "wajima")).toBe(true);
  });
  it("reads no count of the places together from 'two each in Anamizu and Noto'", () => {
    expect(frameOf(body, "two", "2024-01-03")).toBeUndefined();
  });
});
