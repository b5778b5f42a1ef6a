import { describe, expect, it } from "vitest";
import { additions, addsToEarlier, isAddition } from "../../core/check/frame/addition.js";
import { laterLevel } from "../../core/check/frame/later.js";
import { article, claimOn, subject } from "./support.js";

const killed = (extra = {}) => ({ unit: "person", dimension: "count" as const, subject: subject("killed", { frame: { measure: { id: "killed", text: "killed" }, scope: [] } }), ...extra });
const injured = { unit: "person", dimension: "count" as const, subject: subject("injured", { frame: { measure: { id: "injured", text: "wounded" }, scope: [] } }) };

describe("counts added to another (core/check/frame/addition.ts)", () => {
  it("reads 'N more' and 'N additional' as an addition, from the body or the subject's words", () => {
    const body = "The toll rose to 31 after four more people died in hospital. Police said 5 additional bodies were found.";
    const doc = article("a", body);
    for (const text of ["four", "5"]) expect(isAddition(claimOn(doc, { text, value: 1 }), body)).toBe(true);
    expect(isAddition(claimOn(doc, { text: "31", value: 31 }), body)).toBe(false);
    // Without the body (a stored claim of another article), the subject's words tell.
    const stored = claimOn(doc, { text: "four", value: 4, subject: subject("killed", { text: "toll rose to 31 after four more people died" }) });
    expect(isAddition(stored)).toBe(true);
  });

  it("reads 'N other(s)' as an addition only after a figure of the same measure", () => {
    const body = "Nine people died at the scene and two other people died on the way to hospital. The gunmen killed 14 and wounded 30 others.";
    const doc = article("b", body);
    const nine = claimOn(doc, { text: "Nine", value: 9, ...killed() });
    const two = claimOn(doc, { text: "two", value: 2, ...killed() });
    const fourteen = claimOn(doc, { text: "14", value: 14, ...killed() });
    const thirty = claimOn(doc, { text: "30", value: 30, ...injured });
    const all = [nine, two, fourteen, thirty];
    expect(addsToEarlier(two, all, body)).toBe(true);
    // "wounded 30 others": others than the killed, so 30 is the whole count of wounded.
    expect(addsToEarlier(thirty, all, body)).toBe(false);
    expect([...additions(all, body)]).toEqual([two]);
  });

  it("reads 'another N' and 'a further N' as an addition only after a figure of the same measure", () => {
    const body = "Six people died while another 13 were injured. Nine were killed on Monday and a further 4 were killed on Tuesday.";
    const doc = article("c", body);
    const six = claimOn(doc, { text: "Six", value: 6, ...killed() });
    const thirteen = claimOn(doc, { text: "13", value: 13, ...injured });
    const nine = claimOn(doc, { text: "Nine", value: 9, ...killed() });
    const four = claimOn(doc, { text: "4", value: 4, ...killed() });
    expect([...additions([six, thirteen, nine, four], body)]).toEqual([four]);
  });
});

describe("later levels inside one story (core/check/frame/later.ts)", () => {
  it("reads a figure in an update paragraph as later, whether the update comes after or before the story", () => {
    const after = "Officials said 8 people were hurt in the fire.\n\nUPDATE, 9 p.m.: Fire officials now say 21 people were hurt.";
    const doc = article("c", after);
    expect(laterLevel(claimOn(doc, { text: "8", value: 8 }), claimOn(doc, { text: "21", value: 21 }), after)).toBe(true);
    const before = "Update 6 p.m.: the county said 21 people were hurt.\n\nOriginal story: at least 8 people were hurt in a fire on Main Street.";
    const top = article("d", before);
    expect(laterLevel(claimOn(top, { text: "21", value: 21 }), claimOn(top, { text: "8", value: 8 }), before)).toBe(true);
  });

  it("reads a later paragraph that says it comes later ('Hours later', 'has since') as a later level", () => {
    const body = "The storm killed 4 people on Monday.\nHours later, the governor said 7 people had died.";
    const doc = article("e", body);
    expect(laterLevel(claimOn(doc, { text: "4", value: 4 }), claimOn(doc, { text: "7", value: 7 }), body)).toBe(true);
  });

  it("does not read a figure as later without such words, or inside the same paragraph", () => {
    const plain = "The storm killed 4 people on Monday.\nThe governor said 7 people had died.";
    const doc = article("f", plain);
    expect(laterLevel(claimOn(doc, { text: "4", value: 4 }), claimOn(doc, { text: "7", value: 7 }), plain)).toBe(false);
    // "Later" before the first figure, in its own paragraph, makes neither later than the other.
    const same = "Later in the day the storm killed 4 people and the governor said 7 people had died.";
    const one = article("g", same);
    expect(laterLevel(claimOn(one, { text: "4", value: 4 }), claimOn(one, { text: "7", value: 7 }), same)).toBe(false);
  });
});
