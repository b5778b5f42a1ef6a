import { describe, expect, it } from "vitest";
import { extractClaims } from "../../../core/index.js";
import type { Claim, Frame } from "../../../core/model.js";
import { pastVerbBetween } from "../../../core/extract/subject/date-head-verb.js";

/** The frame of the date claim written `words` in `body`. */
function frameOf(body: string, words: string, published = "2020-02-04"): Frame | undefined {
  return extractClaims({ id: "t", body, published }).find((c: Claim) => c.kind === "date" && c.text === words)?.subject?.frame;
}
/** The people and things a frame is about: not the story's names, not where its clause says it happened. */
const named = (frame: Frame | undefined) => frame?.scope.filter((e) => e.kind === "named" && !e.id.startsWith("name:") && !e.within?.includes("clause:where")).map((e) => e.id) ?? [];

const MOI = (sentence: string) => `Kenya's former President Daniel Arap Moi is dead\n${sentence}\nKenya’s former President, Daniel Arap Moi, is dead at the age of 95. Moi ruled Kenya for 24 years.`;

describe("the person of a life's date told by an office or a short name (life-title-person.ts)", () => {
  it("reads an office alone as the report's person, past a word that qualifies a noun ('undisclosed ailment')", () => {
    const frame = frameOf(MOI("The former head of state died at Nairobi Hospital where he was undergoing treatment for undisclosed ailment on Tuesday morning."), "Tuesday morning");
    expect(frame?.measure.id).toBe("date.death");
    expect(named(frame)).toContain("daniel-arap-moi");
  });
  it("reads no person for an office in a report about no one, nor for a building's name", () => {
    const crash = "Bus crash kills nine\nThe former head of state died in the crash on Tuesday.\nThe bus crashed on a highway at night.";
    expect(named(frameOf(crash, "Tuesday"))).toEqual([]);
    const hospital = "Moi is dead\nThe former head of state died at Nairobi Hospital on Tuesday morning.\nNairobi Hospital said Nairobi Hospital staff cared for him.";
    expect(named(frameOf(hospital, "Tuesday morning"))).not.toContain("nairobi-hospital");
  });
  it("reads a word ending in -ed after a preposition or a determiner as no verb between a happening and its day", () => {
    expect(pastVerbBetween(" where he was undergoing treatment for undisclosed ailment ")).toBe(false);
    expect(pastVerbBetween(" in Genoa ended overnight into ")).toBe(true);
  });
});

describe("a happening's toll after 'and' is its own clause's (date-head.ts)", () => {
  const boat = (middle: string) => `Kebbi boat mishap\nThe boat ${middle}.\nThe Warrah boat was overloaded, officials in Ngaski said.`;
  it("dates the capsizing through 'and claimed more than 100 lives on'", () => {
    expect(frameOf(boat("capsized at Warrah and claimed more than 100 lives on June 2"), "June 2", "2021-06-07")?.measure.id).toBe("date.occurred");
  });
  it("does not through 'and' before another act, nor a saying", () => {
    expect(frameOf(boat("capsized at Warrah and rescuers recovered 40 bodies on June 2"), "June 2", "2021-06-07")?.rules ?? []).not.toContain("frame.date-head");
    expect(frameOf(boat("capsized at Warrah, officials claimed on June 2"), "June 2", "2021-06-07")?.rules ?? []).not.toContain("frame.date-head");
  });
});
