import { describe, expect, it } from "vitest";
import { extractClaims } from "../../../core/index.js";
import type { Claim } from "../../../core/model.js";
import { STORY_FIGURE } from "../../../core/extract/subject/report-subject.js";

/** The frame of the claim written `words`, when the report-subject rule (frame.story-figure) read it. */
function reportFrame(body: string, words: string, published = "2018-11-02"): { measure: string; scope: string[] } | undefined {
  const claim = extractClaims({ id: "t", body, published }).find((c: Claim) => c.text === words);
  const frame = claim?.subject?.frame;
  return frame?.rules?.includes(STORY_FIGURE) ? { measure: frame.measure.id, scope: frame.scope.map((e) => e.id) } : undefined;
}

// Sentences from North Africa Post (2 Nov 2018), Trend (21 Feb 2025), AzerNews (26 Sept 2024),
// Autocar Professional and OneIndia (May 2017, the Dhola-Sadiya bridge), Blog of Victoria Falls texts
// (retired development sets aside12b, aside11b); kept as published.
describe("a figure no step framed takes what its report is about", () => {
  it("a length of the thing its clause names, its dimension left open", () => {
    const body = "Morocco: Construction of Africa's tallest tower launched\nThe skyscraper dubbed “Mohammed VI Tower” will reach 984 feet and will be the tallest in Africa.";
    expect(reportFrame(body, "984 feet")).toEqual({ measure: "extent", scope: ["mohammed-vi"] });
  });
  it("a sum after a cost word is the cost of the thing its clause names", () => {
    const body = "BISHKEK, Kyrgyzstan, February 21. The construction of the Kambarata-1 hydropower plant will be completed within 6.5 years, the minister said.\n\nThe minister also mentioned that the total cost of constructing the Kambarata-1 hydropower plant is estimated at $3.5 billion.";
    // Since session 26 "is estimated at" is a cost verb of the named-measure step, which reads it first with the same frame.
    const frame = extractClaims({ id: "t", body, published: "2025-02-21" }).find((c: Claim) => c.text === "$3.5 billion")?.subject?.frame;
    expect({ measure: frame?.measure.id, scope: frame?.scope.map((e) => e.id) }).toEqual({ measure: "cost", scope: ["kambarata-1"] });
  });
  it("a sum is no cost of the places a story names: a thing must be named", () => {
    const body = "The new bridge replaces the British-era Pamban Railway Bridge, which opened in 1914. Built at Rs 531 crore, the bridge is 2.1 km long.";
    expect(reportFrame(body, "Rs 531 crore", "2025-04-06")).toBeUndefined();
  });
  it("a distance from a named place is that distance of the place the story tells of", () => {
    // Channel NewsAsia (AFP), 12 Aug 2021.
    const body = "KABUL: The Taliban seized the strategic Afghan city of Ghazni on Thursday (Aug 12), just 150km from Kabul, their most important gain in a lightning offensive that has seen them overrun 10 provincial capitals in a week.\nThe interior ministry confirmed the fall of the city, which lies along the major Kabul-Kandahar highway.";
    const frame = reportFrame(body, "150km", "2021-08-12");
    expect(frame?.measure).toBe("distance.from-kabul");
    expect(frame?.scope).toContain("name:ghazni");
  });
  it("a sum no cost word introduces is left alone (a loan, a price, a fine)", () => {
    const body = "Lagos stadium plan\nThis will include a new $53 million (£38 million/€45 million) 10,000-capacity arena.";
    expect(reportFrame(body, "$53 million")).toBeUndefined();
  });
});

describe("what makes a figure some other thing than the report's", () => {
  it("a place of its own in the sentence: that place's part of the thing", () => {
    const body = "China-Kyrgyzstan-Uzbekistan Railway Built Within 5 Years\nThe China-Kyrgyzstan-Uzbekistan railway will be built within five years. The cost of building a railway line through the territory of Kyrgyzstan is estimated at $ 1.34 billion.";
    expect(reportFrame(body, "$ 1.34 billion", "2024-09-26")).toBeUndefined();
  });
  it("a year before the report's: the figure of that time, not the report's", () => {
    const body = "India's longest bridge 'Dhola-Sadiya'\nThe Dhola-Sadiya bridge will run over the Lohit river. The construction of the bridge began in 2011 at a sanctioned project cost of ₹950 crore.";
    expect(reportFrame(body, "₹950 crore", "2017-05-14")).toBeUndefined();
  });
  it("a rate, a part and a conversion in brackets", () => {
    const body = "Victoria Falls\nVictoria Falls is the largest curtain of water in the world. In the wet season the falls are most impressive, with a flow rate of up to 10,000 cubic meters per second.";
    expect(reportFrame(body, "up to 10,000 cubic meters", "2020-01-01")).toBeUndefined();
    const part = "The Baku-Tbilisi-Kars railway\nLength of the Baku-Tbilisi-Kars railway is about 850 kilometers, 405 km of which passes through the territory of Azerbaijan.";
    expect(reportFrame(part, "405 km", "2017-10-30")).toBeUndefined();
  });
  it("two values of one measure in one report: which is the report's subject is not said", () => {
    const body = "Guadalupe River at Hunt\nThe Guadalupe River at Hunt was at 7.63 feet on the night of July 3. By 4:05 a.m., the river reached major flood stage, 22 feet. One hour later at 5:10am, the river rose to its peak of 37.52 feet.";
    expect(reportFrame(body, "22 feet", "2025-07-07")).toBeUndefined();
    expect(reportFrame(body, "37.52 feet", "2025-07-07")).toBeUndefined();
    // The same figure alone in its report is the river's.
    const alone = "Guadalupe River at Hunt\nThe Guadalupe River at Hunt rose to its peak of 37.52 feet at 5:10am.";
    expect(reportFrame(alone, "37.52 feet", "2025-07-07")?.scope).toEqual(["guadalupe-river"]);
  });
  it("a headline name of kind nouns and plain words names no one thing", () => {
    const body = "Tanzania is Constructing Africa’s LARGEST Hydro-power dam on river Rufiji.\nThe dam will be 131 meters high.";
    expect(reportFrame(body, "131 meters", "2019-01-01")?.scope ?? []).not.toContain("largest-hydro-power");
  });
});
