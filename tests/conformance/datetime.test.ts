import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runRecognizersDates } from "./support/suites.js";
import { specsPresent } from "./datetime/specs.js";

/**
 * Recognizers-Text's English DateTime specs against our date and duration steps (readers) and
 * against `extractClaims` (claims: what a user receives). Counts are honest: every kept case
 * passes or fails; skips are grouped with a reason and written out; policy differences
 * (past-leaning) are counted apart. Floors are the rates reached, rounded down, so a regression
 * fails the build. Dates: 80.7% (180/223) before the compact, ordinal, listed, leap-day and
 * re-read forms of dates/, 95.0% (211/222) after. Through extractClaims: the same 211/222.
 */
const FLOORS = { readers: { dates: 0.95, durations: 0.98 }, claims: { dates: 0.95, durations: 0.98 } };

describe.skipIf(!specsPresent())("Recognizers-Text DateTime conformance (English)", () => {
  const results = { readers: runRecognizersDates("readers"), claims: runRecognizersDates("claims") };

  it("writes counts and failing inputs to test-results/conformance-datetime.json", () => {
    const out = path.resolve(import.meta.dirname, "../../test-results");
    mkdirSync(out, { recursive: true });
    writeFileSync(path.join(out, "conformance-datetime.json"), `${JSON.stringify(results, null, 1)}\n`);
    for (const r of [...results.readers, ...results.claims]) expect(r.judged).toBeGreaterThan(0);
  });

  for (const level of ["readers", "claims"] as const) {
    it(`${level}: passes at least ${FLOORS[level].dates * 100}% of the date cases it keeps`, () => {
      expect(results[level][0]!.rate).toBeGreaterThanOrEqual(FLOORS[level].dates);
    });
    it(`${level}: passes at least ${FLOORS[level].durations * 100}% of the single-unit duration cases`, () => {
      expect(results[level][1]!.rate).toBeGreaterThanOrEqual(FLOORS[level].durations);
    });
  }
});
