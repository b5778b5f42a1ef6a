import { describe, expect, it } from "vitest";
import { runEntry, type Entry } from "./corpus-runner.js";

// After Asian Lite and Daijiworld (both IANS copy, 13 February 2015) on one derailment, with the
// names taken out: one report names the derailment, the other only the passengers ("Nine passengers
// were killed"). The group is all the two share, so it ties them on one report day only
// (count-strength.ts roleAlone). The real pair, which both name Anekal, is tied by the story's
// names instead (tests/corpus/check/s12-s-index.json).
const entry = (secondPublished: string): Entry => ({
  name: "group only",
  articles: [
    { id: "g1", published: "2015-02-13", body: "Train derails, 12 dead\nTwelve passengers died and 30 were injured when an inter-city express derailed, said the chief minister." },
    { id: "g2", published: secondPublished, body: "Express train accident\nNine passengers were killed early Friday, an official said. Ten others were seriously injured.\nThe victims included five men, three women and a nine-year-old boy." },
  ],
});

const passengerTolls = (e: Entry) =>
  runEntry(e).filter((f) => f.kind === "cross-article-conflict" && f.claims.some((c) => c.text === "Nine"));

describe("two reports sharing only a group of people (count-strength.ts roleAlone)", () => {
  it("are compared when published the same day", () => {
    expect(passengerTolls(entry("2015-02-13"))).toHaveLength(1);
  });

  it("are not compared a day apart: passengers die in many crashes a week", () => {
    expect(passengerTolls(entry("2015-02-14"))).toEqual([]);
  });
});
