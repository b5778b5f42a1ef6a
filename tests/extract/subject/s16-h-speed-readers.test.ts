import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { namesSite, SITE_AFTER } from "../../../core/extract/subject/story-place-kind.js";
import { cityOrPlace, isCommon } from "../../../core/extract/subject/story-name-word.js";
import { isEventWord } from "../../../core/extract/subject/name-neighbours.js";
import { EVENTS } from "../../../core/extract/subject/lexicon.js";
import { gazetteerPlace, isCountryPlace, mayOpenPlaceWith, placesAround } from "../../../core/extract/subject/gazetteer.js";
import { namesOf } from "../../../core/extract/subject/sentence-names.js";
import { readPlaceChain } from "../../../core/extract/subject/named-place.js";
import { capitalisedWords } from "../../../core/extract/subject/capitalised-words.js";
import gazetteer from "../../../core/extract/subject/data/gazetteer.js";
import SITES, { builtSites } from "../../../core/extract/subject/data/story-sites.js";

// Session 16 (issue 16, extraction speed): readers rewritten by hand or kept per article must
// answer exactly as the patterns and look-ups they replace.

/** namesSite as it read before: SITE_AFTER over the 60 characters after the name, its words split on white space. */
function namesSiteByPattern(sentence: string, end: number): "built" | "place" | undefined {
  const after = SITE_AFTER.exec(sentence.slice(end, end + 60));
  if (!after) return undefined;
  for (const written of after[0].trim().split(/\s+/u)) {
    const word = written.toLowerCase();
    const single = SITE_SET.has(word) ? word : word.endsWith("s") && SITE_SET.has(word.slice(0, -1)) ? word.slice(0, -1) : undefined;
    if (single !== undefined) return BUILT_SET.has(single) ? "built" : "place";
    if (!/^\p{Lu}/u.test(written) || !isCommon(word)) return undefined;
  }
  return undefined;
}
const SITE_SET = new Set(SITES);
const BUILT_SET = new Set(builtSites);

// Site words, common capitalised words, look-alikes, white space of several kinds (a line break
// ends the reading), letters outside ASCII, an astral letter (𝐀) and halves of surrogate pairs.
const PIECES = ["bridge", "bridges", "tunnel", "province", "Bay", "International", "Airport", "Bridge", "x", "said", "-", " ", "  ", "\t", "\n", "\u00a0", "\u2028", ",", ".", "é", "É", "𝐀", "\ud835", "\udc00", "’s", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"];
const after = fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((cs) => `Name${cs.join("")}`);

describe("namesSite reads by hand what SITE_AFTER read", () => {
  it("a site, a division, words between, or nothing", () => {
    const at = (s: string) => namesSite(s, [{ end: 4 }], 0, isCommon);
    expect(at("Name bridge collapsed")).toBe("built");
    expect(at("Name province")).toBe("place");
    expect(at("Name International Airport")).toBe("built");
    expect(at("Name Bay Bridge")).toBe("place");
    expect(at("Name said")).toBeUndefined();
    expect(at("Name\nbridge")).toBeUndefined();
    expect(at("Name,bridge")).toBeUndefined();
  });

  it("answers as the pattern on any text", () => {
    fc.assert(fc.property(after, (s) => {
      expect(namesSite(s, [{ end: 4 }], 0, isCommon)).toBe(namesSiteByPattern(s, 4));
    }), { numRuns: 20000 });
  });
});

describe("isEventWord: one look-up of the lexicon's words and their plurals", () => {
  it("is the lexicon's word, or the word less a final s", () => {
    const words = Object.keys(EVENTS);
    for (const w of words) {
      expect(isEventWord(w)).toBe(true);
      expect(isEventWord(`${w}s`)).toBe(true);
      expect(isEventWord(w.toUpperCase())).toBe(true);
    }
    for (const w of ["said", "the", "s", "", "earthquakess", "İnvasion", "Quaked"]) {
      const lower = w.toLowerCase();
      expect(isEventWord(w)).toBe(EVENTS[lower] !== undefined || (lower.endsWith("s") && EVENTS[lower.slice(0, -1)] !== undefined));
    }
  });
});

describe("gazetteer look-ups kept once at load", () => {
  it("a country is a place inside no other", () => {
    expect(isCountryPlace("turkey")).toBe(true);
    expect(isCountryPlace("ankara")).toBe(false);
    expect(isCountryPlace("no-such-place")).toBe(false);
    for (const id of Object.keys(gazetteer.places)) expect(isCountryPlace(id)).toBe(placesAround(id).length === 0);
  });

  it("mayOpenPlaceWith never hides a place of two words or more, with or without City", () => {
    const names: string[] = [];
    const collect = (entry: unknown) => {
      const e = entry as string[] | { names: string[]; places?: Record<string, unknown> };
      const list = Array.isArray(e) ? e : e.names;
      names.push(...list);
      if (!Array.isArray(e)) for (const child of Object.values(e.places ?? {})) collect(child);
    };
    for (const entry of Object.values(gazetteer.places)) collect(entry);
    let multi = 0;
    for (const name of names) {
      const words = name.trim().split(/\s+/u);
      if (words.length < 2) continue;
      multi++;
      // Capitalised as a story writes it, and with "City" cut as cityOrPlace reads a city.
      const written = words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(" ");
      for (const run of [written, written.replace(/ City$/u, "")]) {
        const parts = run.split(" ");
        if (parts.length >= 2 && cityOrPlace(run) !== null) expect(mayOpenPlaceWith(parts[0]!, parts[1]!)).toBe(true);
      }
    }
    expect(multi).toBeGreaterThan(100);
    expect(mayOpenPlaceWith("Las", "Vegas")).toBe(true);
    expect(mayOpenPlaceWith("The", "Anything")).toBe(true);
    expect(mayOpenPlaceWith("Sri", "Lanka")).toBe(true);
    expect(mayOpenPlaceWith("Prime", "Minister")).toBe(false);
    expect(gazetteerPlace("Prime Minister")).toBeNull();
  });

  it("a sentence's names still find a place of several words", () => {
    const names = namesOf("Rescuers reached Las Vegas and Sri Lanka, said Prime Minister Jones");
    expect(names.has("las-vegas")).toBe(true);
    expect(names.get("las-vegas")?.known).toBe(true);
    expect(names.has("jones")).toBe(true);
  });
});

describe("place chains kept per article are handed out as copies", () => {
  it("the same chain twice, and changing one leaves the other", () => {
    const text = "The crush at Kanjuruhan Stadium, Malang, East Java, killed 131";
    const a = readPlaceChain(text, 13)!;
    a.entity.within!.push("changed");
    a.entity.id = "changed";
    const b = readPlaceChain(text, 13)!;
    expect(b.entity.id).toBe("kanjuruhan-stadium");
    expect(b.entity.within).not.toContain("changed");
    expect(readPlaceChain(`${text}.`, 13)!.entity.id).toBe("kanjuruhan-stadium");
  });
});

describe("capitalisedWords over text outside ASCII", () => {
  it("capitals outside ASCII open words; signs and punctuation do not", () => {
    expect(capitalisedWords("“Zürich” — Élodie’s Ωmega ǅa ªb").map((w) => w.word)).toEqual(["Zürich", "Élodie’s", "Ωmega"]);
  });
});
