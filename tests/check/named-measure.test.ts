/**
 * How the matching treats measures of named things (core/check/frame/named-measure.ts): what holds
 * at any time, the role a height told with a height verb is compared by, and routes across
 * articles (travel times before a change never meet those after it).
 */
import { describe, expect, it } from "vitest";
import { extractClaims } from "../../core/index.js";
import { comparedRole, standingMeasure } from "../../core/check/frame/named-measure.js";
import { runEntry } from "./corpus-runner.js";

const claimOf = (body: string, text: string) => extractClaims({ id: "t", published: "2020-01-01", body } as Parameters<typeof extractClaims>[0]).find((c) => c.text === text)!;

describe("standing measures", () => {
  it("a tower's height and a route's distance hold at any time; a population and a travel time do not", () => {
    expect(standingMeasure(claimOf("The Lotte World Tower stands 555 metres tall.", "555 metres"))).toBe(true);
    expect(standingMeasure(claimOf("The distance between Lisbon and Porto is 313 kilometres.", "313 kilometres"))).toBe(true);
    expect(standingMeasure(claimOf("About 4 million people live in Yangon.", "About 4 million"))).toBe(false);
    expect(standingMeasure(claimOf("Trains now take 2.5 hours between Madrid and Barcelona.", "2.5 hours"))).toBe(false);
  });

  it("a thing's cost is its measure but changes (estimates grow while it is built)", () => {
    const cost = claimOf("The Hallett Bridge is being built at a cost of $450 million.", "$450 million");
    expect(cost.subject?.frame?.measure.id).toBe("cost");
    expect(standingMeasure(cost)).toBe(false);
  });
});

describe("comparedRole", () => {
  it("compares a height told with 'rises' as the thing's level, a rise of a river as a rise", () => {
    expect(comparedRole(claimOf("The Oroville Dam rises 754 feet and is a mile wide.", "754 feet"))).toBe("level");
    expect(comparedRole(claimOf("The river rose 2 metres overnight.", "2 metres"))).not.toBe("level");
  });
});

describe("routes across articles", () => {
  it("compares travel times before a change with each other, and after it with each other, never across", () => {
    const findings = runEntry({
      name: "routes",
      articles: [
        { id: "r1", published: "2017-12-06", body: "The new line shortens the travel time between Lanzhou and Urumqi from 20 hours to some 12 hours." },
        { id: "r2", published: "2017-12-08", body: "The new railway cuts the journey between Urumqi and Lanzhou from 24 hours to 12 hours." },
      ],
    });
    const pairs = findings.filter((f) => f.kind === "cross-article-conflict").map((f) => f.claims.map((c) => c.text).sort().join(" / "));
    expect(pairs).toEqual(["20 hours / 24 hours"]);
  });
});

describe("wired into the cross-article rule", () => {
  const conflicts = (bodies: [string, string][]) =>
    runEntry({ name: "w", articles: bodies.map(([published, body], i) => ({ id: `w${i}`, published, body })) })
      .filter((f) => f.kind === "cross-article-conflict")
      .map((f) => f.claims.map((c) => c.text).sort().join(" / "));

  it("compares a named route's travel time across reports months apart (it does not grow with time)", () => {
    expect(conflicts([
      ["2018-03-01", "The bridge will cut the travel time between Lisbon and Setubal from two hours to 40 minutes."],
      ["2018-09-20", "The bridge cut the travel time between Setubal and Lisbon from two hours to 25 minutes."],
    ])).toContain("25 minutes / 40 minutes");
  });

  it("meets a height told with 'rises' with a height told with 'tall'", () => {
    expect(conflicts([
      ["2019-05-01", "The Oroville Dam rises 754 feet and is a mile wide."],
      ["2021-02-11", "The Oroville Dam is 770 feet tall."],
    ])).toEqual(["754 feet / 770 feet"]);
  });
});
