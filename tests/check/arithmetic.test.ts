import { describe, expect, it } from "vitest";
import { checkClaims } from "../../core/check/index.js";
import type { Article, Claim } from "../../core/model.js";
import { article, claimOn, subject } from "./support.js";

function check(doc: Article, claims: Claim[]) {
  return checkClaims({ article: doc, claims, related: { claims: [], articles: [] } });
}

describe("weekday-mismatch", () => {
  it("reports a weekday that does not fall on the written date", () => {
    const doc = article("w", "The bombing on Tuesday, 13 November 2022 shocked Istanbul.", "2022-11-20");
    const [finding, ...rest] = check(doc, [claimOn(doc, { text: "Tuesday, 13 November 2022", value: "2022-11-13" })]);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ kind: "arithmetic", rule: "weekday-mismatch", severity: "discrepancy" });
    expect(finding?.explanation).toContain("13 November 2022 fell on a Sunday, not a Tuesday");
  });

  it("looks just before the date when the weekday is outside the span", () => {
    const doc = article("w", "It happened on Monday, 13 November 2022.", "2022-11-20");
    const findings = check(doc, [claimOn(doc, { text: "13 November 2022", value: "2022-11-13" })]);
    expect(findings[0]?.explanation).toContain("“Monday, 13 November 2022”");
  });

  it("finds nothing when the weekday is right", () => {
    const doc = article("w", "On Sunday, 13 November 2022, a bomb exploded.", "2022-11-20");
    expect(check(doc, [claimOn(doc, { text: "Sunday, 13 November 2022", value: "2022-11-13" })])).toEqual([]);
  });

  it("blames the guessed year, not the article, when the weekday fits the year next to it", () => {
    // 13 November was a Monday in 2023: the reader's 2022 guess was wrong, not the text.
    const doc = article("w", "on Monday, Nov. 13, the talks begin", "2023-01-11");
    expect(check(doc, [claimOn(doc, { text: "Monday, Nov. 13", value: "2022-11-13" })])).toEqual([]);
  });

  it("only notes a mismatch when the year was not written and no near year fits", () => {
    const doc = article("w", "on Friday, Nov. 13, the talks begin", "2023-01-11");
    const [finding] = check(doc, [claimOn(doc, { text: "Friday, Nov. 13", value: "2022-11-13" })]);
    expect(finding?.severity).toBe("note");
    expect(finding?.explanation).toContain("reading the year as 2022");
  });

  it("blames the guessed year when the weekday fits a year the article writes elsewhere (session 28: a 1954 hurricane retold)", () => {
    const doc = article("w", "Hurricane Hazel struck Toronto in 1954. On Friday, October 15, the Humber River rose.", "2016-10-15");
    expect(check(doc, [claimOn(doc, { text: "Friday, October 15", value: "2016-10-15" })])).toEqual([]);
    const unrelated = article("w", "The plant opened in 1961. On Friday, October 15, the Humber River rose.", "2016-10-15");
    expect(check(unrelated, [claimOn(unrelated, { text: "Friday, October 15", value: "2016-10-15" })])).toHaveLength(1);
  });

  it("ignores a bare weekday (its date comes from the weekday itself)", () => {
    const doc = article("w", "revealed a Turkish official on Wednesday.", "2023-01-11");
    expect(check(doc, [claimOn(doc, { text: "Wednesday", value: "2023-01-10" })])).toEqual([]);
  });
});

describe("elapsed-time", () => {
  const war = subject("war|syria", { text: "the war in Syria", place: "syria" });

  it("reports a duration that does not fit its start year and the publication date", () => {
    const doc = article("e", "The war in Syria began in 2011. After ten years of war in Syria, talks resume.", "2024-08-06");
    const [finding, ...rest] = check(doc, [
      claimOn(doc, { text: "2011", value: "2011", subject: war }),
      claimOn(doc, { text: "ten years", value: 10, unit: "year", kind: "duration", subject: war }),
    ]);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ kind: "arithmetic", rule: "elapsed-time", severity: "discrepancy" });
    expect(finding?.explanation).toContain("2024 − 2011 = about 13 years");
    expect(finding?.explanation).toContain("“ten years”");
  });

  it("ties a start and a duration by their frames: the start of a war and a war's duration, one place", () => {
    const syria = { kind: "place" as const, id: "syria", text: "Syria" };
    const inSyria = { id: "war", text: "war in Syria", place: "syria" };
    const start = subject("war|start|syria", { measure: "start", frame: { measure: { id: "date.start", text: "began" }, scope: [syria], event: inSyria } });
    const length = subject("war|duration|syria", { measure: "duration", frame: { measure: { id: "duration.war", text: "years of war" }, scope: [syria], event: inSyria } });
    const doc = article("e", "The war in Syria began in 2011. After ten years of war in Syria, talks resume.", "2024-08-06");
    const findings = check(doc, [
      claimOn(doc, { text: "2011", value: "2011", subject: start }),
      claimOn(doc, { text: "ten years", value: 10, unit: "year", kind: "duration", subject: length }),
    ]);
    expect(findings.map((f) => f.rule)).toEqual(["elapsed-time"]);
    const iraq = subject("war|duration|iraq", { frame: { measure: { id: "duration.war", text: "years of war" }, scope: [{ kind: "place", id: "iraq", text: "Iraq" }] } });
    const other = article("f", "The war in Syria began in 2011. After ten years of war in Iraq, talks resume.", "2024-08-06");
    expect(check(other, [
      claimOn(other, { text: "2011", value: "2011", subject: start }),
      claimOn(other, { text: "ten years", value: 10, unit: "year", kind: "duration", subject: iraq }),
    ])).toEqual([]);
  });

  const fitting: [string, string, Partial<Claim>][] = [
    ["13 years in 2024", "The war in Syria began in 2011. After 13 years of war in Syria, talks resume.", { value: 13 }],
    ["12 years in 2024 (off by one)", "The war in Syria began in 2011. After 12 years of war in Syria, talks resume.", { value: 12 }],
    ["more than a decade", "The war in Syria began in 2011. After more than 10 years of war in Syria, talks resume.", { value: 10, qualifier: "atLeast" }],
  ];
  it.each(fitting)("finds nothing for %s", (_name, body, fields) => {
    const doc = article("e", body, "2024-08-06");
    const text = /(?:more than )?\d{2} years/.exec(body.slice(body.indexOf("After")))?.[0] ?? "";
    expect(check(doc, [
      claimOn(doc, { text: "2011", value: "2011", subject: war }),
      claimOn(doc, { text, value: 0, unit: "year", kind: "duration", subject: war, ...fields }),
    ])).toEqual([]);
  });

  it("ties a start date with no subject to the duration through its sentence", () => {
    const doc = article("e", "Talks are the first since the Syrian war began in 2011. After ten years of war in Syria, ties thaw.", "2024-08-06");
    const findings = check(doc, [
      claimOn(doc, { text: "2011", value: "2011" }),
      claimOn(doc, { text: "ten years", value: 10, unit: "year", kind: "duration", subject: war }),
    ]);
    expect(findings.map((f) => f.rule)).toEqual(["elapsed-time"]);
  });

  it("does not tie a start date whose sentence is about something else", () => {
    const doc = article("e", "Sanctions on Damascus began in 2011. After ten years of war in Syria, ties thaw.", "2024-08-06");
    expect(check(doc, [
      claimOn(doc, { text: "2011", value: "2011" }),
      claimOn(doc, { text: "ten years", value: 10, unit: "year", kind: "duration", subject: war }),
    ])).toEqual([]);
  });

  it("reads 'decadelong' loosely: twelve years is still about a decade", () => {
    const doc = article("e", "The Syrian war began in 2011. The decadelong war in Syria goes on.", "2023-01-11");
    expect(check(doc, [
      claimOn(doc, { text: "2011", value: "2011" }),
      claimOn(doc, { text: "decadelong", value: 1, unit: "decade", kind: "duration", subject: war }),
    ])).toEqual([]);
  });

  it("needs the start word right before the date, not a clause earlier", () => {
    const doc = article("e", "The EU cut ties after the outbreak of the civil war, but in late July ministers met. After 13 years of war in Syria, ties thaw.", "2024-08-06");
    expect(check(doc, [
      claimOn(doc, { text: "late July", value: "2024-07" }),
      claimOn(doc, { text: "13 years", value: 13, unit: "year", kind: "duration", subject: war }),
    ])).toEqual([]);
  });

  it("needs the date to be a start ('began', 'since')", () => {
    const doc = article("e", "The war in Syria was at its worst in 2016. After ten years of war in Syria, talks resume.", "2024-08-06");
    expect(check(doc, [
      claimOn(doc, { text: "2016", value: "2016", subject: war }),
      claimOn(doc, { text: "ten years", value: 10, unit: "year", kind: "duration", subject: war }),
    ])).toEqual([]);
  });

  it("needs the start and the duration to be about the same thing", () => {
    const doc = article("e", "Sanctions began in 2011. After ten years of war in Syria, talks resume.", "2024-08-06");
    expect(check(doc, [
      claimOn(doc, { text: "2011", value: "2011", subject: subject("sanction") }),
      claimOn(doc, { text: "ten years", value: 10, unit: "year", kind: "duration", subject: war }),
    ])).toEqual([]);
  });
});
