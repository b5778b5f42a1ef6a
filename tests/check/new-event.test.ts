import { describe, expect, it } from "vitest";
import { introducesEvent, introducesOtherEvent, separateEvents } from "../../core/check/frame/new-event.js";
import { article, claimOn } from "./support.js";

const body = "A car bomb in Sadr City left 30 dead. Another car bomb in al-Rashid killed six. The blast also wounded 21. A bomb blast killed one person in al-Rashid.";
const doc = article("d", body);
const thirty = claimOn(doc, { text: "30", value: 30 });
const six = claimOn(doc, { text: "six", value: 6 });
const wounded = claimOn(doc, { text: "21", value: 21 });
const one = claimOn(doc, { text: "one", value: 1 });

describe("new events inside one article", () => {
  it("sees a sentence that brings in an event with a, another, or a few words between", () => {
    expect(introducesEvent(thirty, body)).toBe(true);
    expect(introducesEvent(six, body)).toBe(true);
    expect(introducesEvent(one, body)).toBe(true);
    expect(introducesEvent(wounded, body)).toBe(false);
  });
  it("takes two figures in sentences that each bring in an event for two events", () => {
    expect(separateEvents(six, one, body)).toBe(true);
    expect(separateEvents(thirty, six, body)).toBe(true);
  });
  it("does not separate a figure in a sentence that refers back ('the blast')", () => {
    expect(separateEvents(six, wounded, body)).toBe(false);
  });
  it("never separates figures of different articles", () => {
    const other = article("e", "Another car bomb killed six.");
    expect(separateEvents(six, claimOn(other, { text: "six", value: 6 }), body)).toBe(false);
  });
});

describe("a sentence that brings in another event", () => {
  it("separates its figure from every figure said before it, not only from another introduced one", () => {
    const text = "The statement said the explosion left 2 civilians dead and injured 4 others. In another separate attack, 3 others were injured.";
    const doc = article("o", text);
    const four = claimOn(doc, { text: "4", value: 4 });
    const three = claimOn(doc, { text: "3", value: 3 });
    expect(introducesOtherEvent(three, text)).toBe(true);
    expect(introducesOtherEvent(four, text)).toBe(false);
    expect(separateEvents(four, three, text)).toBe(true);
  });
});

describe("an eruption is an event the text can count (D's ask, session 15)", () => {
  it("separates a second eruption's figure from the first's, and not a figure told of 'the eruption'", () => {
    const text = "The volcano's first eruption on Saturday sent ash 20 km into the sky. A second eruption on Sunday sent ash 15 km high. The eruption also cut power to 3,000 homes.";
    const doc = article("v", text);
    const twenty = claimOn(doc, { text: "20 km", value: 20 });
    const fifteen = claimOn(doc, { text: "15 km", value: 15 });
    const homes = claimOn(doc, { text: "3,000", value: 3000 });
    expect(introducesEvent(fifteen, text)).toBe(true);
    expect(separateEvents(twenty, fifteen, text)).toBe(true);
    expect(introducesEvent(homes, text)).toBe(false);
  });
});
