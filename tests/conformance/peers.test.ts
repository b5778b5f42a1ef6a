import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Level } from "./support/output.js";
import { DUCKLING_DIMENSIONS, present, QUANTULUM_FILES, runDuckling, runQuantulum, type SuiteResult } from "./support/suites.js";

/**
 * Two peer test suites the project did not write: quantulum3's English parser tests and
 * Facebook Duckling's English corpora for money, distance, numerals, quantity, temperature and
 * volume. Every case is judged (support/peer-judge.ts says how), at reader level and through
 * `extractClaims`; skips are grouped by a written reason (a unit outside our table, a latent
 * reading Duckling itself returns only on request, a vague word Duckling fixes at a number).
 *
 * The goal (issue 16) is 90% of judged cases in each suite. `FLOORS` are the rates reached when
 * this was last changed, rounded down to the percent, so a regression fails; a suite below the
 * goal says so in its test name. At the session start (commit 7ff9293), readers / claims:
 * quantulum3 61.1% / 65.3%, its ambiguity file 50% / 50%, Duckling AmountOfMoney 57.0%, Distance
 * 49.0%, Numeral 80.0% (readers only), Quantity 51.2%, Temperature 84.8%, Volume 53.7%. At the
 * start of the fourth session (5ca2015): quantulum3 88.9% / 90.3%, ambiguity 80% / 80%, Duckling
 * AmountOfMoney 85.9% / 85.9%; then currency names before the amount, tolerances (±) and a
 * percent judged as the ratio it is brought them to 90.3% / 91.7%, 90% / 90%, 90.8% / 90.8%.
 */
const GOAL = 0.9;
const FLOORS: Record<string, Partial<Record<Level, number>>> = {
  "quantulum3 quantities.json": { readers: 0.9, claims: 0.91 },
  "quantulum3 quantities.ambiguity.json": { readers: 0.9, claims: 0.9 },
  "Duckling AmountOfMoney": { readers: 0.9, claims: 0.9 },
  "Duckling Distance": { readers: 0.92, claims: 0.92 },
  "Duckling Numeral": { readers: 0.9 },
  "Duckling Quantity": { readers: 0.9, claims: 0.9 },
  "Duckling Temperature": { readers: 0.96, claims: 0.96 },
  "Duckling Volume": { readers: 0.9, claims: 0.9 },
};

function runPeers(): SuiteResult[] {
  const out: SuiteResult[] = [];
  for (const level of ["readers", "claims"] as const) {
    if (present.quantulum) for (const f of QUANTULUM_FILES) out.push(runQuantulum(f, level));
    if (present.duckling) for (const d of DUCKLING_DIMENSIONS) if (level === "readers" || d !== "Numeral") out.push(runDuckling(d, level));
  }
  return out;
}

describe.skipIf(!present.quantulum && !present.duckling)("quantulum3 and Duckling conformance (English)", () => {
  const results = runPeers();

  it("writes counts, skip reasons and failing inputs to test-results/conformance-peers.json", () => {
    const out = path.resolve(import.meta.dirname, "../../test-results");
    mkdirSync(out, { recursive: true });
    writeFileSync(path.join(out, "conformance-peers.json"), `${JSON.stringify(results, null, 1)}\n`);
    for (const r of results) expect(r.judged).toBeGreaterThan(0);
  });

  for (const r of results) {
    const floor = FLOORS[r.suite]?.[r.level] ?? 1;
    const goal = r.rate >= GOAL ? "goal met" : `below the ${GOAL * 100}% goal`;
    it(`${r.suite} (${r.level}): at least ${Math.round(floor * 100)}% of ${r.judged} judged cases (${goal})`, () => {
      expect(r.rate).toBeGreaterThanOrEqual(floor);
    });
  }
});
