import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cueFamily, mayHold } from "../../../core/extract/subject/date-cues.js";
import type { SubjectInput } from "../../../core/extract/subject/reading.js";
import { dateSubject } from "../../../core/extract/subject/time-subject.js";

const PHRASES = ["was opened to traffic", "collapse", "ground-breaking", "born"];
const FAMILY = cueFamily(PHRASES);
const OTHER = cueFamily(["first"]);
// The stems (the longest run of letters of each phrase), cut and joined to letters of other scripts,
// digits and hyphens; the long s and the Kelvin sign, which the `u` flag folds into "s" and "k".
const PIECES = ["traffic", "TRAFFIC", "traf", "fic", "collapse", "Collapsed", "ground", "breaking", "born", "BORN", "bor", "n", "first", "firs", "re", "é", "İ", "ſ", "\u212a", "1", "_", "-", " ", ".", "\n"];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 16 }).map((cs) => cs.join(""));

/** A date after `body` (its window the whole text), valued `value`. */
function dated(body: string, date = "2019", value = "2019", after = ""): SubjectInput {
  const full = `${body} ${date}${after}`;
  const start = body.length + 1;
  return { text: full, sentence: { start: 0, end: full.length }, previousSentence: "", mention: { kind: "date", start, end: start + date.length, value, text: date, rules: [] } as unknown as SubjectInput["mention"] };
}

describe("date-cues: a reader is skipped only where none of its stems can match", () => {
  it("holds wherever a stem matches, case-blind, with or without the u flag, cut or not", () => {
    const stems = ["traffic", "collapse", "breaking", "born"];
    fc.assert(fc.property(text, (body) => {
      const input = dated(body);
      const matches = stems.some((s) => new RegExp(s, "i").test(body) || new RegExp(s, "iu").test(body));
      if (matches) expect(mayHold(input, FAMILY)).toBe(true);
      if (/first/i.test(body)) expect(mayHold(input, OTHER)).toBe(true);
    }), { numRuns: 5000 });
  });

  it("refuses a phrase no match of which must hold a run of three ASCII letters", () => {
    expect(() => cueFamily(["été"])).toThrow();
    expect(() => cueFamily(["in on"])).toThrow();
  });

  it("tells a window without any stem", () => {
    expect(mayHold(dated("officials said on"), FAMILY)).toBe(false);
    expect(mayHold(dated("the bridge COLLAPSED on"), FAMILY)).toBe(true);
    // "reborn": a stem inside a longer run still holds (a reader's stretch may cut the run there).
    expect(mayHold(dated("a reborn city"), FAMILY)).toBe(true);
    expect(mayHold(dated("the ſtadium"), FAMILY)).toBe(true);
    expect(mayHold(dated("the bridge collapsed on"), OTHER)).toBe(false);
  });

  it("the date readers still read what their cue words tell", () => {
    const reading = (body: string, date: string, value: string) => dateSubject(dated(body, date, value, "."))?.subject.frame?.measure.id;
    expect(reading("The Holland Tunnel was opened to traffic on", "November 13, 1927", "1927-11-13")).toBe("date.service");
    expect(reading("John Smith was born on", "4 July 1950", "1950-07-04")).toBe("date.birth");
    expect(reading("Officials said on", "4 July 1950", "1950-07-04")).toBeUndefined();
  });
});
