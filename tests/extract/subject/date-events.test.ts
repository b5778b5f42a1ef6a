import { describe, expect, it } from "vitest";
import { extractClaims } from "../../../core/index.js";
import type { Claim, Frame } from "../../../core/model.js";

/** The frame of the date claim written `words` in `body`. */
function frameOf(body: string, words: string, published = "2024-05-08"): Frame | undefined {
  return extractClaims({ id: "t", body, published }).find((c: Claim) => c.kind === "date" && c.text === words)?.subject?.frame;
}

describe("deaths told with the event of the death or under a caption's date (person-dates.ts)", () => {
  it("reads 'died in a plane crash in X on DATE' as the person's death, not the crash's date alone", () => {
    const frame = frameOf("The singer Aaliyah died in a plane crash in the Bahamas on August 25, 2001.", "August 25, 2001", "2001-08-27");
    expect(frame?.measure.id).toBe("date.death");
    expect(frame?.scope.map((s) => s.id)).toEqual(["aaliyah"]);
  });
  it("reads 'passed away' as a death", () => {
    expect(frameOf("Tennis great Arthur Ashe passed away on February 6, 1993.", "February 6, 1993", "1993-02-08")?.measure.id).toBe("date.death");
  });
  it("reads a caption's date before ' - <role> <Name> has died'", () => {
    const frame = frameOf("25 June 2009 - Pop star Michael Jackson has died at his home in Los Angeles.", "25 June 2009", "2009-06-26");
    expect(frame?.measure.id).toBe("date.death");
    expect(frame?.scope[0]?.id).toBe("michael-jackson");
  });
});

describe("occurrences told by a relative clause or 'it' (occurrence-date.ts)", () => {
  it("reads 'an earthquake of magnitude 7.8 that struck on DATE'", () => {
    const frame = frameOf("It was an earthquake of magnitude 7.8 that struck on 6 February 2023 near the border.", "6 February 2023", "2023-02-10");
    expect(frame?.measure.id).toBe("date.occurred");
    expect(frame?.event?.id).toBe("earthquake");
  });
  it("takes 'it' for the one event the sentence named before", () => {
    const frame = frameOf("The tsunami caught residents unprepared, as it struck on the morning of 26 December 2004.", "26 December 2004", "2005-01-02");
    expect(frame?.measure.id).toBe("date.occurred");
    expect(frame?.event?.id).toBe("tsunami");
  });
  it("does not date the event by a later day told after another verb", () => {
    const frame = frameOf("The toll from the flood that swept the valley on Monday rose to 30 on Wednesday.", "Wednesday", "2024-05-08");
    expect(frame?.measure.id ?? "none").not.toBe("date.occurred");
  });
});

describe("session 8: an event's place before its verb, and 'the disaster' as the story's one happening to a made thing", () => {
  it("reads 'The 2015 earthquake in Nepal struck on DATE'", () => {
    const frame = frameOf("The 2015 earthquake in Nepal struck on April 25, 2015, flattening villages.", "April 25, 2015", "2016-04-25");
    expect(frame?.measure.id).toBe("date.occurred");
    expect(frame?.event?.id).toBe("earthquake");
  });
  it("takes 'the disaster occurred' for the collapse of the one bridge a story names, and for nothing when it names two", () => {
    const one = "Morandi Bridge collapse: dozens feared dead\n\nThe disaster occurred on Tuesday when a section of the viaduct fell onto the river bed.";
    expect(frameOf(one, "Tuesday", "2018-08-15")).toMatchObject({ measure: { id: "date.occurred" }, event: { id: "collapse" }, scope: [{ id: "morandi-bridge" }] });
    const two = "After the Morandi Bridge collapse, engineers recalled the Polcevera Viaduct collapse.\n\nThe disaster occurred on Tuesday.";
    expect(frameOf(two, "Tuesday", "2018-08-15")?.scope.some((e) => e.kind === "named") ?? false).toBe(false);
  });
  it("reads an aside between the event noun and its verb", () => {
    const frame = frameOf("The earthquake, which measured 7.0 on the Richter scale, struck on 12 January 2010.", "12 January 2010", "2011-01-12");
    expect(frame).toMatchObject({ measure: { id: "date.occurred" }, event: { id: "earthquake" } });
  });
});
