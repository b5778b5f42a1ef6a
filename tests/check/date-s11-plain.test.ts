import { describe, expect, it } from "vitest";
import { checkClaims } from "../../core/check/index.js";
import { onlyYearGuessed } from "../../core/check/time.js";
import type { Article, Claim } from "../../core/model.js";
import { article, claimOn, subject } from "./support.js";
import { dateConflicts } from "./date-conflicts.js";

const attack = subject("attack|october-7-attack", { text: "the attack on Israel", event: "october-7-attack" });

function across(own: Claim[], other: Claim[], otherDoc: Article, doc: Article) {
  const { body: _body, ...summary } = otherDoc;
  return checkClaims({ article: doc, claims: own, related: { claims: other, articles: [summary] } }).filter((f) => f.rule === "date-conflict");
}

describe("onlyYearGuessed: a year the reader put in, none written", () => {
  it("holds for one month and day, one of them written without its year", () => {
    expect(onlyYearGuessed({ text: "October 7", value: "2024-10-07" }, { text: "October 7, 2023", value: "2023-10-07" })).toBe(true);
    expect(onlyYearGuessed({ text: "7 October 2023", value: "2023-10-07" }, { text: "7 October", value: "2024-10-07" })).toBe(true);
  });

  it("does not hold when both years are written, or the days differ", () => {
    expect(onlyYearGuessed({ text: "October 7, 2024", value: "2024-10-07" }, { text: "October 7, 2023", value: "2023-10-07" })).toBe(false);
    expect(onlyYearGuessed({ text: "Oct 7 '24", value: "2024-10-07" }, { text: "October 7, 2023", value: "2023-10-07" })).toBe(false);
    expect(onlyYearGuessed({ text: "October 8", value: "2024-10-08" }, { text: "October 7, 2023", value: "2023-10-07" })).toBe(false);
    expect(onlyYearGuessed({ text: "October 7", value: "2023-10-07" }, { text: "October 7, 2023", value: "2023-10-07" })).toBe(false);
  });
});

describe("date-conflict: what the writers wrote", () => {
  const later = article("later", "Sinwar, the mastermind of the October 7 attack on Israel, was killed on Wednesday. Hamas attacked on October 6, 2023.", "2024-10-18", "Outlet A");
  const earlier = article("earlier", "Hamas attacked Israel on October 7, 2023, killing 1,200 people.", "2024-10-18", "Outlet B");
  const written = claimOn(earlier, { text: "October 7, 2023", value: "2023-10-07", subject: attack });

  it("does not report a happening known by its day, the year put in by the reader", () => {
    const named = claimOn(later, { text: "October 7", value: "2024-10-07", subject: attack });
    expect(across([named], [written], earlier, later)).toEqual([]);
  });

  it("still reports another day of the same year", () => {
    const wrong = claimOn(later, { text: "October 6, 2023", value: "2023-10-06", subject: attack });
    expect(across([wrong], [written], earlier, later).map((f) => f.kind)).toEqual(["date-conflict"]);
  });
});

describe("date-conflict: one finding per pair of dates, told with the plainest words", () => {
  const killing = subject("death|sinwar", { text: "Sinwar was killed", event: "sinwar-death" });
  const doc = article("one", "Wednesday's operation ... Sinwar was killed on October 16.", "2024-10-18", "Outlet A");
  const other = article("two", "Sinwar was killed on Thursday, October 17.", "2024-10-18", "Outlet B");
  const theirs = claimOn(other, { text: "Thursday, October 17", value: "2024-10-17", subject: killing });

  it("keeps the calendar date over a bare weekday of the same day, whichever comes first", () => {
    const weekday = claimOn(doc, { text: "Wednesday", value: "2024-10-16", subject: killing });
    const calendar = claimOn(doc, { text: "October 16", value: "2024-10-16", subject: killing });
    for (const own of [[weekday, calendar], [calendar, weekday]]) {
      const findings = across(own, [theirs], other, doc);
      expect(findings.map((f) => f.claims.map((c) => c.text).sort())).toEqual([["October 16", "Thursday, October 17"]]);
    }
  });
});

describe("date-conflict: a kind of happening recurs where it happens", () => {
  const story = "A suicide bomb attack on the Marriott hotel in Jakarta on July 17, 2009 killed nine people. In August 2003, a car bomb attack on the Marriott hotel in Jakarta killed 12 people.";
  it("takes an attack on one hotel dated years before for another attack, not a second dating", () => {
    const other = article("b", "Suicide bombers attacked the Marriott hotel in Jakarta on July 17, 2009, killing nine people. A car bomb attack on the Marriott hotel in Jakarta on August 5, 2004 killed 12 people.", "2009-07-18", "B");
    expect(dateConflicts(article("a", story, "2009-07-18", "A"), other)).toEqual([]);
  });
  it("still compares the same words dated weeks apart", () => {
    const other = article("b", "Suicide bombers attacked the Marriott hotel in Jakarta on July 17, 2009, killing nine people. A car bomb attack on the Marriott hotel in Jakarta on August 5, 2009 killed 12 people.", "2009-07-18", "B");
    expect(dateConflicts(article("a", story, "2009-07-18", "A"), other)).toEqual(["August 5, 2009 | July 17, 2009"]);
  });
});

describe("date-conflict: an event's date as a person's death only when it killed them (date-deaths.ts)", () => {
  it("compares the raid that killed a person with the day the person was killed", () => {
    const a = article("a", "The raid that killed Abu Bakr al-Baghdadi took place on 26 October 2019 in Barisha.", "2019-10-28", "A");
    const b = article("b", "Abu Bakr al-Baghdadi was killed in a US raid in Idlib on October 27, 2019.", "2019-10-28", "B");
    expect(dateConflicts(a, b)).toEqual(["26 October 2019 | October 27, 2019"]);
  });
  it("does not read an attack on a person who died later as the death", () => {
    const a = article("a", "Salman Rushdie died on May 3.", "2024-10-20", "A");
    const b = article("b", "The attack on Salman Rushdie took place on August 12, 2022 in Chautauqua.", "2024-10-20", "B");
    expect(dateConflicts(a, b)).toEqual([]);
  });
});
