/**
 * caseBlind (core/extract/case-blind.ts): a case-blind pattern of ASCII words read by its "i" twin
 * where that finds what the "iu" pattern finds, and by the pattern as written where the text holds a
 * character "u" folds into an ASCII letter (the long s, the Kelvin sign).
 */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readFrontMatter } from "../../core/index.js";
import { caseBlind } from "../../core/extract/case-blind.js";

const EXAMPLES = fileURLToPath(new URL("../../examples/", import.meta.url));
const BODIES = readdirSync(EXAMPLES).filter((f) => f.endsWith(".txt")).sort()
  .map((f) => readFrontMatter(readFileSync(EXAMPLES + f, "utf8")).body);

const OTHER_EVENT = String.raw`\b(?:another|earlier|previous|similar|separate|last\s+year|years?\s+ago|in\s+the\s+past|compared\s+(?:to|with))\b`;
const PART = String.raw`\b(?:of\s+(?:them|whom|those|these|the)|including|among(?:\s+them)?|out\s+of)\s*$`;

describe("caseBlind reads what the pattern under 'iu' reads", () => {
  it("on every sentence and every 40 characters before a digit of the five real articles", () => {
    let compared = 0;
    for (const source of [OTHER_EVENT, PART]) {
      const written = new RegExp(source, "iu");
      const fast = caseBlind(source);
      for (const body of BODIES) {
        const pieces = [...body.split(/(?<=[.!?])\s+/u), ...[...body.matchAll(/\d/g)].map((m) => body.slice(Math.max(0, m.index - 40), m.index))];
        for (const piece of pieces) {
          expect(fast.test(piece)).toBe(written.test(piece));
          expect(fast.exec(piece)?.[0]).toBe(written.exec(piece)?.[0]);
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(500);
  });

  it("reads the long s and the Kelvin sign as 'u' folds them", () => {
    const other = caseBlind(OTHER_EVENT);
    // "ſeparate" is "separate" to the case-blind Unicode pattern; "Another" in capitals too.
    expect(other.test("a \u017feparate quake")).toBe(true);
    expect(other.test("ANOTHER QUAKE")).toBe(true);
    // A word glued to "\u212a" (a word character under "iu") is no whole word.
    expect(other.test("\u212aanother")).toBe(new RegExp(OTHER_EVENT, "iu").test("\u212aanother"));
    expect(other.test("\u212aanother")).toBe(false);
    expect(other.test("a similarity")).toBe(false);
  });

  it("refuses a pattern its twin would read otherwise", () => {
    expect(() => caseBlind(String.raw`\b\p{L}+`)).toThrow();
    expect(() => caseBlind(String.raw`\bkilled.{0,20}`)).toThrow();
    expect(() => caseBlind(String.raw`\b[^,]+`)).toThrow();
    expect(() => caseBlind(String.raw`\bstraße`)).toThrow();
    expect(() => caseBlind(String.raw`\bkilled\.`)).not.toThrow();
    expect(() => caseBlind(String.raw`\bsaid[’']s`)).not.toThrow();
  });
});
