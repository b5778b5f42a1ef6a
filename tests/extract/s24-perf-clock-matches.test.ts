/**
 * clockMatches (core/extract/dates/clocks.ts) reads the clock pattern without its opening
 * lookbehind and checks the character before by hand: the same matches, at the same places and
 * with the same groups, as `matchAll` of the pattern as written ("gi", or "giu" where the text
 * holds a long s or a Kelvin sign), including clocks right after a digit, ".", ":" or ",".
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CLOCK_SOURCE, clockMatches } from "../../core/extract/dates/clocks.js";
import { foldsToAscii } from "../../core/extract/case-blind.js";

const written = (text: string) => [...text.matchAll(new RegExp(CLOCK_SOURCE, foldsToAscii(text) ? "giu" : "gi"))];
const shape = (ms: RegExpMatchArray[]) => ms.map((m) => [m.index, ...m]);

const EDGES = [
  "at 1:22 a.m., 11.50 am and 2 a.m.; 12:50 PM; 14:30 GMT; 18:00 (15:00 GMT) at noon or midday",
  "1,5 pm 3.4 pm 2:3 am 12:30pm 9:15am ,7 pm .8 am :9 am 10pm1 pm 0900 hours 21:00 hrs",
  "11 am\u212a 3 pm \u017ft 14:30 e\u017ft, noon\u017f, Noon, NOON, 4 P.M.",
  "𝐀 5 pm 𝐀5 pm 6 pm",
];

describe("clockMatches", () => {
  it("matches the pattern with its lookbehind on written edges", () => {
    for (const text of EDGES) expect(shape(clockMatches(text))).toEqual(shape(written(text)));
  });

  it("matches it on every example article and in every 300-character piece of them", () => {
    const dir = join(__dirname, "../../examples");
    for (const file of readdirSync(dir).filter((f) => f.endsWith(".txt"))) {
      const text = readFileSync(join(dir, file), "utf8");
      expect(shape(clockMatches(text))).toEqual(shape(written(text)));
      for (let i = 0; i < text.length; i += 97) {
        const piece = text.slice(i, i + 300);
        expect(shape(clockMatches(piece))).toEqual(shape(written(piece)));
      }
    }
  });
});
