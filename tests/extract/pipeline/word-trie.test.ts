import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { wholeWords, wordTrie } from "../../../core/extract/word-trie.js";

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

  it("writes a space as the given pattern, matching what the phrase alternation of subject/alternation.ts matches", () => {
    expect(wordTrie(["was opened", "was hit", "opened"], { space: String.raw`\s+` })).toBe(String.raw`(?:was\s+(?:opened|hit)|opened)`);
    // Phrases as subject/alternation.ts writes them (longest first, a space as \s+), case-blind as the phase verbs are read.
    const phrases = (words: string[]) => [...new Set(words)].sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, String.raw`\s+`)).join("|");
    const found = (source: string, text: string) => [...text.matchAll(new RegExp(`(?<![\\p{L}-])(?:${source})(?![\\p{L}-])`, "giu"))].map((m) => `${m.index}:${m[0]}`);
    const word = fc.stringMatching(/^[ab]{1,3}(?: [ab]{1,3}){0,2}$/);
    fc.assert(fc.property(fc.array(word, { minLength: 1, maxLength: 10 }), fc.stringMatching(/^[abAB \n-]{0,60}$/), (words, text) => {
      expect(found(wordTrie(words, { space: String.raw`\s+` }), text)).toEqual(found(phrases(words), text));
    }), { numRuns: 1000 });
  });

  it("writes a hyphen so a unicode-mode regex compiles, matching the same as without the flag", () => {
    const source = wordTrie(["cave-in", "cave", "pile-up", "pileup"]);
    const found = (flags: string, text: string) => [...text.matchAll(new RegExp(`\\b(?:${source})(?![\\p{L}-])`, flags))].map((m) => `${m.index}:${m[0]}`);
    const text = "a cave-in, a pile-up and a pileup in the cave";
    expect(found("giu", text)).toEqual(["2:cave-in", "13:pile-up", "27:pileup", "41:cave"]);
    expect(matches(source, text)).toEqual(matches(alternation(["cave-in", "cave", "pile-up", "pileup"]), text));
  });

  it("wholeWords finds what the lookbehind alternation finds, one match at a time", () => {
    const phrases = (words: string[]) => [...new Set(words)].sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, String.raw`\s+`)).join("|");
    const all = (find: (t: string, from?: number) => RegExpExecArray | null, text: string) => {
      const out: string[] = [];
      for (let m = find(text); m; m = find(text, m.index + m[0].length)) out.push(`${m.index}:${m[0]}`);
      return out;
    };
    const word = fc.stringMatching(/^[ab]{1,3}(?: [ab]{1,3}){0,2}$/);
    fc.assert(fc.property(fc.array(word, { minLength: 1, maxLength: 10 }), fc.stringMatching(/^(?:[abAB \n\-é]|😀){0,60}$/), (words, text) => {
      const expected = [...text.matchAll(new RegExp(`(?<![\\p{L}-])(?:${phrases(words)})(?![\\p{L}-])`, "giu"))].map((m) => `${m.index}:${m[0]}`);
      expect(all(wholeWords(words), text)).toEqual(expected);
    }), { numRuns: 500 });
    expect(wholeWords(["opened", "opened to traffic"])("It was reopened, then Opened  to traffic")?.[0]).toBe("Opened  to traffic");
    expect(wholeWords(["opened"], { caseBlind: false })("Opened, then opened")?.index).toBe(13);
  });
});
