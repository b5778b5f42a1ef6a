import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LOCATIVE_PATTERN, saidAsWhere, wordAfter, wordBefore } from "../../../core/extract/subject/name-neighbours.js";
import { namesOf } from "../../../core/extract/subject/sentence-names.js";
import { mayOpenPlace } from "../../../core/extract/subject/gazetteer.js";
import gazetteer from "../../../core/extract/subject/data/gazetteer.js";

// The patterns the hand reading replaces (story names tried them at every position of the stretch before each name).
const AFTER = /^\s+([\p{L}-]+)/u;
const BEFORE = /([\p{L}-]+)[\s“"‘']+$/u;
// Words of the patterns, their parts and look-alikes, white space of several kinds, quotes, possessives,
// letters of several scripts and cases, an astral capital (𝐀 U+1D400) and halves of surrogate pairs.
const PIECES = ["in", "at", "the", "a", "an", "hit", "struck", "through", "within", "xin", "_", "9", "city", "’s", "'s", "s", "-", " ", "  ", "\n", "\u00a0", "\u2003", "\ufeff", "“", "\"", "‘", "'", "’", "(", ",", "É", "é", "ß", "Σ", "𝐀", "\ud835", "\udc00", "Cyclone", "Idai", "Hurricane", "e"];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 14 }).map((cs) => cs.join(""));
const cut = fc.tuple(text, fc.nat(), fc.nat()).map(([s, a, b]) => {
  const from = a % (s.length + 1);
  return { s, from, to: from + (b % (s.length - from + 1)) };
});

describe("name-neighbours: the hand reading answers as the patterns did", () => {
  it("saidAsWhere is LOCATIVE_PATTERN on the stretch", () => {
    const cases: [string, boolean][] = [["in ", true], ["in the ", true], ["struck the city’s ", true], ["within ", false], ["(at ", true], ["in the the ", true], ["in a the ", true], ["in the City ", false], ["in the", false], ["hit  the \n", true], ["xin the ", false], ["_in ", false], ["9at ", false], ["-on ", true]];
    for (const [s, expected] of cases) {
      expect(LOCATIVE_PATTERN.test(s)).toBe(expected);
      expect(saidAsWhere(`Xx${s}`, 2, 2 + s.length)).toBe(expected);
    }
    fc.assert(fc.property(cut, ({ s, from, to }) => {
      expect(saidAsWhere(s, from, to)).toBe(LOCATIVE_PATTERN.test(s.slice(from, to)));
    }), { numRuns: 20000 });
  });

  it("wordAfter and wordBefore read what their patterns capture", () => {
    expect(wordAfter("the Cianjur earthquake", 11)).toBe("earthquake");
    expect(wordBefore("Cyclone “Idai", 0, 9)).toBe("Cyclone");
    fc.assert(fc.property(cut, ({ s, from, to }) => {
      expect(wordAfter(s, from)).toBe(AFTER.exec(s.slice(from))?.[1]);
      expect(wordBefore(s, from, to)).toBe(BEFORE.exec(s.slice(from, to))?.[1]);
    }), { numRuns: 20000 });
  });

  it("a sentence's names are still said as where, and named by their event or a storm's title", () => {
    const names = namesOf("Rescuers in the city’s Itaewon district searched after Cyclone Idai and the Cianjur earthquake, said Mayor Smith");
    expect(names.get("itaewon")?.located).toBe(true);
    expect(names.get("idai")?.located).toBe(true);
    expect(names.get("cianjur")?.located).toBe(true);
    expect(names.get("smith")?.located).toBe(false);
  });
});

describe("mayOpenPlace: a run of capitalised words is looked up whole only when a place's name may open with its first word", () => {
  type Entry = readonly string[] | { names: string[]; places?: Record<string, Entry> };
  const names: string[] = [];
  const walk = (entry: Entry) => {
    names.push(...(Array.isArray(entry) ? entry : (entry as { names: string[] }).names));
    if (!Array.isArray(entry)) for (const child of Object.values((entry as { places?: Record<string, Entry> }).places ?? {})) walk(child);
  };
  for (const entry of Object.values(gazetteer.places as Record<string, Entry>)) walk(entry);

  it("opens every name of two words or more, written as news capitalises it or with its 'The', and a hyphen read as a space", () => {
    const several = names.map((n) => n.trim()).filter((n) => /\s/.test(n) && !/^[A-Z.]+$/.test(n));
    expect(several.length).toBeGreaterThan(100);
    for (const name of several) {
      const first = name.split(/\s+/)[0]!;
      expect(mayOpenPlace(first.charAt(0).toUpperCase() + first.slice(1)), name).toBe(true);
      expect(mayOpenPlace(`${first}-Side`), name).toBe(true);
    }
    expect(mayOpenPlace("The")).toBe(true);
  });

  it("does not open a run no name opens with, and the run's first word is still looked up alone", () => {
    expect(mayOpenPlace("President")).toBe(false);
    const names = namesOf("Officials told President Joe Biden that Las Vegas was calm");
    expect(names.has("las-vegas")).toBe(true);
    expect([...names.keys()]).not.toContain("president");
  });
});
