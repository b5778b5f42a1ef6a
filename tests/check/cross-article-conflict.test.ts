import { describe, expect, it } from "vitest";
import { checkClaims } from "../../core/check/index.js";
import type { Article, Claim } from "../../core/model.js";
import { article, claimOn, subject, type ClaimSpec } from "./support.js";
import { runEntry } from "./corpus-runner.js";

const refugees = subject("refugee|syrian|turkey", { text: "Syrian refugees in Turkey", group: "syrian", place: "turkey" });

function summary(doc: Article) {
  const { body: _body, ...rest } = doc;
  return rest;
}

/** `mine` in a new article against `theirs` in an earlier one. */
function compare(mine: { doc: Article; spec: ClaimSpec }, theirs: { doc: Article; spec: ClaimSpec }) {
  const own = claimOn(mine.doc, mine.spec);
  const other = claimOn(theirs.doc, theirs.spec);
  return checkClaims({ article: mine.doc, claims: [own], related: { claims: [other], articles: [summary(theirs.doc)] } })
    .filter((f) => f.rule === "cross-article-conflict");
}

const trt = article("trt", "Turkey is already hosting 3.5 million Syrian refugees.", "2020-01-14", "TRT World");
const rusi = article("rusi", "anger about the 3.6 million Syrian refugees residing in Turkey", "2024-08-06", "RUSI");

describe("cross-article-conflict", () => {
  it("calls different figures at different times a discrepancy, and says when", () => {
    const [finding, ...rest] = compare(
      { doc: rusi, spec: { text: "3.6 million", value: 3.6e6, unit: "person", subject: refugees } },
      { doc: trt, spec: { text: "3.5 million", value: 3.5e6, unit: "person", subject: refugees } });
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ kind: "cross-article-conflict", severity: "discrepancy" });
    expect(finding?.claims.map((c) => c.articleId)).toEqual(["trt", "rusi"]);
    expect(finding?.explanation).toContain("3.5 million people (TRT World, 2020-01-14) vs 3.6 million people (RUSI, 2024-08-06)");
    expect(finding?.explanation).toContain("changed between 2020 and 2024");
  });

  it("calls different figures at the same time a contradiction naming both outlets", () => {
    const other = article("ap", "3.5 million Syrian refugees", "2024-08-05", "AP");
    const [finding] = compare(
      { doc: rusi, spec: { text: "3.6 million", value: 3.6e6, unit: "person", subject: refugees } },
      { doc: other, spec: { text: "3.5 million", value: 3.5e6, unit: "person", subject: refugees } });
    expect(finding?.severity).toBe("contradiction");
    expect(finding?.explanation).toContain("AP, 2024-08-05");
    expect(finding?.explanation).toContain("RUSI, 2024-08-06");
    expect(finding?.explanation).toContain("reported 1 day apart");
  });

  it("converts units: 30 miles against 30 km", () => {
    const strip = subject("strip|depth", { text: "depth of the border strip", measure: "depth" });
    const daily = article("daily", "the 30-mile deep security strip", "2023-01-11", "Turkish daily");
    const [finding] = compare(
      { doc: article("rusi2", "clear a 30-km strip", "2024-08-06", "RUSI"), spec: { text: "30-km", value: 30, unit: "km", subject: strip } },
      { doc: daily, spec: { text: "30-mile", value: 30, unit: "mi", subject: strip } });
    expect(finding?.explanation).toContain("30 mi is 48.3 km");
  });

  const agreeing: [string, ClaimSpec, ClaimSpec][] = [
    ["more than 80 agrees with 81", { text: "81", value: 81, unit: "person" }, { text: "more than 80", value: 80, unit: "person", qualifier: "atLeast" }],
    ["at least 86 killed agrees with 109", { text: "109", value: 109, unit: "person" }, { text: "at least 86", value: 86, unit: "person", qualifier: "atLeast" }],
    ["about 2 million agrees with 1.9 million", { text: "1.9 million", value: 1.9e6, unit: "person" }, { text: "about 2 million", value: 2e6, unit: "person", qualifier: "approx", qualifierText: "about" }],
    ["a range containing the value", { text: "460", value: 460, unit: "person" }, { text: "450 to 500", value: 450, low: 450, high: 500, unit: "person", qualifier: "range" }],
    ["30 km and 18.6 miles", { text: "18.6 miles", value: 18.6, unit: "mi" }, { text: "30 km", value: 30, unit: "km" }],
  ];
  it.each(agreeing)("finds nothing when %s", (_name, mine, theirs) => {
    const a = article("new", `new report: ${mine.text}`, "2024-08-06", "New");
    const b = article("old", `old report: ${theirs.text}`, "2024-08-06", "Old");
    const s = subject("killed|raid", { event: "raid" });
    expect(compare({ doc: a, spec: { ...mine, subject: s } }, { doc: b, spec: { ...theirs, subject: s } })).toEqual([]);
  });

  it("reports 'no further than 30 km' against 32 km", () => {
    const a = article("new", "the line is 32 km from the border", "2024-08-06");
    const b = article("old", "no further than 30 km from the border", "2024-08-06");
    const s = subject("line|distance", { measure: "distance" });
    const findings = compare({ doc: a, spec: { text: "32 km", value: 32, unit: "km", subject: s } },
      { doc: b, spec: { text: "no further than 30 km", value: 30, unit: "km", qualifier: "atMost", subject: s } });
    expect(findings).toHaveLength(1);
    expect(findings[0]?.explanation).toContain("article old, 2024-08-06");
  });

  it("labels the subject without one side's own number", () => {
    const hosts = subject("refugee|syrian|turkey", { text: "Turkey hosts 3.3 million Syrian refugees", group: "syrian", place: "turkey" });
    const a = article("new", "Turkey hosts 3.3 million Syrian refugees", "2023-06-20", "B");
    const [finding] = compare({ doc: a, spec: { text: "3.3 million", value: 3.3e6, unit: "person", subject: hosts } },
      { doc: trt, spec: { text: "3.5 million", value: 3.5e6, unit: "person", subject: refugees } });
    expect(finding?.explanation.startsWith("Turkey hosts Syrian refugees: 3.5 million people (TRT World, 2020-01-14) vs 3.3 million people (B, 2023-06-20)")).toBe(true);
  });

  it("says when a figure holds for another time than its article's date", () => {
    const strip = subject("strip");
    const a = article("rusi3", "In 2019, Russia pledged to clear a 30-km strip", "2024-08-06", "RUSI");
    const b = article("daily2", "the 30-mile strip", "2023-01-11", "Daily");
    const [finding] = compare({ doc: a, spec: { text: "30-km", value: 30, unit: "km", subject: strip, asOf: "2019" } },
      { doc: b, spec: { text: "30-mile", value: 30, unit: "mi", subject: strip } });
    expect(finding?.explanation).toContain("30 km (RUSI, 2024-08-06, as of 2019) vs 30 mi (Daily, 2023-01-11)");
    expect(finding?.explanation).toContain("between 2019 and 2023");
  });

  it("says 'quoted' when a figure is a quotation", () => {
    const a = article("new", "\"We host 5 million refugees,\" he said.", "2024-08-06");
    const findings = compare({ doc: a, spec: { text: "5 million", value: 5e6, unit: "person", subject: refugees, modality: "quoted" } },
      { doc: rusi, spec: { text: "3.6 million", value: 3.6e6, unit: "person", subject: refugees } });
    expect(findings[0]?.explanation).toContain("quoted");
  });

  const unrelated: [string, Partial<Claim>, Partial<Claim>][] = [
    ["refugees in Turkey vs in Lebanon", { subject: refugees }, { subject: subject("refugee|syrian|lebanon", { group: "syrian", place: "lebanon" }) }],
    ["troops in Syria vs in Iraq", { subject: subject("troop|syria", { place: "syria" }) }, { subject: subject("troop|iraq", { place: "iraq" }) }],
    ["two different attacks", { subject: subject("killed|istiklal-attack", { event: "istiklal-attack" }) }, { subject: subject("killed|ankara-bombing", { event: "ankara-bombing" }) }],
    ["a hypothetical", { subject: refugees, modality: "hypothetical" }, { subject: refugees }],
    ["a negation", { subject: refugees }, { subject: refugees, modality: "negated" }],
    ["a count vs a percentage", { subject: refugees, unit: "%", kind: "percent" }, { subject: refugees }],
    ["claims without a subject", {}, {}],
    ["two counts whose subjects are a bare head ('killed')", { subject: subject("killed") }, { subject: subject("killed") }],
    ["a bare count against one naming a place", { subject: subject("killed") }, { subject: subject("killed|syria", { place: "syria" }) }],
    ["durations of an ongoing thing reported years apart", { subject: subject("war|syria"), kind: "duration", unit: "year" }, { subject: subject("war|syria"), kind: "duration", unit: "year" }],
  ];
  it.each(unrelated)("does not compare %s", (_name, mine, theirs) => {
    const a = article("new", "two million here", "2024-08-06");
    const b = article("old", "three million there", "2020-01-14");
    expect(compare({ doc: a, spec: { text: "two million", value: 2e6, unit: "person", ...mine } },
      { doc: b, spec: { text: "three million", value: 3e6, unit: "person", ...theirs } })).toEqual([]);
  });
});

describe("cross-article-conflict: one dated event's toll at two moments", () => {
  it("calls 11 dead the day after and 38 dead a month on a discrepancy, not a part and its whole", () => {
    const place = { kind: "place" as const, id: "san-cristobal", text: "San Cristobal", within: ["dominican-republic"] };
    const toll = (date?: string) => subject("killed", { frame: { measure: { id: "killed", text: "dead" }, scope: [place], event: { id: "attack", text: "explosion", place: "san-cristobal", ...(date ? { date } : {}) } } });
    const early = article("e", "The toll from the explosion rose to 11.", "2023-08-15", "AP");
    const late = article("l", "38 dead now in the explosion.", "2023-09-13", "DR1");
    const [finding] = compare({ doc: late, spec: { text: "38", value: 38, unit: "person", subject: toll("2023-08-14") } }, { doc: early, spec: { text: "11", value: 11, unit: "person", subject: toll("2023-08-14") } });
    expect(finding).toMatchObject({ severity: "discrepancy" });
    // Undated on one side, the far-apart counts may still be a part and the whole.
    const [note] = compare({ doc: late, spec: { text: "38", value: 38, unit: "person", subject: toll() } }, { doc: early, spec: { text: "11", value: 11, unit: "person", subject: toll("2023-08-14") } });
    expect(note?.severity ?? "none").not.toBe("contradiction");
  });
});

describe("a toll that rises between reports", () => {
  const quake = (published: string, toll: string) => ({
    id: `q-${published}`,
    published,
    body: `The death toll from the earthquake that struck Amatrice and Accumoli in central Italy rose again.\nThe quake killed ${toll} people, the civil protection agency said.`,
  });
  const first = { id: "q1", published: "2016-08-24", body: "Rescuers dug through rubble after a powerful earthquake hit central Italy near Amatrice and Accumoli overnight.\nThe quake killed 38 people, officials said." };
  const crossArticle = (articles: { id: string; published: string; body: string }[]) =>
    runEntry({ name: "rising", articles }).filter((f) => f.kind === "cross-article-conflict");

  it("gives nothing within the week: the count going on (counting-toll.ts countGoingOn)", () => {
    expect(crossArticle([first, quake("2016-08-26", "267")])).toEqual([]);
  });

  it("weeks on, is compared although the later count is more than twice the first (no part-and-whole doubt), as a discrepancy", () => {
    const findings = crossArticle([first, quake("2016-09-08", "295")]);
    expect(findings.map((f) => [f.severity, f.claims.map((c) => c.text).join(" / ")])).toEqual([["discrepancy", "38 / 295"]]);
    expect(findings[0]!.explanation).not.toContain("a part and the whole");
  });
});
