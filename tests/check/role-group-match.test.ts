import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runEntry, type Entry } from "./corpus-runner.js";

// Asian Lite and Daijiworld (both IANS copy, 13 February 2015) on the Anekal derailment: one report
// names the derailment, the other only the passengers ("Nine passengers were killed"). The group is
// all the two share, so it ties them on one report day only (count-strength.ts roleAlone).
const [anekal] = JSON.parse(readFileSync(new URL("../corpus/check/s12-s-index.json", import.meta.url), "utf8")) as Entry[];

const nextDay = (date: string | undefined) => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
const passengerTolls = (entry: Entry) =>
  runEntry(entry).filter((f) => f.kind === "cross-article-conflict" && f.claims.some((c) => c.text === "Nine"));

describe("two reports sharing only a group of people (count-strength.ts roleAlone)", () => {
  it("are compared when published the same day", () => {
    expect(passengerTolls(anekal!)).toHaveLength(1);
  });

  it("are not compared a day apart: passengers die in many crashes a week", () => {
    const [first, second] = anekal!.articles;
    const apart = { ...anekal!, articles: [first!, { ...second!, published: nextDay(second!.published) }] };
    expect(passengerTolls(apart)).toEqual([]);
  });
});
