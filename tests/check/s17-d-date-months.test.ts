import { describe, expect, it } from "vitest";
import { checkClaims, extractClaims } from "../../core/index.js";
import type { Article, Claim } from "../../core/model.js";
import { monthsHold } from "../../core/check/rules/date-months.js";

const dates = (article: Article) => {
  const claims = extractClaims(article);
  return checkClaims({ article, claims, related: { claims: [], articles: [] } }).filter((f) => f.kind === "date-conflict").map((f) => f.claims.map((c) => c.text).sort());
};

// After the WikiMili mirror of "2022 European and Mediterranean wildfires" (gathered by I, session 17).
const season = (opening: string): Article => ({
  id: "w", published: "2022-08-20",
  body: `2022 European and Mediterranean wildfires\n${opening}, parts of Europe, the Middle East and North Africa were affected by wildfires.\nIn Krasta and Krujë, more than 50 hectares of forest were destroyed by wildfires.\nA forest fire occurred in the Bohemian Switzerland National Park on 24 July 2022. Firefighters evacuated dozens of tourists.`,
});

describe("a stretch of months written as one date holds the days inside it (date-months.ts)", () => {
  it("finds no second dating of a fire told inside a season 'June through August 2022'", () => {
    expect(dates(season("In June through August 2022"))).toEqual([]);
  });
  it("holds only the days inside the stretch, and nothing for a month written alone", () => {
    const date = (text: string, value: string): Claim => ({ id: text, articleId: "w", kind: "date", text, start: 0, end: 0, value, qualifier: "exact", modality: "asserted", asOf: "2022-08-20", rules: [] });
    expect(monthsHold(date("June through August 2022", "2022-06"), date("24 July 2022", "2022-07-24"))).toBe(true);
    expect(monthsHold(date("June through August 2022", "2022-06"), date("2 September 2022", "2022-09-02"))).toBe(false);
    expect(monthsHold(date("June 2022", "2022-06"), date("24 July 2022", "2022-07-24"))).toBe(false);
    expect(monthsHold(date("November to February", "2021-11"), date("10 January 2022", "2022-01-10"))).toBe(true);
  });
});
