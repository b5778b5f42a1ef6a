import { dateCases } from "../datetime/date-cases.js";
import { durationCases } from "../datetime/duration-cases.js";
import { loadSpec, specsPresent } from "../datetime/specs.js";
import { judgeDate, judgeDuration } from "./datetime-judge.js";
import { ducklingPresent, loadDuckling, type DucklingDimension } from "./duckling.js";
import { judge, type Model } from "./judge.js";
import type { Level } from "./output.js";
import { judgeDuckling, judgeQuantulum, type PeerVerdict } from "./peer-judge.js";
import { produce } from "./produce.js";
import { loadQuantulum, quantulumPresent, type QuantulumFile } from "./quantulum.js";
import { loadNumberSpec, numberSpecsPresent, type NumberSpecFile } from "./specs.js";

/**
 * Every conformance suite, judged at one level, counted the same way for the tests and for
 * bench/conformance.mjs: passed / judged, where judged = passed + failed; skips are grouped by
 * their written reason and never counted as passes; date policy differences are counted apart.
 */
export interface SuiteResult {
  suite: string;
  level: Level;
  judged: number;
  passed: number;
  rate: number;
  skipped: Record<string, number>;
  /** For the group "unit outside claimcheck's unit table": which units, once each. */
  unitsOutside: string[];
  policy: number;
  failures: Array<{ input: string; expected: unknown; got: unknown }>;
}

type Verdict = PeerVerdict | { outcome: "policy"; expected: unknown; got: unknown };

function tally(suite: string, level: Level, items: Array<{ input: string; verdict: Verdict }>): SuiteResult {
  const r: SuiteResult = { suite, level, judged: 0, passed: 0, rate: 0, skipped: {}, unitsOutside: [], policy: 0, failures: [] };
  for (const { input, verdict } of items) {
    if (verdict.outcome === "skip") {
      // One group for every unit outside the table, the units listed apart.
      const outside = /^(unit outside claimcheck's unit table) \((.*)\)/.exec(verdict.reason);
      const reason = outside ? outside[1]! : verdict.reason;
      if (outside && !r.unitsOutside.includes(outside[2]!)) r.unitsOutside.push(outside[2]!);
      r.skipped[reason] = (r.skipped[reason] ?? 0) + 1;
    }
    else if (verdict.outcome === "policy") r.policy++;
    else {
      r.judged++;
      if (verdict.outcome === "pass") r.passed++;
      else r.failures.push({ input, expected: verdict.expected, got: verdict.got });
    }
  }
  r.rate = r.passed / Math.max(1, r.judged);
  return r;
}

export const RT_NUMBER_FILES: Array<{ model: Model; file: NumberSpecFile; name: string }> = [
  { model: "number", file: "Number/English/NumberModel.json", name: "Number" },
  { model: "percent", file: "Number/English/PercentModel.json", name: "Percent" },
  { model: "range", file: "Number/English/NumberRangeModel.json", name: "NumberRange" },
  { model: "dimension", file: "NumberWithUnit/English/DimensionModel.json", name: "Dimension" },
  { model: "temperature", file: "NumberWithUnit/English/TemperatureModel.json", name: "Temperature" },
  { model: "currency", file: "NumberWithUnit/English/CurrencyModel.json", name: "Currency" },
];

export function runRecognizersNumbers(model: Model, file: NumberSpecFile, level: Level): SuiteResult {
  const name = RT_NUMBER_FILES.find((f) => f.file === file)?.name ?? file;
  const items = loadNumberSpec(file).map((spec) => ({ input: spec.Input, verdict: judge(model, spec, produce(model, spec.Input, level)) as Verdict }));
  return tally(`Recognizers-Text ${name}`, level, items);
}

export function runRecognizersDates(level: Level): SuiteResult[] {
  const dates = dateCases(loadSpec("DateTimeModel.json"));
  const durations = durationCases(loadSpec("DurationParser.json"));
  const dateItems = [
    ...dates.cases.map((c) => {
      const { outcome, got } = judgeDate(c, level);
      const verdict: Verdict = outcome === "pass" ? { outcome } : outcome === "policy" ? { outcome, expected: c.expected, got } : { outcome, expected: [c.expected], got };
      return { input: c.input, verdict };
    }),
    ...dates.skipped.map((s) => ({ input: s.input, verdict: { outcome: "skip", reason: s.reason } as Verdict })),
  ];
  const durationItems = [
    ...durations.cases.map((c) => {
      const { outcome, got } = judgeDuration(c, level);
      const verdict: Verdict = outcome === "pass" ? { outcome: "pass" } : { outcome: "fail", expected: [c.timex], got };
      return { input: c.input, verdict };
    }),
    ...durations.skipped.map((s) => ({ input: s.input, verdict: { outcome: "skip", reason: s.reason } as Verdict })),
  ];
  return [tally("Recognizers-Text DateTime (dates)", level, dateItems), tally("Recognizers-Text DateTime (durations)", level, durationItems)];
}

export const QUANTULUM_FILES: QuantulumFile[] = ["quantities.json", "quantities.ambiguity.json"];

export function runQuantulum(file: QuantulumFile, level: Level): SuiteResult {
  const items = loadQuantulum(file).map((c) => ({ input: c.input, verdict: judgeQuantulum(c, level) as Verdict }));
  return tally(`quantulum3 ${file}`, level, items);
}

export const DUCKLING_DIMENSIONS: DucklingDimension[] = ["AmountOfMoney", "Distance", "Numeral", "Quantity", "Temperature", "Volume"];

export function runDuckling(dimension: DucklingDimension, level: Level): SuiteResult {
  const items = loadDuckling(dimension).map((c) => ({ input: c.input, verdict: judgeDuckling(c, level) as Verdict }));
  return tally(`Duckling ${dimension}`, level, items);
}

export const present = { recognizers: numberSpecsPresent() && specsPresent(), quantulum: quantulumPresent(), duckling: ducklingPresent() };

/** Every suite at both levels (the number reader's suites at reader level only: numbers alone are no claims). */
export function runAll(): SuiteResult[] {
  const out: SuiteResult[] = [];
  for (const level of ["readers", "claims"] as const) {
    if (present.recognizers) {
      for (const f of RT_NUMBER_FILES) if (level === "readers" || f.model !== "number") out.push(runRecognizersNumbers(f.model, f.file, level));
      out.push(...runRecognizersDates(level));
    }
    if (present.quantulum) for (const f of QUANTULUM_FILES) out.push(runQuantulum(f, level));
    if (present.duckling) for (const d of DUCKLING_DIMENSIONS) if (level === "readers" || d !== "Numeral") out.push(runDuckling(d, level));
  }
  return out;
}
