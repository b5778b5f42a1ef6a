import { describe, expect, it } from "vitest";
import { extractClaims } from "../../../core/index.js";
import type { Claim, Frame } from "../../../core/model.js";

/** The frame of the date claim written `words` in `body`. */
function frameOf(body: string, words: string, published: string): Frame | undefined {
  return extractClaims({ id: "t", body, published }).find((c: Claim) => c.kind === "date" && c.text === words)?.subject?.frame;
}
const rules = (frame: Frame | undefined) => frame?.rules ?? [];
const names = (frame: Frame | undefined) => (frame?.scope ?? []).map((e) => e.id).filter((id) => id.startsWith("name:"));

/** A stampede story (paraphrased from Vanguard, 28 May 2022, Port Harcourt) with one sentence of its body given. */
const STAMPEDE = (body: string) => "31 dead, seven injured in Port Harcourt church stampede\n\n"
  + "THE Rivers State Police Command has confirmed 31 persons dead in a stampede at the Kings Assembly church programme at the Polo Club in Port Harcourt.\n\n"
  + `${body}\n\nThe Polo Club ground in Port Harcourt was sealed off by the police.`;

describe("the story's incident dated after the lead by a noun of its class (occurrence-body.ts)", () => {
  it("lends the story's names and its class to a generic noun's day in the body", () => {
    const frame = frameOf(STAMPEDE("The tragedy, which occurred in the morning of Saturday, May 28, 2022, resulted from a programme organised by the church as part of the church's fourth anniversary."), "Saturday, May 28, 2022", "2022-05-28");
    expect(frame?.measure.id).toBe("date.occurred");
    expect(frame?.event?.id).toBe("stampede");
    expect(rules(frame)).toContain("frame.story-incident");
    expect(names(frame)).toContain("name:port-harcourt");
  });
  it("lends nothing when the sentence tells another happening before the day, or the day is far from the report's", () => {
    const other = frameOf(STAMPEDE("A similar tragedy, which occurred in the morning of Saturday, May 14, 2022, killed four people at a market."), "Saturday, May 14, 2022", "2022-05-28");
    expect(rules(other)).not.toContain("frame.story-incident");
    const old = frameOf(STAMPEDE("The tragedy, which occurred in the morning of Saturday, May 28, 2022, resulted from a programme organised by the church."), "Saturday, May 28, 2022", "2023-06-10");
    expect(rules(old)).not.toContain("frame.story-incident");
  });
  it("lends nothing to a quote's 'yesterday', which counts from when it was said", () => {
    const body = "Over 40 killed in Mali mine collapse\n\nForty-two people were killed after an artisanal gold mine collapsed at Bilali Koto in the Kenieba district of western Mali.\n\n"
      + "“The collapse happened yesterday, Saturday, at a site run by foreigners,” said the prefect of Kenieba.\n\nMines around Bilali Koto were closed.";
    expect(rules(frameOf(body, "yesterday", "2025-02-17"))).not.toContain("frame.story-incident");
  });
});

describe("a place and the places it is in between an event's verb and its day (occurrence-date.ts)", () => {
  it("dates the event told with a long place before 'on the evening of'", () => {
    const body = "Crocus City Hall toll rises\n\nThe number of injured in the Crocus City Hall concert hall has reached 382.\n\n"
      + "The terrorist attack took place in the concert hall in the city of Krasnogorsk, Moscow region, on the evening of March 22.";
    const frame = frameOf(body, "March 22", "2024-03-30");
    expect(frame?.measure.id).toBe("date.occurred");
    expect(frame?.event?.id).toBe("attack");
  });
});

describe("a verb's form that qualifies a noun, or an event word naming where another act was, dates nothing", () => {
  it("reads no collapse in 'the rubble of the collapsed building ... on Wednesday' (date-head.ts)", () => {
    const body = "Search goes on at George building\n\nRescue workers continued to scour the rubble of the collapsed building in Victoria Street on Wednesday, trying to recover workers.\n\nThe building in Victoria Street collapsed on Monday.";
    expect(frameOf(body, "Wednesday", "2024-05-08")?.measure.id).not.toBe("date.occurred");
    expect(frameOf(body, "Monday", "2024-05-08")?.measure.id).toBe("date.occurred");
  });
  it("reads no landslide day in a caption 'at the site of the landslide ... on Thursday' (story-day.ts, occurrence-story.ts)", () => {
    const body = "Indian rescuers search for landslide survivors\nMembers of the National Disaster Response Force carry a body at the site of the landslide in Malin village in Pune district on Thursday.\n"
      + "Rescuers waded through sludge in Malin village after a landslide buried dozens of homes in Pune district.";
    expect(frameOf(body, "Thursday", "2014-07-31")?.measure.id).not.toBe("date.occurred");
    const told = "Landslide buries Malin village\nA landslide hit Malin village in Pune district on Wednesday, burying dozens of homes.\nRescuers waded through sludge in Malin village after the landslide in Pune district.";
    expect(frameOf(told, "Wednesday", "2014-07-31")?.measure.id).toBe("date.occurred");
  });
});

describe("a date opening a list's line (occurrence-opening.ts)", () => {
  it("reads '- On August 4, a landslide occurred ...' as the landslide's day (after Trend, 10 August 2023, Shovi)", () => {
    const body = "Due to a landslide in the Georgian resort of Shovi, 21 people have died.\nThey are still looking for 12 people.\n- On August 4, a landslide occurred in the territory of the Shovi mountain resort in Georgia.";
    const frame = frameOf(body, "August 4", "2023-08-10");
    expect(frame?.measure.id).toBe("date.occurred");
    expect(frame?.event?.id).toBe("landslide");
  });
  it("reads no opening for a dash inside a sentence", () => {
    const body = "Due to a landslide in the Georgian resort of Shovi, 21 people have died.\nRelatives - on August 4, a day of mourning - gathered in the Shovi resort.";
    expect(frameOf(body, "August 4", "2023-08-10")?.measure.id).not.toBe("date.occurred");
  });
});
