import { describe, expect, it } from "vitest";
import { extractClaims } from "../../core/index.js";
import { article } from "./support.js";
import { dateConflicts } from "./date-conflicts.js";
import { checkInOrder } from "./in-order.js";

/**
 * Session 30: the hours reports give the steps of an attack or an accident besides the event itself
 * (core/extract/dates/data/happening-verbs.ts 'alert', 'entry', 'arrest'). Reports written after
 * real ones: the Little India riot (Singapore, 8 December 2013: the call for help "at 9.23pm" in one
 * outlet, "at 9:32pm" in another), the Sagamihara care-home stabbing (26 July 2016: the attacker got
 * in "at about 2.10am" / "at around 2:30 a.m."; he turned himself in "around 3 a.m.").
 */
const riot = (id: string, sentence: string) =>
  article(id, `Little India riot: bus accident sparks violence\n\nA riot broke out in Singapore's Little India district on Sunday night after a private bus knocked down and killed an Indian worker on Race Course Road. ${sentence}`, "2013-12-09");
const stabbing = (id: string, sentence: string) =>
  article(id, `Sagamihara knife attack kills 19\n\nA former employee killed 19 residents of a care home for people with disabilities in Sagamihara, west of Tokyo, on Tuesday. ${sentence}`, "2016-07-26");

const slotOf = (a: ReturnType<typeof article>, text: string) => extractClaims(a).find((c) => c.text.includes(text))?.slot?.id;

describe("the hour of a call for help, of an attacker getting in, of an arrest", () => {
  it("reads each as the hour of its own step of the story", () => {
    expect(slotOf(riot("a", "The police received a call about the accident at 9:32pm."), "9:32pm")).toBe("clock:alert");
    expect(slotOf(stabbing("b", "He broke into the building at about 2.10am by smashing a window."), "2.10am")).toBe("clock:entry");
    expect(slotOf(stabbing("c", "He turned himself in at a police station at around 3 a.m."), "3 a.m.")).toBe("clock:arrest");
  });
  it("finds two reports' hours of one step apart, and says which step", () => {
    const found = checkInOrder(riot("a", "First responders arrived shortly after they received a call for help at 9.23pm."), riot("b", "The police received a call about the accident at 9:32pm.")).filter((f) => f.kind === "date-conflict");
    expect(found.map((f) => f.claims.map((c) => c.text).sort().join(" | "))).toEqual(["9.23pm | 9:32pm"]);
    expect(found[0]!.explanation).toMatch(/first call for help/);
  });
  it("never compares the hour of one step with another's", () => {
    expect(dateConflicts(stabbing("a", "He broke into the building at about 2.10am."), stabbing("b", "He turned himself in at around 3 a.m."))).toEqual([]);
    expect(dateConflicts(stabbing("a", "He broke into the building at about 2.10am."), stabbing("b", "He broke into the building at around 2:10 a.m."))).toEqual([]);
  });
});
