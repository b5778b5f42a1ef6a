import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { RT_NUMBER_FILES, runRecognizersNumbers } from "./support/suites.js";
import { numberSpecsPresent } from "./support/specs.js";
import type { Model } from "./support/judge.js";

/**
 * Recognizers-Text's English Number and NumberWithUnit specs against our number reader and
 * quantity pipeline (readers), and against `extractClaims` (claims: what a user receives, after
 * overlaps, furniture and every later step). Every case is judged; a case is skipped only for a
 * reason written in support/judge.ts (a unit outside our table). "NotSupported" marks are
 * ignored: they describe the JavaScript port, not us. The Number model is judged on the reader
 * only: a bare number is no claim.
 *
 * `target` is the goal (issue 3 for readers, issue 16 for claims). `floor` is what is asserted:
 * the rate reached when this was last changed, rounded down (so a regression fails).
 * Temperature's two misses: "centigrate" (a misspelling we do not guess at) and the full stop of
 * "50 deg." at the end of a sentence, which we leave to the sentence. Through extractClaims the
 * rates equal the readers' (the one case claims lost, "$10000 over 3 years" read as a duration
 * of 3333 years that won the overlap, is fixed in durations). Judged on the claim's whole text
 * (qualifier words kept, "about 5 miles") instead of its core, dimension would be 86% and
 * currency 85%: a convention of spans, not a reading lost. NumberRange (session 11): 87.4% -> 92.0%
 * of 87, by two conventions of spans (support/produce.ts): a "from X to Y" range is judged from
 * its "from" (we span "between" but not "from", which news writes before changes too), and a
 * range with a unit ends at its last number ("more than thirty years old": the NumberRange model
 * reads no units).
 */
const FLOORS: Record<Model, { readers: number; claims?: number; target: number; claimTarget?: number }> = {
  number: { readers: 0.95, target: 0.95 },
  percent: { readers: 0.95, claims: 0.95, target: 0.95 },
  range: { readers: 0.91, claims: 0.91, target: 0.9 },
  dimension: { readers: 0.97, claims: 0.97, target: 0.95, claimTarget: 0.95 },
  temperature: { readers: 0.95, claims: 0.95, target: 0.95, claimTarget: 0.95 },
  currency: { readers: 0.95, claims: 0.95, target: 0.9, claimTarget: 0.9 },
};

describe.skipIf(!numberSpecsPresent())("Recognizers-Text Number and NumberWithUnit conformance (English)", () => {
  const results = RT_NUMBER_FILES.flatMap((f) => {
    const levels = FLOORS[f.model].claims === undefined ? (["readers"] as const) : (["readers", "claims"] as const);
    return levels.map((level) => ({ ...f, level, result: runRecognizersNumbers(f.model, f.file, level) }));
  });

  it("writes counts and failing inputs to test-results/conformance-numbers.json", () => {
    const out = path.resolve(import.meta.dirname, "../../test-results");
    mkdirSync(out, { recursive: true });
    writeFileSync(path.join(out, "conformance-numbers.json"), `${JSON.stringify(results.map((r) => r.result), null, 1)}\n`);
    for (const r of results) expect(r.result.judged).toBeGreaterThan(0);
  });

  for (const r of results) {
    const floor = FLOORS[r.model][r.level]!;
    it(`${r.file} (${r.level}): at least ${Math.round(floor * 100)}% of the cases it judges`, () => {
      expect(r.result.rate).toBeGreaterThanOrEqual(floor);
    });
  }
});
