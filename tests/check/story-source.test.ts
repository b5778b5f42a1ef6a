import { describe, expect, it } from "vitest";
import { sourceOf, sourcesDiffer } from "../../core/check/frame/source.js";
import { inStory, storyEvent } from "../../core/check/frame/story.js";
import { checkClaims, extractClaims } from "../../core/index.js";
import type { Finding } from "../../core/model.js";
import { article, claimOn } from "./support.js";

function internal(body: string, published = "2024-03-12"): Finding[] {
  const doc = article("s", body, published);
  return checkClaims({ article: doc, claims: extractClaims(doc), related: { claims: [], articles: [] } }).filter((f) => f.kind === "internal-conflict");
}

describe("who a figure is attributed to", () => {
  const body = "Police said 14 people were killed. A hospital spokesman told reporters that 19 had died. According to witnesses, about 25 bodies lay in the street. The hospital was hit by 3 shells.";
  const doc = article("w", body);
  it("reads the source noun nearest the figure, in a sentence that attributes", () => {
    expect(sourceOf(claimOn(doc, { text: "14", value: 14 }), body)).toBe("police");
    expect(sourceOf(claimOn(doc, { text: "19", value: 19 }), body)).toBe("a spokesperson");
    expect(sourceOf(claimOn(doc, { text: "25", value: 25 }), body)).toBe("witnesses");
  });
  it("gives no source where no one is said to say it", () => {
    expect(sourceOf(claimOn(doc, { text: "3", value: 3 }), body)).toBeUndefined();
  });
  it("says two figures' sources differ only when both have one and they are not the same", () => {
    expect(sourcesDiffer(claimOn(doc, { text: "14", value: 14 }), claimOn(doc, { text: "25", value: 25 }), body)).toEqual(["police", "witnesses"]);
    expect(sourcesDiffer(claimOn(doc, { text: "14", value: 14 }), claimOn(doc, { text: "3", value: 3 }), body)).toBeUndefined();
  });
});

describe("a bare toll is the story's event's", () => {
  it("compares two sources' tolls of a one-event story and says the sources differ", () => {
    const found = internal("A truck bomb exploded outside a police station in Quetta on Monday. Provincial officials said 14 people were killed. Doctors at the city's main hospital said 19 people had died.");
    expect(found).toHaveLength(1);
    expect(found[0]?.severity).toBe("discrepancy");
    expect(found[0]?.explanation).toContain("The sources differ");
    expect(found[0]?.explanation).toContain("names no event of its own");
  });
  it("leaves a toll counted at a place the story names for a part ('8 died at the hospital')", () => {
    expect(internal("A truck bomb exploded outside a police station in Quetta on Monday. Officials said 14 people were killed. Eight died at the hospital.")).toEqual([]);
  });
  it("leaves a count the story says another includes", () => {
    expect(internal("A ferry capsized on the river on Monday. The district put the death toll at 40. The count of dead includes 15 bodies recovered downstream.")).toEqual([]);
  });
  it("gives no story event when the story names two events, so bare tolls stay apart", () => {
    const doc = article("t", "A car bomb killed 9 people in Kirkuk on Monday. A flood in Mosul killed 4 people on Sunday. Officials said 12 were killed.");
    const claims = extractClaims(doc);
    expect(storyEvent(claims)).toBeUndefined();
    expect(claims.map((c) => inStory(c, storyEvent(claims), doc.body))).toEqual(claims);
  });
  it("does not give it to a toll of 'that incident' (an event the sentence before named)", () => {
    expect(internal("A bomb blast struck a market in Lahore on Tuesday, killing 23 people. It came a day after a train was bombed. At least 14 were killed in that incident, police said.")).toEqual([]);
  });
  it("leaves a count some venues reported ('two hospitals reported 41 dead') for a part", () => {
    expect(internal("A crush on a pier in Durban killed at least 60 people on Sunday, the mayor said. Local radio said two hospitals reported 41 dead.")).toEqual([]);
  });
  it("gives no story event when one mention is dated long before the story and another not (a recalled event)", () => {
    const doc = article("r", "The earthquake left 2 million people homeless. The 1990 quake killed at least 40,000 people.", "2024-05-12");
    const quake = (date?: string) => ({ id: "earthquake", text: "earthquake", ...(date ? { date } : {}) });
    const framed = (text: string, value: number, measure: string, date?: string) => claimOn(doc, {
      text, value, asOf: "2024-05-12", subject: { key: measure, text: measure, head: measure, frame: { measure: { id: measure, text: measure }, scope: [], event: quake(date) } },
    });
    const homeless = framed("2 million", 2e6, "displaced");
    expect(storyEvent([homeless, framed("40,000", 40_000, "killed", "1990")])).toBeUndefined();
    expect(storyEvent([homeless, framed("40,000", 40_000, "killed", "2024-05-10")])?.event.date).toBe("2024-05-10");
  });
});

describe("a generic word for the event", () => {
  it("agrees with every type class: 'the tragedy' is the stampede the story names", () => {
    const doc = article("g", "A stampede on a bridge killed 300 people. The tragedy left 12 missing.", "2024-03-12");
    const framed = (text: string, value: number, id: string) => claimOn(doc, {
      text, value, subject: { key: "killed", text: "killed", head: "killed", frame: { measure: { id: "killed", text: "killed" }, scope: [], event: { id, text: id } } },
    });
    expect(storyEvent([framed("300", 300, "disaster"), framed("12", 12, "stampede")])?.event.id).toBe("stampede");
  });
});
