/**
 * A sub-headline's figure and its section's, told with the same word of the same named thing, are
 * one figure told twice (session 17, I; core/check/frame/section-lead.ts). Text: The Hindu on the
 * Class XII results of the central districts (6 May 2024), as in /work/notes/dev17-I; look-alikes:
 * a list of districts under headings, and a section whose sentence names another district.
 */
import { describe, expect, it } from "vitest";
import { extractClaims } from "../../core/index.js";
import { seriesOf } from "../../core/check/frame/labelled-series.js";
import { revisedNear, sectionLeadPairs } from "../../core/check/frame/section-lead.js";
import type { Article } from "../../core/model.js";
import { internalTexts as texts, claimWithText as claim } from "./support.js";

const results: Article = {
  id: "tiruchi", published: "2024-05-06",
  body: "Ariyalur district emerged as the third best in the State with a pass percentage of 97.25 in State Board Class XII examination.\n\n"
    + "Thanjavur district registered a 93.46 pass percentage in the State Board Class XII examinations. Thirty schools recorded 100% pass result.\n\n"
    + "95.59% pass in Perambalur\n\n"
    + "Perambalur district, which ranked third among the districts in the previous academic year with a pass percentage of 97.59 in the State Board Class XII exams, slipped to sixth position by recording 96.44% pass in the Class XII examinations this year.\n\n"
    + "Thirty-eight schools, including 10 government schools, recorded 100% pass result in the district.",
};

describe("a sub-headline over its section", () => {
  it("pairs its figure with the section's figure told with the same word in a sentence naming the same thing", () => {
    const claims = extractClaims(results);
    const { pairs } = sectionLeadPairs(claims, results.body, seriesOf(claims, results.body));
    expect(pairs.map(([a, b]) => `${a.text} | ${b.text}`)).toEqual(["95.59% | 96.44%"]);
  });
  it("reads a revision only beside a figure, not in a change word of another thing in its sentence", () => {
    const claims = extractClaims(results);
    expect(revisedNear(claim(claims, "95.59%"), claim(claims, "96.44%"), results.body)).toBe(false);
    const rose = "95.59% pass in Perambalur\n\nPerambalur district's pass rate rose to 96.44% pass this year.";
    const own = extractClaims({ id: "r", published: "2024-05-06", body: rose });
    expect(revisedNear(claim(own, "95.59%"), claim(own, "96.44%"), rose)).toBe(true);
  });
  it("finds the sub-headline and its section giving two values", () => {
    expect(texts(results)).toEqual(["95.59% | 96.44%"]);
  });
  it("gives nothing when the section's sentence names another thing, or the lines are a list", () => {
    const other: Article = { id: "o", published: "2024-05-06", body: results.body.replace("slipped to sixth position by recording 96.44% pass", "while Karur recorded 96.44% pass").replace("Perambalur district, which", "The district, which") };
    expect(texts(other)).toEqual([]);
    const list: Article = { id: "l", published: "2024-05-06", body: "Pass percentages\n\nPerambalur: 95.59% pass\nKarur: 96.44% pass\nAriyalur: 97.25% pass" };
    expect(texts(list)).toEqual([]);
  });
});
