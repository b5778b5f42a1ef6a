import { describe, expect, it } from "vitest";
import { frameOf } from "./frame-of.js";

/**
 * Session 27: a quake's depth and magnitude in a story that also tells of a tsunami it raised, or of
 * its tremors felt far away (after the Kaikoura quake of 2016 as Kazinform and ANA told it).
 */
const measureOf = (body: string, words: string) => {
  const f = frameOf(body, words, "2016-11-14");
  return f ? `${f.measure.id}/${f.event?.id}` : undefined;
};

describe("a quake's depth beside a tsunami it may raise", () => {
  const lead = "Two people are dead after a 7.5-magnitude earthquake struck New Zealand just after midnight on Monday.\n\n";
  it("is the quake's depth when the tsunami is the quake's consequence", () => {
    const body = `${lead}The quake struck just after midnight local time at a depth of 15 kilometres, raising fears that it could generate a tsunami, Prime Minister John Key said.`;
    expect(measureOf(body, "15 kilometres")).toBe("depth.earthquake/earthquake");
    expect(measureOf(body, "7.5-magnitude")).toBe("magnitude.earthquake/earthquake");
  });
  it("is nobody's depth when the story tells of a tsunami of its own", () => {
    const body = "A tsunami hit the coast on Monday, hours after a quake.\n\nThe quake struck at a depth of 15 kilometres.";
    expect(measureOf(body, "15 kilometres")).toBeUndefined();
  });
});

describe("a quake's tremors felt far away", () => {
  const tremors = (felt: string) => `At least two people died after a powerful 7.8-magnitude earthquake hit New Zealand's South Island on Sunday.\n\n${felt} in the capital of Wellington.`;
  it("are the one quake's shaking, and its magnitude is the story's", () => {
    expect(measureOf(tremors("The tremors were felt"), "7.8-magnitude")).toBe("magnitude.earthquake/earthquake");
    expect(measureOf(tremors("Tremors rocked buildings"), "7.8-magnitude")).toBe("magnitude.earthquake/earthquake");
  });
  it("are several quakes when they are told as happenings", () => {
    expect(measureOf(tremors("Two more tremors struck overnight"), "7.8-magnitude")).toBeUndefined();
    expect(measureOf(tremors("The tremors continued"), "7.8-magnitude")).toBeUndefined();
  });
});
