import { describe, expect, it } from "vitest";
import { extractClaims } from "../../../core/index.js";
import type { Claim, Frame } from "../../../core/model.js";

/** The frame of the date claim written `words` in `body`. */
function frameOf(body: string, words: string, published = "2025-09-03"): Frame | undefined {
  return extractClaims({ id: "t", body, published }).find((c: Claim) => c.kind === "date" && c.text === words)?.subject?.frame;
}
const rules = (frame: Frame | undefined) => frame?.rules ?? [];

const DAM = (lead: string) => `Dam collapse kills four in Balrampur\n\n${lead}\n\nThe reservoir near Dhaneshpur was built in the 1980s. Rescue teams from Balrampur searched the fields near Dhaneshpur.`;

describe("the day of the story's happening told in its lead (story-day.ts)", () => {
  it("reads a verb of the happening, its place, then the day", () => {
    const frame = frameOf(DAM("At least four people were killed after a small dam collapsed in Balrampur district on Wednesday, causing a flash flood."), "Wednesday");
    expect(frame?.measure.id).toBe("date.occurred");
    expect(rules(frame)).toContain("frame.story-day");
    expect(frame?.scope.map((e) => e.id)).toContain("name:balrampur");
  });
  it("reads 'occurred' after the happening's noun and an aside, and a comma right before the day", () => {
    expect(rules(frameOf(DAM("The breach in the reservoir, located in Dhaneshpur village, occurred late Tuesday night following heavy rain."), "late Tuesday night"))).toContain("frame.story-day");
    expect(rules(frameOf(DAM("Four people were killed in a small dam burst near Dhaneshpur following torrential rain, late on Tuesday night."), "Tuesday night"))).toContain("frame.story-day");
  });
  it("gives other steps' lead days of the story's happening the story's names ('the collapse on Tuesday night')", () => {
    const frame = frameOf(DAM("Four people were killed in the dam collapse on Tuesday night in Balrampur district."), "Tuesday night");
    expect(rules(frame)).toContain("frame.story-day");
    // The place the frame holds already ("balrampur") is not added again as a story name.
    expect(frame?.scope.map((e) => e.id)).toEqual(["balrampur", "name:dhaneshpur"]);
  });
  it("does not read a day of saying, of a toll, of another happening, or after another day", () => {
    const said = frameOf(DAM("Four people were killed after a small dam collapsed in Balrampur district, officials said on Wednesday."), "Wednesday");
    expect(rules(said)).not.toContain("frame.story-day");
    const protest = frameOf(DAM("Families of those killed in the dam collapse in Balrampur staged a protest on Sunday."), "Sunday");
    expect(rules(protest)).not.toContain("frame.story-day");
    const toll = frameOf(DAM("The death toll in the dam collapse in Balrampur yesterday rose to 6 tonight."), "tonight");
    expect(rules(toll)).not.toContain("frame.story-day");
    const other = frameOf(DAM("Another dam collapsed in Balrampur district on Wednesday, causing a flash flood."), "Wednesday");
    expect(rules(other)).not.toContain("frame.story-day");
  });
  it("does not read a day outside the headline and lead, nor a month", () => {
    const body = `${DAM("At least four people were killed after a small dam collapsed in Balrampur district, causing a flash flood.")}\nA second wall collapsed in Balrampur district on Thursday.`;
    expect(rules(frameOf(body, "Thursday"))).not.toContain("frame.story-day");
    expect(rules(frameOf(DAM("A small dam collapsed in Balrampur district in September 2025, causing a flash flood."), "September 2025"))).not.toContain("frame.story-day");
  });
});
