/**
 * boundaryFirst (core/extract/boundary-first.ts): a pattern opening with `\b` read without it, the
 * boundary checked by hand, finds what the pattern as written finds, under "iu" and under "i".
 */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readFrontMatter } from "../../core/index.js";
import { boundaryFirst } from "../../core/extract/boundary-first.js";

const EXAMPLES = fileURLToPath(new URL("../../examples/", import.meta.url));
const BODIES = readdirSync(EXAMPLES).filter((f) => f.endsWith(".txt")).sort()
  .map((f) => readFrontMatter(readFileSync(EXAMPLES + f, "utf8")).body);

// story-class.ts's ANOTHER, and a pattern reaching over words ("the initial toll of").
const ANOTHER = String.raw`\b(?:another|second|third|fresh|new|separate|earlier|previous|twin|two|three|several|series\s+of)\s+(?:[\p{L}-]+\s+){0,2}$`;
const ASCII = String.raw`\b(?:another|second|third|fresh|new)\s+(?:[a-z-]+\s+){0,2}$`;
const SUPERSEDED = String.raw`\b(?:initial|original|previous|earlier|old)\s+(?:[\p{L}-]+\s+){0,2}?(?:count|toll|figure)s?\s+of\s+`;

/** Look-alikes at the edges: the long s, the Kelvin sign, an astral letter, a digit or "_" glued on. */
const EDGES = [
  "a second deadly ", "a \u017fecond deadly ", "\u212asecond quake ", "\u{1D400}second quake ", "2second quake ", "_another blast ",
  "another", "ANOTHER  big ", "anothers big ", "x-another big ", "the initial toll of 40", "the \u017finitial toll of", "preinitial toll of ",
];

function pieces(body: string): string[] {
  const before = [...body.matchAll(/\S+/g)].map((m) => body.slice(Math.max(0, m.index - 40), m.index));
  return [...before, ...body.split(/(?<=[.!?])\s+/u)];
}

describe("boundaryFirst finds what the pattern with its boundary finds", () => {
  for (const flags of ["iu", "i", "u"]) {
    it(`under "${flags}", on the five real articles and on look-alikes at the edges`, () => {
      let compared = 0;
      for (const source of [ANOTHER, SUPERSEDED, ASCII]) {
        if (!flags.includes("u") && source.includes("\\p")) continue;
        const written = new RegExp(source, flags);
        const fast = boundaryFirst(source, flags);
        for (const text of [...BODIES.flatMap(pieces), ...EDGES]) {
          const [a, b] = [written.exec(text), fast.exec(text)];
          expect(b?.index).toBe(a?.index);
          expect(b?.[0]).toBe(a?.[0]);
          compared++;
        }
      }
      expect(compared).toBeGreaterThan(1000);
    });
  }

  it("reads the long s and the Kelvin sign as word characters only under 'iu'", () => {
    expect(boundaryFirst(ANOTHER, "iu").test("\u212asecond quake ")).toBe(false);
    expect(boundaryFirst(ANOTHER, "u").test("\u212asecond quake ")).toBe(true);
    expect(boundaryFirst(ANOTHER, "iu").test("a \u017fecond deadly ")).toBe(true);
  });

  it("refuses a pattern without a leading boundary, or global flags", () => {
    expect(() => boundaryFirst("(?:another)", "iu")).toThrow();
    expect(() => boundaryFirst(ANOTHER, "giu")).toThrow();
  });
});
