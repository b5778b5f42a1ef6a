import { describe, expect, it } from "vitest";
import { CASUALTY } from "../../../core/extract/subject/lexicon.js";
import { nearLookup } from "../../../core/extract/subject/misspelling.js";
import { firstWordsIn, lastWordsIn, wordsIn } from "../../../core/extract/subject/words.js";

// The splitter reads plain ASCII words by hand for speed; it must give exactly what the WORD
// pattern alone gives (copied here as the reference), on every kind of start it hands back.
const WORD = /(?:\p{Lu}\.){2,4}|[\p{L}\p{N}](?:[A-Za-z0-9]{1,60}|[\p{L}\p{N}\p{M}]|[-'’.](?=[\p{L}\p{N}])){0,60}/gu;
function reference(text: string, from: number, to: number) {
  const slice = text.slice(from, to);
  return [...slice.matchAll(WORD)].map((m) => ({ start: from + m.index!, end: from + m.index! + m[0].length, text: m[0], lower: m[0].toLowerCase() }));
}

const SAMPLES = [
  "Syrian refugees, in Turkey",
  "the U.S. and U.K. sent 3,000 troops; E.U. officials said",
  "Türkiye’s Communications Director Burhanettin Duran, Istanbul’s mayor",
  "a Hamas-led attack on al-Baghdadi's compound at 8:17 p.m. on Nov. 13",
  "x".repeat(61) + " " + "y".repeat(62) + " " + "z".repeat(130) + "-long word",
  "Ｆｕｌｌｗｉｄｔｈ ｗｏｒｄｓ, 𝐌𝐚𝐭𝐡 letters, café, naïve, Zürich-based 12.5%",
  "the U.S.-backed forces, ISIS-held towns",
  "A. B. C.D. E.F.G.H.I. end.",
  "don't it's rock'n'roll e.g. i.e. 3.6 million 1,500-km",
];

describe("wordsIn", () => {
  it("splits like the WORD pattern alone, for every window of each sample", () => {
    for (const text of SAMPLES) {
      for (let from = 0; from <= text.length; from += 3) {
        for (const to of [from + 1, from + 7, from + 40, text.length]) {
          expect(wordsIn(text, from, to), `${JSON.stringify(text)} [${from}, ${to})`).toEqual(reference(text, from, to));
        }
      }
    }
  });

  it("gives the first word and the last words of a window exactly as the whole split does", () => {
    for (const text of [...SAMPLES, SAMPLES.join("\n\t ")]) {
      for (let from = 0; from <= text.length; from += 2) {
        for (const to of [from + 1, from + 7, from + 40, text.length]) {
          const all = reference(text, from, to);
          for (const count of [1, 2, 5]) expect(firstWordsIn(text, from, to, count), `first ${count} [${from}, ${to})`).toEqual(all.slice(0, count));
          for (const count of [1, 2, 5]) expect(lastWordsIn(text, from, to, count), `last ${count} [${from}, ${to})`).toEqual(all.slice(Math.max(0, all.length - count)));
        }
      }
    }
  });

  it("reads initials as one word and keeps hyphens and apostrophes inside words", () => {
    expect(wordsIn("the U.S.-backed Istanbul’s Turkish-Syrian", 0, 41).map((w) => w.text)).toEqual(["the", "U.S.", "backed", "Istanbul’s", "Turkish-Syrian"]);
  });
});

describe("status words as reporters misspell them (misspelling.ts)", () => {
  const casualty = nearLookup(CASUALTY);

  it("finds a long status word with one letter added, dropped or two neighbours swapped", () => {
    expect(casualty("survivours")).toBe("survivor");
    expect(casualty("casualities")).toBe("casualty");
    expect(casualty("fatalites")).toBe("killed");
    expect(casualty("hosptialised")).toBe("injured.in-hospital");
  });

  it("leaves real words that are one slip from a status word alone", () => {
    // A changed letter, a dropped last letter and short words make other real words.
    for (const word of ["evaluated", "evacuate", "founded", "depths", "arrests", "detainee", "survival", "surveyors"]) expect(casualty(word), word).toBeUndefined();
  });
});
