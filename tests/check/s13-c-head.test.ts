import { readFileSync } from "node:fs";
import { join } from "node:path";
import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { checkClaims, extractClaims } from "../../core/index.js";
import { filingKeys, lookupsFor, relatedByIndex, windowDays } from "../../core/check/claim-index.js";
import { INDEX_WINDOWS } from "../../core/check/claim-index-windows.js";
import { headKeys } from "../../core/check/frame/head-keys.js";
import { headLabel } from "../../core/check/frame/head-match.js";
import { markHeadFigures } from "../../core/extract/subject/head-figures.js";
import { figureHead, lemma } from "../../core/extract/subject/head-word.js";
import type { Article, ArticleSummary, Claim, Finding } from "../../core/model.js";
import { claimSchema } from "../../functions/schemas/records.js";

/**
 * Figures no reader frames, tied by their head word and their story (issue 15, session 13):
 * core/extract/subject/head-word.ts, head-figures.ts, core/check/frame/head-match.ts. Real text:
 * s13-c-head-text.json (entries of the retired kept-aside sets, as their gatherers wrote them).
 * extractClaims marks them (core/extract/index.ts calls markHeadFigures); the helper below calls it
 * again, which changes nothing (a figure's head and story are read from its text alone), so these
 * tests say what markHeadFigures itself does.
 */

type TextEntry = { name: string; articles: (Pick<Article, "id" | "body" | "published"> & { source?: string })[] };
const entries = JSON.parse(readFileSync(join(import.meta.dirname, "s13-c-head-text.json"), "utf8")) as TextEntry[];
const entry = (prefix: string) => entries.find((e) => e.name.startsWith(`${prefix} `))!;

/** Claims of an article with head figures marked, as the extraction hook marks them. */
function marked(article: Pick<Article, "id" | "body" | "published">): Claim[] {
  return markHeadFigures(extractClaims(article), article.body, article.published);
}

/** Each article checked against the ones before it, handed over by the claim index (the corpus runner's way). */
function run(e: TextEntry): Finding[] {
  const before: { summary: ArticleSummary; claims: Claim[] }[] = [];
  const findings: Finding[] = [];
  for (const article of e.articles) {
    const claims = marked(article);
    const related = before.map(({ summary, claims: theirs }) => ({ summary, claims: relatedByIndex(claims, theirs) })).filter((r) => r.claims.length > 0);
    findings.push(...checkClaims({ article, claims, related: { claims: related.flatMap((r) => r.claims), articles: related.map((r) => r.summary) } }));
    const { body: _body, ...summary } = article;
    before.push({ summary, claims });
  }
  return findings;
}

const MARK = "read from the words around each figure";
const headFindings = (prefix: string) => run(entry(prefix)).filter((f) => f.explanation.includes(MARK));
const texts = (f: Finding) => f.claims.map((c) => c.text).sort();

function claimIn(body: string, text: string, published = "2024-01-12"): Claim {
  const claim = extractClaims({ id: "t", body, published }).find((c) => c.text === text);
  if (!claim) throw new Error(`no claim "${text}"`);
  return claim;
}

describe("the head of a figure", () => {
  it("is the verb that governs it, past its qualifiers", () => {
    const body = "The express train departed from the main city station here at 6.15 a.m. and had covered only 45 km when the disaster struck.";
    expect(figureHead(claimIn(body, "45 km", "2015-02-13"), body)).toBe(lemma("covered"));
  });
  it("is the noun it is 'of', or the noun after it with its measure's adjective", () => {
    const land = "The project is spread across 2,312 acres of land in North Goa, the chief minister said.";
    expect(figureHead(claimIn(land, "2,312 acres", "2022-12-05"), land)).toBe("land");
    const wide = "The bridge is a six-meter wide bridge over the canyon.";
    const long = "It is a 430-meter long bridge over the canyon.";
    expect(figureHead(claimIn(wide, "six-meter", "2016-08-21"), wide)).toBe(`wide.${lemma("bridge")}`);
    expect(figureHead(claimIn(long, "430-meter", "2016-08-21"), long)).toBe(lemma("bridge"));
  });
  it("of a distance is the place it is told from, past a gloss and the common nouns before a name", () => {
    const kabul = "The Taliban captured the provincial capital of Logar province on Friday, just 50 km (30 miles) from Kabul.";
    const capital = "The Taliban captured the city of Pul-e-Alam on Saturday, around 70 kilometres from the capital Kabul.";
    const guimaras = "The wreck was lying 9 miles south of the island province of Guimaras.";
    expect(figureHead(claimIn(kabul, "50 km", "2021-08-13"), kabul)).toBe("from:kabul");
    expect(figureHead(claimIn(capital, "around 70 kilometres", "2021-08-14"), capital)).toBe("from:kabul");
    expect(figureHead(claimIn(guimaras, "9 miles", "2007-03-28"), guimaras)).toBe("from:guimaras");
  });
  it("of a count is its noun, or for people the word of its clause; never 'people' itself", () => {
    const capacity = "Reportedly the auditorium was packed beyond its capacity of 2200 with about seven thousand people.";
    expect(figureHead(claimIn(capacity, "2200", "2022-05-31"), capacity)).toBe("capacity");
    const people = "Police said a total of 474 people.";
    expect(figureHead(claimIn(people, "a total of 474", "2024-07-02"), people)).toBeUndefined();
  });
});

describe("figures marked with their head and story", () => {
  it("are filed and read under their head keys, a story's window", () => {
    const [zee] = entry("b9-28").articles;
    const acres = marked(zee!).find((c) => c.text === "2,312 acres")!;
    expect(acres.headWord?.word).toBe("land");
    const keys = headKeys(acres);
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.every((k) => k.startsWith("head:area:"))).toBe(true);
    expect(filingKeys(acres).map((f) => f.key)).toEqual(expect.arrayContaining(keys));
    expect(lookupsFor(acres).map((l) => l.key)).toEqual(expect.arrayContaining(keys));
    expect(windowDays(keys[0]!)).toBe(INDEX_WINDOWS.storyDays);
  });
  it("are kept through the store's claim schema", () => {
    const [zee] = entry("b9-28").articles;
    const acres = marked(zee!).find((c) => c.text === "2,312 acres")!;
    expect(v.parse(claimSchema, acres).headWord).toEqual(acres.headWord);
  });
  it("are not marked when the report gives two values of the head", () => {
    // Newshub, 2 May 2018, on the Rotorua sinkhole (/work/notes/dev13-C): the worker's first guess beside the measured length.
    const body = "Volcanologist labels Rotorua sinkhole the biggest he's ever seen\nA volcanologist says a giant sinkhole that's opened up on a Rotorua farm is the biggest he's ever seen. Its 200 metres long, 20 metres deep, and just as wide in some places. \"He told me it was 20 metres long and four metres deep - it wasn't until I came down in daylight that I saw just how big it was,\" Mr Tremain told Newshub. The sinkhole on the Rotorua farm is the ninth.";
    const claims = markHeadFigures(extractClaims({ id: "r", body, published: "2018-05-02" }), body, "2018-05-02");
    expect(claims.filter((c) => c.headWord?.word === "long")).toEqual([]);
    const single = body.replace("it was 20 metres long and four metres deep", "it was small");
    const marked = markHeadFigures(extractClaims({ id: "r", body: single, published: "2018-05-02" }), single, "2018-05-02");
    expect(marked.filter((c) => c.headWord?.word === "long").map((c) => c.text)).toEqual(["200 metres"]);
  });
  it("leave a toll the readers framed to the frame matching: its noun does not make the head ambiguous", () => {
    const body = "Kinnaur bus accident: the bus fell into the Baspa near Sangla in Kinnaur. As many as 18 passengers were killed. The bus was carrying about 43 passengers when it fell into the Baspa at Sangla in Kinnaur.";
    const claims = markHeadFigures(extractClaims({ id: "k", body, published: "2014-08-21" }), body, "2014-08-21");
    expect(claims.filter((c) => c.headWord).map((c) => c.text)).toEqual(["about 43"]);
  });
  it("are not marked when the report has no story names", () => {
    const body = "it covered only 45 km when the disaster struck.";
    const claims = markHeadFigures(extractClaims({ id: "n", body, published: "2015-02-13" }), body, "2015-02-13");
    expect(claims.some((c) => c.headWord)).toBe(false);
  });
});

describe("the head match", () => {
  it("finds two reports' figures of one head apart: a discrepancy that says why", () => {
    const covered = headFindings("a8-6");
    expect(covered.map(texts)).toEqual([["35 km", "45 km"]]);
    expect(covered[0]!.severity).toBe("discrepancy");
    expect(covered[0]!.kind).toBe("cross-article-conflict");
    // The head as the text writes it, matched by its lemma ("covered" / "had covered").
    expect(covered[0]!.explanation).toMatch(/^covered: .*if both are about the same thing, .*Compared because both: the “covered” figure of /u);
    expect(headFindings("a8-2").map(texts)).toEqual([["30 km", "about 40km"]]);
  });
  it("ties a report's only area to the other's only area (since session 21 the frames do: a bare area meets the airport's, through the story)", () => {
    const areas = run(entry("b9-28")).filter((f) => f.kind === "cross-article-conflict" && f.claims.every((c) => c.text.endsWith("acres")));
    expect(areas.map(texts)).toEqual([["2,132 acres", "2,312 acres"]]);
    expect(areas[0]!.explanation).toMatch(/Compared because both reports: .*both name Goa/u);
  });
  it("finds nothing between a bridge's width and its length", () => {
    expect(headFindings("b9-15")).toEqual([]);
  });
  it("finds nothing between distances from two places (Mumbai, Pune)", () => {
    const found = headFindings("a8-35").map(texts);
    expect(found.some((t) => t.includes("about 95 miles"))).toBe(false);
  });
  it("finds the figures of a head a framed toll shares ('As many as 18 passengers' killed beside 'about 43 passengers')", () => {
    expect(headFindings("a9-2").map(texts)).toEqual([["about 35", "about 43"]]);
  });
  it("labels a distance by its place and a report's only figure by its dimension", () => {
    expect(headLabel("from:kabul", "length")).toBe("distance from kabul");
    expect(headLabel("~", "area")).toBe("only area figure");
    expect(headLabel("from:kabul", "length", "from Kabul")).toBe("distance from Kabul");
  });
});
