import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { capitalisedWords, isProperAt } from "../../../core/extract/subject/capitalised-words.js";

// The regexes the scanner replaces (story names read every sentence of a story with them before).
const WORD = /(?<![\p{L}’'-])\p{Lu}\p{Ll}[\p{L}’'-]*/gu;
const byRegex = (s: string) => [...s.matchAll(WORD)].map((m) => ({ word: m[0], at: m.index, end: m.index + m[0].length }));
const titleCaseByRegex = (s: string) => {
  const words = s.match(/\p{L}{4,}/gu)?.length ?? 0;
  return words >= 3 && (s.match(/(?<!\p{L})\p{Lu}\p{L}{3,}/gu)?.length ?? 0) / words > 0.6;
};
// Letters of several scripts and cases, astral capitals (𝐀 U+1D400) and halves of surrogate pairs, marks names run on over.
const CHARS = ["a", "B", "é", "É", "ß", "Σ", "ς", "ǅ", "𝐀", "𝐚", "\ud835", "\udc00", "’", "'", "-", " ", ".", "\n", "1", "“", "ª"];
const text = fc.array(fc.constantFrom(...CHARS), { maxLength: 40 }).map((cs) => cs.join(""));

describe("capitalisedWords", () => {
  it("finds what /(?<![\\p{L}’'-])\\p{Lu}\\p{Ll}[\\p{L}’'-]*/gu finds", () => {
    expect(capitalisedWords("In Santa Maria’s Kiss, NASA and Jean-Paul O'Brien").map((w) => w.word)).toEqual(["In", "Santa", "Maria’s", "Kiss", "Jean-Paul"]);
    fc.assert(fc.property(text, (s) => {
      expect(capitalisedWords(s)).toEqual(byRegex(s));
    }), { numRuns: 3000 });
  });

  it("tells title case as the word counts did", () => {
    expect(isProperAt("Stadium Crush Toll Rises To 131 In Malang", [31])).toBe(false);
    expect(isProperAt("The crush at the stadium in Malang killed 131", [28])).toBe(true);
    // "x" at 2 opens no clause: proper unless the sentence is in title case.
    fc.assert(fc.property(text, (s) => {
      expect(isProperAt(`a x ${s}`, [2])).toBe(!titleCaseByRegex(`a x ${s}`));
    }), { numRuns: 3000 });
  });
});
