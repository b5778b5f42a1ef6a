import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { wordTrie } from "../../../core/extract/word-trie.js";

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&");
const alternation = (words: string[]) => [...new Set(words)].sort((a, b) => b.length - a.length).map(escape).join("|");
const matches = (source: string, text: string) => [...text.matchAll(new RegExp(`\\b(?:${source})\\b`, "g"))].map((m) => `${m.index}:${m[0]}`);

describe("wordTrie", () => {
  it("shares prefixes and keeps every word", () => {
    expect(wordTrie(["jan", "january", "june", "july"])).toBe("j(?:an(?:uary)?|u(?:ne|ly))");
    expect(new RegExp(`^(?:${wordTrie(["a.m.", "a+b", "x-ray"])})$`).test("a.m.")).toBe(true);
    expect(new RegExp(`^(?:${wordTrie(["a.m."])})$`).test("axmx")).toBe(false);
  });

  it("matches exactly what the longest-first alternation matches, in any text", () => {
    const word = fc.stringMatching(/^[a-c.\-+]{1,5}$/);
    fc.assert(fc.property(fc.array(word, { minLength: 1, maxLength: 12 }), fc.stringMatching(/^[a-c .\-+]{0,60}$/), (words, text) => {
      expect(matches(wordTrie(words), text)).toEqual(matches(alternation(words), text));
    }), { numRuns: 3000 });
  });
});
