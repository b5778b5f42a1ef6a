import { describe, expect, it } from "vitest";
import { aroundMidnight, writtenSpan } from "../../core/check/time.js";
import { runEntry } from "./corpus-runner.js";

describe("aroundMidnight (time.ts)", () => {
  it("takes a day told late and the next day for the two sides of one midnight", () => {
    expect(aroundMidnight({ value: "2010-11-22", words: "late on November 22" }, { value: "2010-11-23", words: "November 23" })).toBe(true);
    expect(aroundMidnight({ value: "2023-12-19", words: "early Tuesday morning" }, { value: "2023-12-18", words: "Monday, December 18, 2023" })).toBe(true);
    expect(aroundMidnight({ value: "2023-12-18", words: "struck at 11:59 pm local time on Monday, December 18" }, { value: "2023-12-19", words: "December 19" })).toBe(true);
  });
  it("takes no pair without an hour word, two days apart, a late second day or a month", () => {
    expect(aroundMidnight({ value: "2010-11-22", words: "on November 22" }, { value: "2010-11-23", words: "on November 23" })).toBe(false);
    expect(aroundMidnight({ value: "2010-11-21", words: "late on November 21" }, { value: "2010-11-23", words: "early on November 23" })).toBe(false);
    expect(aroundMidnight({ value: "2023-09-08", words: "September 8" }, { value: "2023-09-09", words: "on the night of Friday, September 9" })).toBe(false);
    expect(aroundMidnight({ value: "2010-11", words: "late November" }, { value: "2010-12-01", words: "early December 1" })).toBe(false);
  });
});

const captions = (first: string, second: string) => ({
  name: "captions",
  articles: [{ id: "p", published: "2010-11-27", body: `Monks pray at the bridge in Phnom Penh where a stampede claimed the lives of hundreds of people ${first}. AFP PHOTO\n\nMourners gather at the bridge, site of a stampede ${second} which left nearly 350 people dead. AFP PHOTO` }],
});

describe("date-conflict: one happening told on the two sides of a midnight", () => {
  it("compares two captions each bringing in 'a stampede', late on one day and early on the next", () => {
    const found = runEntry(captions("early on November 23", "late on November 22")).filter((f) => f.kind === "date-conflict");
    expect(found).toHaveLength(1);
    expect(found[0]?.explanation).toContain("midnight");
  });
  it("leaves apart two captions each bringing in 'a stampede' on two days told without an hour", () => {
    expect(runEntry(captions("on November 23", "on November 22")).filter((f) => f.kind === "date-conflict")).toEqual([]);
  });
  it("compares two reports of one quake, one at 11:59 pm, the other early the next day, as a discrepancy", () => {
    const found = runEntry({
      name: "quake",
      articles: [
        { id: "a", published: "2023-12-19", body: "A powerful earthquake rocked northwest China, killing at least 111 people. The quake struck at 11:59 pm local time on Monday, December 18, 2023." },
        { id: "b", published: "2023-12-20", body: "A 6.2 magnitude earthquake struck the northwestern mountainous region of China early Tuesday morning local time." },
      ],
    }).filter((f) => f.kind === "date-conflict");
    expect(found.map((f) => f.severity)).toEqual(["discrepancy"]);
  });
  it("does not compare one day told in two time zones in one sentence", () => {
    const body = "The attack on Pearl Harbor on 7 December 1941 (the attack on 8 December 1941 in Asian time zones) brought the US into the war.";
    expect(runEntry({ name: "zones", articles: [{ id: "z", published: "2021-12-07", body }] }).filter((f) => f.kind === "date-conflict")).toEqual([]);
  });
});

describe("a range of days as written (time.ts writtenSpan)", () => {
  it("covers both days of 'September 27-28, 1994', and agrees with the 28th", () => {
    expect(writtenSpan({ text: "September 27-28, 1994", value: "1994-09-27" })).toEqual({ first: 9035, last: 9036 });
    const found = runEntry({
      name: "estonia",
      articles: [
        { id: "a", published: "2021-09-28", body: "The ferry Viking Sally sank on the night of September 28, 1994, while sailing to Stockholm." },
        { id: "b", published: "2021-01-01", body: "On the night of September 27-28, 1994, the MS Viking Sally sank in the Baltic Sea." },
      ],
    }).filter((f) => f.kind === "date-conflict");
    expect(found).toEqual([]);
  });
  it("keeps one day for a score or a time ('won 3-1 on May 2', '10-11 a.m.')", () => {
    expect(writtenSpan({ text: "May 2", value: "2024-05-02" })).toEqual({ first: 19845, last: 19845 });
    expect(writtenSpan({ text: "2 May 2024", value: "2024-05-02" })?.last).toBe(19845);
  });
  it("covers both days of a weekday stretch, 'Thursday-Friday' (session 28, Cyclone Gombe's landfall)", () => {
    expect(writtenSpan({ text: "Thursday-Friday", value: "2022-03-10" })).toEqual({ first: 19061, last: 19062 });
    expect(writtenSpan({ text: "Saturday to Monday", value: "2022-03-12" })?.last).toBe(19065);
    expect(writtenSpan({ text: "Thursday", value: "2022-03-10" })?.last).toBe(19061);
    const found = runEntry({
      name: "gombe",
      articles: [{ id: "a", published: "2022-03-12", body: "Cyclone Gombe made landfall in Nampula on the night of Thursday-Friday, killing seven people. The cyclone struck the coast on Friday with winds of 190 km/h." }],
    }).filter((f) => f.kind === "date-conflict");
    expect(found).toEqual([]);
  });
});
