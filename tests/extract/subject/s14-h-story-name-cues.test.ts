/**
 * Two cheap tests the story's names (sentence-names.ts, story-name-city.ts) ask before a pattern,
 * for speed (session 14, H): each must never say no where the pattern would find something, or
 * the story's names change. Held here to the patterns themselves, at every capitalised word of the
 * example articles and of sentences written to reach each branch.
 */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { capitalisedWords } from "../../../core/extract/subject/capitalised-words.js";
import { cityAround, possessiveTail } from "../../../core/extract/subject/story-name-city.js";
import { maySite } from "../../../core/extract/subject/story-name-site.js";
import { namesSite } from "../../../core/extract/subject/story-place-kind.js";

const DIR = fileURLToPath(new URL("../../../examples/", import.meta.url));
const ARTICLES = readdirSync(DIR).filter((f) => f.endsWith(".txt")).map((f) => readFileSync(DIR + f, "utf8"));

const WRITTEN = [
  "the Marmaray tunnel under the Bosphorus",
  "in Paktika province on Sunday",
  "the Naki and Gayan districts were flooded",
  "the Jiaozhou Bay Bridge opened",
  "Daxing International Airport",
  "a span of the Morandi\u00a0bridge gave way",
  "the Solai\tdam burst",
  "the Kurar\r\nvillage",
  "President Biden said",
  "Santa Maria's Kiss Disco",
  "the Kanjuruhan stadium-goers",
  "the Kanjuruhan -stadium",
  "the Xyz" + " ".repeat(58) + "bridge",
  "the Xyz" + " ".repeat(55) + "bridges and more",
  "the Qom mosqué",
  "the Abc 𝐁ridge",
  "south Mumbai's Dongri area",
  "Mumbai’s congested Dongri locality",
  "Mumbai's old congested Dongri",
  "Mumbai's old grey congested Dongri",
  "the city's\u00a0Itaewon district",
  "Delhi's Mundka-area Fire",
  "Kangra’s Nurpur and Kangra's 𝑥 Nurpur",
  "Mumbai's\n  Dongri",
  "Mumbai's Éclair Dongri",
  "Mumbai's éclair Dongri",
];

const SENTENCES = [...ARTICLES.flatMap((a) => a.split(/(?<=[.!?])\s+/u)), ...WRITTEN];

/** BEFORE's end in story-name-city.ts, what possessiveTail reads by hand. */
const TAIL = /['’]s\s+(?:[\p{Ll}-]+\s+){0,2}$/u;

describe("maySite (story-name-site.ts)", () => {
  it("is true wherever namesSite finds a site word after a capitalised word", () => {
    let found = 0;
    let skipped = 0;
    for (const sentence of SENTENCES) {
      const words = capitalisedWords(sentence);
      for (let last = 0; last < words.length; last++) {
        const site = namesSite(sentence, words, last, () => true);
        if (site !== undefined) {
          found++;
          expect(maySite(sentence, words[last]!.end), `${sentence} @ ${words[last]!.word}`).toBe(true);
        } else if (!maySite(sentence, words[last]!.end)) skipped++;
      }
    }
    expect(found).toBeGreaterThanOrEqual(8);
    // It must also say no often, or it saves nothing.
    expect(skipped).toBeGreaterThan(found * 5);
  });

  it("answers the branches", () => {
    expect(maySite("the Marmaray tunnel under", 12)).toBe(true);
    expect(maySite("the Naki districts", 8)).toBe(true);
    expect(maySite("President Biden said", 15)).toBe(false);
    expect(maySite("Biden,", 5)).toBe(false);
    expect(maySite("Biden", 5)).toBe(false);
    expect(maySite("Biden \nbridge", 5)).toBe(false);
    expect(maySite("Biden  42", 5)).toBe(false);
    expect(maySite("the Abc Bay Bridge", 7)).toBe(true);
    expect(maySite("the Abc\u00a0bridge", 7)).toBe(true);
  });
});

describe("possessiveTail (story-name-city.ts)", () => {
  it("answers as BEFORE's end pattern before every capitalised word", () => {
    let yes = 0;
    for (const sentence of SENTENCES) {
      for (const { at } of capitalisedWords(sentence)) {
        const expected = TAIL.test(sentence.slice(0, at));
        const got = possessiveTail(sentence, at);
        // Past the Basic Multilingual Plane it may say yes and leave the answer to the pattern.
        if (expected || !/[\ud800-\udfff]/u.test(sentence.slice(0, at))) expect(got, `${sentence} @ ${at}`).toBe(expected);
        if (expected) yes++;
      }
    }
    expect(yes).toBeGreaterThanOrEqual(6);
  });

  it("lets cityAround read the city before a possessive", () => {
    expect(cityAround("killed in south Mumbai's Dongri area", "Dongri")).toBe("mumbai");
    expect(cityAround("in Mumbai’s congested Dongri", "Dongri")).toBe("mumbai");
    expect(cityAround("in Mumbai's old grey congested Dongri", "Dongri")).toBeUndefined();
  });
});
