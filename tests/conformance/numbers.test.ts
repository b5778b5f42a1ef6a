import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { judge, type Model } from "./support/judge.js";
import { produce } from "./support/produce.js";
import { loadNumberSpec, numberSpecsPresent, type NumberSpecFile } from "./support/specs.js";

/**
 * Recognizers-Text's English Number and NumberWithUnit specs against our number reader and
 * quantity pipeline. Every case is judged; a case is skipped only for a reason written in
 * support/judge.ts (a unit outside our table). "NotSupported" marks are ignored: they describe
 * the JavaScript port, not us.
 *
 * `target` is the goal from issue 3. `floor` is what is asserted: the target where it is met,
 * else the rate reached when this was last changed (so a regression still fails). Temperature's
 * two misses: "centigrate" (a misspelling we do not guess at) and the full stop of "50 deg." at
 * the end of a sentence, which we leave to the sentence.
 */
const FILES: Array<{ model: Model; file: NumberSpecFile; target: number; floor: number }> = [
  { model: "number", file: "Number/English/NumberModel.json", target: 0.95, floor: 0.95 },
  { model: "percent", file: "Number/English/PercentModel.json", target: 0.95, floor: 0.95 },
  { model: "range", file: "Number/English/NumberRangeModel.json", target: 0.8, floor: 0.8 },
  { model: "dimension", file: "NumberWithUnit/English/DimensionModel.json", target: 0.95, floor: 0.95 },
  { model: "temperature", file: "NumberWithUnit/English/TemperatureModel.json", target: 0.95, floor: 0.95 },
  { model: "currency", file: "NumberWithUnit/English/CurrencyModel.json", target: 0.9, floor: 0.9 },
];

function run(model: Model, file: NumberSpecFile) {
  const counts = { pass: 0, fail: 0, skip: 0 };
  const failures: Array<{ input: string; expected: string[]; got: string[] }> = [];
  const skipped: Record<string, number> = {};
  for (const spec of loadNumberSpec(file)) {
    const verdict = judge(model, spec, produce(model, spec.Input));
    counts[verdict.outcome]++;
    if (verdict.outcome === "fail") failures.push({ input: spec.Input, expected: verdict.expected, got: verdict.got });
    if (verdict.outcome === "skip") skipped[verdict.reason] = (skipped[verdict.reason] ?? 0) + 1;
  }
  return { ...counts, rate: counts.pass / Math.max(1, counts.pass + counts.fail), skipped, failures };
}

describe.skipIf(!numberSpecsPresent())("Recognizers-Text Number and NumberWithUnit conformance (English)", () => {
  const results = FILES.map((f) => ({ ...f, result: run(f.model, f.file) }));

  it("writes counts and failing inputs to test-results/conformance-numbers.json", () => {
    const out = path.resolve(import.meta.dirname, "../../test-results");
    mkdirSync(out, { recursive: true });
    const report = Object.fromEntries(results.map((r) => [r.file, { target: r.target, metTarget: r.result.rate >= r.target, ...r.result }]));
    writeFileSync(path.join(out, "conformance-numbers.json"), `${JSON.stringify(report, null, 1)}\n`);
    for (const r of results) expect(r.result.pass + r.result.fail + r.result.skip).toBeGreaterThan(0);
  });

  for (const { file, floor, target } of FILES) {
    it(`${file}: at least ${Math.round(floor * 100)}% of the cases it judges (target ${target * 100}%)`, () => {
      const r = results.find((x) => x.file === file)!.result;
      expect(r.rate).toBeGreaterThanOrEqual(floor);
    });
  }
});
