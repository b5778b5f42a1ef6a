import { describe, expect, it } from "vitest";
import { checkThroughIndex as check } from "./support.js";
import type { Article, Finding } from "../../core/model.js";

const dates = (findings: Finding[]) => findings.filter((f) => f.kind === "date-conflict").map((f) => f.claims.map((c) => c.text).sort());

const report = (id: string, lead: string, published = "2025-09-03"): Article => ({
  id, published, body: `Dam collapse in Balrampur\n\n${lead}\n\nThe Luti reservoir near Dhaneshpur was built in the 1980s. Teams searched the fields near Dhaneshpur.`,
});

describe("two reports dating the story's one happening (story-day.ts, date-conflict.ts)", () => {
  it("finds the day one lead gives apart from the other's", () => {
    const a = report("a", "Four people were killed after a small dam collapsed in Balrampur district on Wednesday, causing a flash flood.");
    const b = report("b", "The breach in the Luti reservoir, located in Dhaneshpur village, occurred late Tuesday night following heavy rain in Balrampur.");
    expect(dates(check(a, b))).toEqual([["Wednesday", "late Tuesday night"]]);
  });
  it("finds nothing when the days agree (a weekday and a date of one day)", () => {
    const a = report("a", "Four people were killed after a small dam collapsed in Balrampur district on Tuesday night, causing a flash flood.");
    const b = report("b", "The Luti dam collapsed in Balrampur district on September 2, causing a flash flood.", "2025-09-07");
    expect(dates(check(a, b))).toEqual([]);
  });
  it("finds nothing between two stories of one kind in places the reports do not share", () => {
    const a = report("a", "Four people were killed after a small dam collapsed in Balrampur district on Wednesday, causing a flash flood.");
    const b: Article = { id: "b", published: "2025-09-03", body: "Dam burst in Ratnagiri\n\nSeven people were killed after a small dam burst near Tiware in Ratnagiri late on Tuesday.\n\nThe Tiware dam was built in 2000. Villages near Tiware were flooded." };
    expect(dates(check(a, b))).toEqual([]);
  });
});
