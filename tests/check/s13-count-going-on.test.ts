/**
 * A count of a recent event going on between reports (core/check/counting-toll.ts countGoingOn, read by
 * scope.ts doublyUnsure): the dead higher or the missing lower in a later report within a week
 * is no finding; a toll that falls, or two counts of one day neither told as risen, still are (one
 * day's toll told as risen above another's is the count going on too: same-day.ts). Wording after the
 * Xinhua and AFP reports of the Shuicheng landslide (Guizhou, 23 July 2019).
 */
import { describe, expect, it } from "vitest";
import { runEntry } from "./corpus-runner.js";

const first = (toll: string, missing: string) => ({
  id: "cgo-a",
  published: "2019-07-25",
  body: `Death toll in southwest China landslide rises to ${toll}\nThe death toll from a landslide that buried 21 houses in Shuicheng County, Guizhou Province, has risen to ${toll}, with ${missing} people still missing, local authorities said.`,
});

const second = (published: string, toll: string, missing: string) => ({
  id: "cgo-b",
  published,
  body: `Shuicheng landslide death toll rises to ${toll}\nThe death toll from the landslide in Shuicheng County in southwest China's Guizhou Province has risen to ${toll}, and ${missing} people remain missing, rescuers said.`,
});

const crossArticle = (articles: ReturnType<typeof first>[]) =>
  runEntry({ name: "count going on", articles }).filter((f) => f.kind === "cross-article-conflict");

describe("the count going on", () => {
  it("gives nothing when the later report counts more dead and fewer missing", () => {
    expect(crossArticle([first("20", "30"), second("2019-07-26", "29", "22")])).toEqual([]);
  });

  it("still finds a toll the later report gives lower", () => {
    const findings = crossArticle([first("29", "22"), second("2019-07-26", "20", "22")]);
    expect(findings.map((f) => f.claims.map((c) => c.text).sort())).toContainEqual(["20", "29"]);
  });

  it("gives nothing for two tolls of the same day, the higher told as risen", () => {
    expect(crossArticle([first("20", "30"), second("2019-07-25", "29", "30")])).toEqual([]);
  });

  it("still finds two tolls of the same day neither told as risen", () => {
    const killed = (id: string, toll: string) => ({
      id,
      published: "2019-07-25",
      body: `Landslide in southwest China kills ${toll}
A landslide that buried 21 houses in Shuicheng County, Guizhou Province, has killed ${toll} people, local authorities said.`,
    });
    const findings = crossArticle([killed("cgo-a", "20"), killed("cgo-b", "29")]);
    expect(findings.map((f) => f.claims.map((c) => c.text).sort())).toContainEqual(["20", "29"]);
  });
});
