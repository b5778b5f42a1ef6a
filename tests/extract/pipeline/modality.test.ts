import { describe, expect, it } from "vitest";
import { modalityOf } from "../../../core/extract/modality.js";
import { quotedRegions } from "../../../core/extract/quotes.js";
import { splitSentences } from "../../../core/extract/sentences.js";
import { mention } from "./mentions.js";

function modality(text: string, words: string, kind: "quantity" | "date" = "quantity"): string {
  const m = mention(text, words, { kind });
  const sentence = splitSentences(text).find((s) => s.start <= m.start && m.start < s.end)!;
  return modalityOf({ text, sentence, mention: m, quotes: quotedRegions(text) }).modality;
}

describe("modalityOf", () => {
  it("reads a condition as hypothetical, even inside a quote", () => {
    expect(modality("“If two million more refugees arrive in Turkey, that would be too much,” he says.", "two million")).toBe("hypothetical");
  });
  it("reads a scenario as hypothetical up to the end of its clause", () => {
    const text = "Turkey is preparing for a scenario where the US withdraws its remaining 900 or so troops, a step that is likely.";
    expect(modality(text, "900 or so")).toBe("hypothetical");
  });
  it("ends a condition at its comma", () => {
    expect(modality("If talks fail, Turkey will send 2,000 troops.", "2,000")).toBe("asserted");
  });
  it("reads a modal in the number's own clause as hypothetical", () => {
    expect(modality("The army could deploy 5,000 soldiers.", "5,000")).toBe("hypothetical");
    expect(modality("Officials said 3,000 more people might arrive.", "3,000")).toBe("hypothetical");
  });
  it("does not carry a modal across a new clause", () => {
    const text = "Such a meeting would mark the highest-level talks since the Syrian war began in 2011 and signal a thaw.";
    expect(modality(text, "2011", "date")).toBe("asserted");
  });
  it("does not take the month May for a modal", () => {
    expect(modality("Syria was readmitted in May last year with 22 members.", "22")).toBe("asserted");
  });
  it("reads a negator governing the number as negated", () => {
    expect(modality("The strip is not 30 km deep.", "30 km")).toBe("negated");
    expect(modality("The strip is no longer 30 km deep.", "30 km")).toBe("negated");
  });
  it("does not read a bounded qualifier as a negation", () => {
    expect(modality("It holds no more than 40 people.", "more than 40")).toBe("asserted");
  });
  it("reads numbers inside quotation marks as quoted", () => {
    expect(modality("He added: “Four hundred thousand displaced Syrians must be returned.”", "Four hundred thousand")).toBe("quoted");
  });
  it("reads attributed numbers as quoted, but not the date a statement was made", () => {
    const text = "According to the United Nations, more than 300,000 have fled since December 1, 2019.";
    expect(modality(text, "more than 300,000")).toBe("quoted");
    expect(modality(text, "December 1, 2019", "date")).toBe("asserted");
  });
  it("reads plain statements as asserted", () => {
    expect(modality("Damascus still controls only 70% of Syrian territory.", "70%")).toBe("asserted");
  });
});

describe("quotedRegions", () => {
  it("pairs curly and straight double quotes", () => {
    const text = "He said “it was 30 km” and \"not 40\".";
    expect(quotedRegions(text).map((q) => text.slice(q.start, q.end))).toEqual(["“it was 30 km”", "\"not 40\""]);
  });
  it("does not take an apostrophe for a quote", () => {
    expect(quotedRegions("Türkiye’s 3.6 million refugees and Syria’s war")).toEqual([]);
  });
  it("reads curly single quotes that open a word", () => {
    const text = "the principle of ‘one state, one army’ both";
    expect(quotedRegions(text).map((q) => text.slice(q.start, q.end))).toEqual(["‘one state, one army’"]);
  });
  it("runs an unclosed quote to the end of its line only", () => {
    const text = "“We have 12 people here.\nThe next line has 5.";
    expect(quotedRegions(text)).toEqual([{ start: 0, end: text.indexOf("\n") }]);
  });
});
