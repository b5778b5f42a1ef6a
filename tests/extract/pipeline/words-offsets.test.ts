import { describe, expect, it } from "vitest";
import { firstWordsIn, lastWordsIn, wordsIn } from "../../../core/extract/subject/words.js";

// words.ts reads plain ASCII words in the text itself rather than in a copy of the window: the
// window's end must still stop a word (as the copy's end did), and offsets a copy reads its own
// way (past the end, negative from the end, fractional) must give what the copy gave.
const WORD = /(?:\p{Lu}\.){2,4}|[\p{L}\p{N}](?:[A-Za-z0-9]{1,60}|[\p{L}\p{N}\p{M}]|[-'’.](?=[\p{L}\p{N}])){0,60}/gu;
function reference(text: string, from: number, to: number) {
  const slice = text.slice(from, to);
  return [...slice.matchAll(WORD)].map((m) => ({ start: from + m.index!, end: from + m.index! + m[0].length, text: m[0], lower: m[0].toLowerCase() }));
}

const TEXT = "The U.S.-backed forces took al-Bab's centre on Nov. 13, Türkiye said; 3.6 million fled.";

describe("wordsIn at the window's edges", () => {
  it("stops a word at the window's end, as a copy of the window would", () => {
    // "forces" cut after "for"; "al-Bab's" cut after "al-" (the hyphen then ends the word).
    expect(wordsIn(TEXT, 16, 19).map((w) => w.text)).toEqual(["for"]);
    expect(wordsIn(TEXT, 28, 31).map((w) => w.text)).toEqual(["al"]);
    expect(wordsIn(TEXT, 0, 7)).toEqual(reference(TEXT, 0, 7));
  });

  it("reads a window past the text's end up to the end", () => {
    expect(wordsIn(TEXT, 70, 500)).toEqual(reference(TEXT, 70, 500));
    expect(wordsIn(TEXT, 500, 600)).toEqual([]);
  });

  it("gives what a copy gives for offsets a copy reads its own way", () => {
    for (const [from, to] of [[-12, TEXT.length], [0, -20], [-30, -5], [3.5, 20], [4, 19.5], [20, 10]] as const) {
      expect(wordsIn(TEXT, from, to)).toEqual(reference(TEXT, from, to));
    }
  });

  it("first and last words agree with the whole split", () => {
    const all = reference(TEXT, 0, TEXT.length);
    expect(firstWordsIn(TEXT, 0, TEXT.length, 4)).toEqual(all.slice(0, 4));
    expect(lastWordsIn(TEXT, 0, TEXT.length, 5)).toEqual(all.slice(-5));
  });
});
