import { describe, expect, it } from "vitest";
import { splitSentences } from "../../../core/extract/sentences.js";

function texts(text: string): string[] {
  return splitSentences(text).map((s) => text.slice(s.start, s.end));
}

describe("splitSentences", () => {
  it("splits at a period followed by a capital", () => {
    expect(texts("It began in 2011. Then it spread.")).toEqual(["It began in 2011.", "Then it spread."]);
  });
  it("does not split at month abbreviations, initials, U.S. or decimals", () => {
    const text = "Their Nov. 13 attack killed six. Patricia Y. Lee wrote that the U.S. Secretary left 3.6 million behind.";
    expect(texts(text)).toEqual(["Their Nov. 13 attack killed six.", "Patricia Y. Lee wrote that the U.S. Secretary left 3.6 million behind."]);
  });
  it("does not split when a lowercase word follows", () => {
    expect(texts("The U.S. has mainly partnered with the YPG.")).toHaveLength(1);
  });
  it("always splits at a line break", () => {
    expect(texts("Listen to the article\n\n0:00\n0:00")).toEqual(["Listen to the article", "0:00", "0:00"]);
  });
  it("keeps a closing quote with its sentence", () => {
    expect(texts("“We will do it.” Then he left.")).toEqual(["“We will do it.”", "Then he left."]);
  });
  it("returns exact offsets and nothing for blank text", () => {
    const text = "  One. Two.  ";
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end).trim()).toBe(text.slice(s.start, s.end));
    expect(splitSentences("   \n ")).toEqual([]);
  });
});
