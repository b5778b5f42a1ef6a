/**
 * One report telling one figure twice with the same word and two values (session 16, I;
 * core/check/frame/same-words.ts): a headline or lead against the body. Texts are real: News.Az on
 * the Kocani fire (16 Mar 2025), Daily News Brief on Luis Echeverría (10 Jul 2022), a blog copy of the
 * Hunstanton whale story (22 Jan 2016), as in tests/corpus/check/s16-I-same-words.json; the
 * look-alikes are the AFP Batanes quakes (2019), a Moroccan trip report (Al Boraq, 2018), Fortune's
 * fire boxes (2019), an Aeroflot crash report (2019) and a statue's weights (Cristo de la Concordia).
 */
import { describe, expect, it } from "vitest";
import { extractClaims } from "../../core/index.js";
import { sameWordsPairs } from "../../core/check/frame/same-words.js";
import { leads } from "../../core/check/frame/report-lead.js";
import { tellingWords } from "../../core/check/frame/telling-words.js";
import type { Article } from "../../core/model.js";
import { internalFindings as internal, internalTexts as texts, claimWithText as claim } from "./support.js";

const kocani: Article = {
  id: "kocani", published: "2025-03-16",
  body: "Otherwise, as a result of the fire that engulfed the discotheque in Kocani, 59 people have died and 155 others have been injured. Meanwhile, four people have been arrested.\nNorth Macedonia to declare seven days of mourning\nThe North Macedonian government will announce 16 days of mourning following the tragedy in Kocani during today's extraordinary session at 7:00 PM, News.Az reports citing TV21.",
};

const echeverria: Article = {
  id: "echeverria", published: "2022-07-09",
  body: "Former Mexican President Luis Echeverria Dies at 100\nFormer Mexican President Luis Echeverría died at 79 on Saturday. He governed Mexico from 1970 to 1976.",
};

describe("the word a figure is told with", () => {
  it("is the first telling word after it in its clause, past function words and a figure with a unit of its own", () => {
    const claims = extractClaims(kocani);
    expect(tellingWords(claim(claims, "16 days"), kocani.body).after).toBe("mourning");
    const whale = { id: "w", published: "2016-01-22", body: "A 30ft 20-tonne sperm whale has been discovered on a Norfolk beach." };
    expect(tellingWords(claim(extractClaims(whale), "30ft"), whale.body).after).toBe("sperm");
  });
  it("is the word before it when it leads the clause (“died at 79”, “winds of 90 mph”)", () => {
    expect(tellingWords(claim(extractClaims(echeverria), "79"), echeverria.body).before).toBe("died");
  });
  it("is nothing across a coordination: “73 passengers and five crew members” tells five nothing of passengers", () => {
    const jet = { id: "j", published: "2019-05-06", body: "The jet had 73 passengers and five crew members." };
    expect(tellingWords(claim(extractClaims(jet), "five"), jet.body).before).toBeUndefined();
  });
  it("is never a word that tells every figure apart from none (people, years); a word of a dimension is marked as such", () => {
    const toll = { id: "p", published: "2024-01-01", body: "The fire killed 36 people." };
    expect(tellingWords(claim(extractClaims(toll), "36"), toll.body).after).toBeUndefined();
    const bridge = { id: "b", published: "2024-01-01", body: "The bridge has a total length of 1,975 metres." };
    expect(tellingWords(claim(extractClaims(bridge), "1,975 metres"), bridge.body).before).toBe("~length");
  });
});

describe("a headline's figure and the body's, told with one word", () => {
  it("the headline is a lead: a line of its own with no full stop", () => {
    const claims = extractClaims(kocani);
    expect(leads(claim(claims, "seven days"), kocani.body)).toBe(true);
    expect(leads(claim(claims, "16 days"), kocani.body)).toBe(false);
  });
  it("are one figure told twice: a discrepancy (Kocani: seven days of mourning / 16 days of mourning)", () => {
    const found = internal(kocani);
    expect(found.map((f) => f.claims.map((c) => c.text).sort().join(" | "))).toContain("16 days | seven days");
    expect(found.every((f) => f.severity === "discrepancy")).toBe(true);
    expect(found[0]!.explanation).toContain("“mourning”");
  });
  it("“Dies at 100” over “died at 79”", () => {
    expect(texts(echeverria)).toContain("100 | 79");
  });
});

describe("a slip of scale: the same digits a power of ten apart", () => {
  const dwarka = { id: "d", published: "2024-02-25", body: "The four-lane cable-stayed bridge is 2.32 km long and was constructed at a cost of around Rs 980 crore.\nIt links Okha with Beyt Dwarka island.\nIt is constructed at a cost of around Rs. 980 million" };
  it("ties two figures told with a word of their dimension, neither in a lead (Sudarshan Setu: Rs 980 crore / Rs. 980 million)", () => {
    expect(texts(dwarka)).toContain("around Rs 980 crore | around Rs. 980 million");
  });
  it("a word of a dimension ties nothing else: two lengths near each other in the body stay apart", () => {
    const spans = { id: "s", published: "2024-02-25", body: "The bridge was opened on Sunday.\nIt has a total length of 2,320 metres.\nIts main span has a length of 900 metres." };
    expect(sameWordsPairs(extractClaims(spans), spans.body).pairs).toEqual([]);
  });
});

describe("look-alikes: two things told with one word", () => {
  it("two quakes the report counts (“The first tremor” / “A second, stronger quake”)", () => {
    const batanes = { id: "bt", published: "2019-07-27", body: "Quakes kill eight in the Philippines' Batanes islands\nThe first tremor, of magnitude 5.4, struck Batanes, a group of sparsely populated islets north of the main island of Luzon, at 4am.\nA second, stronger quake – recorded at magnitude 5.9 – then struck at 7.30am." };
    expect(texts(batanes)).toEqual([]);
  });
  it("two trips to two places (Tangier to Casablanca, Tangier to Rabat)", () => {
    const boraq = { id: "ab", published: "2018-11-16", body: "The Al Boraq line connects Tangier and Casablanca in a two-hour, ten-minute trip, the Moroccan government reported.\nThey boarded the train in Tangier and alighted in Rabat, in a one-hour, twenty-minute trip." };
    expect(sameWordsPairs(extractClaims(boraq), boraq.body).pairs.length).toBe(1);
    expect(texts(boraq)).toEqual([]);
  });
  it("a series: the same word told with a figure four times (each fire's containment)", () => {
    const fires = { id: "f", published: "2019-10-25", body: "Tick Fire\nContainment - 5%\nSaddle Ridge Fire\nContainment - 10%\nOld Water Fire\nContainment - 5%\nKincade Fire\nContainment - 10%" };
    expect(sameWordsPairs(extractClaims(fires), fires.body).pairs).toEqual([]);
  });
  it("two figures far apart in size: a statue and its head (2,200 tonnes / 11,850 kilograms)", () => {
    const statue = { id: "s", published: "2020-01-01", body: "It weighs approximately 2,200 tonnes.\nThe head of the statue weighs 11,850 kilograms." };
    expect(sameWordsPairs(extractClaims(statue), statue.body).pairs).toEqual([]);
  });
  it("two figures both in the body, neither leading: two terms of office", () => {
    const terms = { id: "t", published: "2016-11-09", body: "Scott won the governor's race on Tuesday.\nTuesday's vote was a special election to fill the remainder of Kitzhaber's four-year term.\nShumlin decided not to seek a fourth two-year term." };
    expect(sameWordsPairs(extractClaims(terms), terms.body).pairs).toEqual([]);
  });
  it("one sentence setting two values side by side", () => {
    const one = { id: "o", published: "2020-01-01", body: "Winds 85 mph, gusting to winds of 100 mph." };
    expect(sameWordsPairs(extractClaims(one), one.body).pairs).toEqual([]);
  });
});
