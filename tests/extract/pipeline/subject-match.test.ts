import { describe, expect, it } from "vitest";
import { sameSubject, subjectHead } from "../../../core/subject-match.js";
import type { Subject } from "../../../core/model.js";

function subject(fields: Partial<Subject> & { head: string }): Subject {
  const key = [fields.head, fields.measure, fields.group, fields.place, fields.event].filter(Boolean).join("|");
  return { key, text: key, ...fields };
}

describe("subjectHead", () => {
  it("takes the part before the first bar", () => {
    expect(subjectHead("refugee|syrian|turkey")).toBe("refugee");
  });
  it("is the whole key when there is no bar", () => {
    expect(subjectHead("strip")).toBe("strip");
  });
  it("is lowercase and trimmed", () => {
    expect(subjectHead(" Refugee |x")).toBe("refugee");
  });
});

describe("sameSubject", () => {
  const refugeesInTurkey = subject({ head: "refugee", group: "syrian", place: "turkey" });

  it("matches Syrian refugees in Turkey across articles", () => {
    expect(sameSubject(refugeesInTurkey, subject({ head: "refugee", group: "syrian", place: "turkey" }))).toBe(true);
  });
  it("does not match refugees in another country", () => {
    expect(sameSubject(refugeesInTurkey, subject({ head: "refugee", group: "syrian", place: "lebanon" }))).toBe(false);
  });
  it("does not match another head", () => {
    expect(sameSubject(refugeesInTurkey, subject({ head: "displaced", group: "syrian", place: "turkey" }))).toBe(false);
  });
  it("treats a place named on one side only as compatible", () => {
    expect(sameSubject(refugeesInTurkey, subject({ head: "refugee", group: "syrian" }))).toBe(true);
  });
  it("does not match another group", () => {
    expect(sameSubject(refugeesInTurkey, subject({ head: "refugee", group: "iraqi", place: "turkey" }))).toBe(false);
  });
  it("keeps depth and length of a strip apart", () => {
    expect(sameSubject(subject({ head: "strip", measure: "depth" }), subject({ head: "strip", measure: "length" }))).toBe(false);
  });
  it("lets a strip with a measure meet a strip without one", () => {
    expect(sameSubject(subject({ head: "strip", measure: "depth" }), subject({ head: "strip" }))).toBe(true);
  });
  it("keeps a wall's height apart from its length", () => {
    expect(sameSubject(subject({ head: "wall", measure: "height" }), subject({ head: "wall", measure: "length" }))).toBe(false);
  });
  it("keeps casualties of different events apart", () => {
    const attack = subject({ head: "killed", event: "istiklal-attack" });
    const war = subject({ head: "killed", event: "civil-war", place: "syria" });
    expect(sameSubject(attack, war)).toBe(false);
  });
  it("falls back to the key's head when head is empty", () => {
    const fromKey: Subject = { key: "refugee|syrian", text: "", head: "" };
    expect(sameSubject(fromKey, refugeesInTurkey)).toBe(true);
  });
  it("ignores case", () => {
    expect(sameSubject(subject({ head: "Refugee", place: "Turkey" }), refugeesInTurkey)).toBe(true);
  });
  it("is symmetric", () => {
    const pairs: Array<[Subject, Subject]> = [
      [refugeesInTurkey, subject({ head: "refugee" })],
      [subject({ head: "strip", measure: "depth" }), subject({ head: "strip", measure: "length" })],
    ];
    for (const [a, b] of pairs) expect(sameSubject(a, b)).toBe(sameSubject(b, a));
  });
});
