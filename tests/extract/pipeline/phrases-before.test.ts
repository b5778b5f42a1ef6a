import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PhrasesBefore } from "../../../core/extract/phrases-before.js";

const TABLE = [
  ["atLeast", ["more than", "over", "no less than", "more than or equal to"]],
  ["atMost", ["no more than", "under", "up to"]],
  ["approx", ["about", "approx.", "close to"]],
] as const;

/** The `$`-anchored regex reading the phrases replaced: the longest phrase ending before the number. */
function byRegex(text: string, end: number): { value: string; words: string; start: number } | null {
  let best: { value: string; words: string; start: number } | null = null;
  for (const [value, phrases] of TABLE) {
    const alternatives = [...phrases].sort((a, b) => b.length - a.length).map((p) => p.replace(/\./g, "\\.").replace(/ /g, "[ \\t]{1,2}")).join("|");
    const m = new RegExp(`(?:^|[^\\p{L}])(${alternatives})[ \\t]{1,2}$`, "iu").exec(text.slice(0, end));
    if (m?.[1] && (!best || m[1].length > best.words.length)) best = { value, words: m[1], start: end - (text.slice(0, end).length - m.index - m[0].indexOf(m[1])) };
  }
  return best;
}

describe("PhrasesBefore", () => {
  const phrases = new PhrasesBefore(TABLE, { space: "blank", maxGap: 2 });

  it("finds the longest phrase right before a position, with its words as written", () => {
    expect(phrases.find("no more than 500", 13)).toEqual({ value: "atMost", words: "no more than", start: 0 });
    expect(phrases.find("rose by More  than 5", 19)).toEqual({ value: "atLeast", words: "More  than", start: 8 });
    expect(phrases.find("(approx. 30 km)", 9)).toEqual({ value: "approx", words: "approx.", start: 1 });
  });

  it("wants a word boundary before the phrase and 1 to maxGap spaces after it", () => {
    expect(phrases.find("turnover 5", 9)).toBeNull();
    expect(phrases.find("over5", 4)).toBeNull();
    expect(phrases.find("over   5", 7)).toBeNull();
    expect(new PhrasesBefore(TABLE, { space: "whitespace", maxGap: 3 }).find("over\n 5", 6)?.words).toBe("over");
  });

  it("agrees with the anchored regex it replaced", () => {
    const words = fc.constantFrom("no", "more", "than", "over", "under", "up", "to", "about", "approx.", "close", "less", "or", "equal", "x", "(", "Over");
    const gap = fc.constantFrom(" ", "  ", "\t", "   ", "");
    const text = fc.array(fc.tuple(words, gap), { maxLength: 8 }).map((parts) => parts.map(([w, g]) => w + g).join(""));
    fc.assert(fc.property(text, (head) => {
      const full = `${head}5`;
      expect(phrases.find(full, head.length)).toEqual(byRegex(full, head.length));
    }), { numRuns: 5000 });
  });
});
