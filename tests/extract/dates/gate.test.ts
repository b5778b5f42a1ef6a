import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { casual, Chrono, type Parser } from "chrono-node";
import { describe, expect, it } from "vitest";
import { CHRONO_GATES, chronoGate, gateParser } from "../../../core/extract/dates/gate.js";
import { DropBareHours } from "../../../core/extract/dates/drop-bare-hours.js";
import { DayOfMonthParser } from "../../../core/extract/dates/day-of-month-parser.js";
import { DayRangeParser } from "../../../core/extract/dates/day-range-parser.js";
import { WeekdayDayParser } from "../../../core/extract/dates/weekday-day-parser.js";
import { WeekdayOfWeekParser } from "../../../core/extract/dates/weekday-of-week-parser.js";

/**
 * A gate may only skip a parser on text where the parser finds nothing (nothing that survives
 * the bare-hour drop, for the time parser). Checked on every date text the project has: the
 * date corpus and, when ../shared is beside the repository, Recognizers-Text's DateTime inputs.
 */
const corpusDir = path.resolve(import.meta.dirname, "../../corpus/dates");
const specFile = path.resolve(import.meta.dirname, "../../../../shared/conformance/recognizers-text/DateTime/English/DateTimeModel.json");

function texts(): string[] {
  const out = readdirSync(corpusDir).filter((f) => f.endsWith(".json"))
    .flatMap((f) => (JSON.parse(readFileSync(path.join(corpusDir, f), "utf8")) as Array<{ text: string }>).map((e) => e.text));
  if (existsSync(specFile)) {
    const specs = JSON.parse(readFileSync(specFile, "utf8").replace(/^\uFEFF/, "")) as Array<{ Input: string }>;
    out.push(...specs.map((s) => s.Input));
  }
  return out;
}

/** Chrono's casual parsers that the news configuration keeps (chrono.ts drops three duration readers). */
const DROPPED = new Set(["ENTimeUnitWithinFormatParser", "ENTimeUnitLaterFormatParser", "ENTimeUnitCasualRelativeFormatParser"]);
const PARSERS: Parser[] = [
  ...casual.parsers.filter((p) => !DROPPED.has(p.constructor.name)),
  new DayRangeParser(), new WeekdayDayParser(), new DayOfMonthParser(), new WeekdayOfWeekParser("week-then-day"), new WeekdayOfWeekParser("day-then-week"),
];
const REFERENCE = { instant: new Date("2024-06-01T12:00:00Z"), timezone: 0 };
const readings = (chrono: Chrono, text: string) => chrono.parse(text, REFERENCE).map((r) => `${r.index}:${r.text}`);

describe("gateParser", () => {
  const all = texts();

  it("has texts to judge on", () => {
    expect(all.length).toBeGreaterThan(300);
  });

  it.each(PARSERS.map((p) => [p.constructor.name, p] as const))("%s: a gated window loses no reading", (_name, parser) => {
    const gated = gateParser(parser);
    expect(gated === parser).toBe(false);
    const plain = new Chrono({ parsers: [parser], refiners: [new DropBareHours()] });
    const behindGate = new Chrono({ parsers: [gated], refiners: [new DropBareHours()] });
    const lost = all.filter((text) => readings(plain, text).join("|") !== readings(behindGate, text).join("|"));
    expect(lost).toEqual([]);
  });

  it("skips the parser where its word is missing", () => {
    const month = casual.parsers.find((p) => p.constructor.name === "ENMonthNameParser")!;
    let asked = 0;
    const counting: Parser = { pattern: (context) => { asked++; return month.pattern(context); }, extract: (c, m) => month.extract(c, m) };
    Object.defineProperty(counting, "constructor", { value: month.constructor });
    const chrono = new Chrono({ parsers: [gateParser(counting)], refiners: [] });
    // Recognising the parser reads its pattern once; parsing is what is counted.
    asked = 0;
    chrono.parse("rose by 30 percent on Friday", REFERENCE);
    expect(asked).toBe(0);
    expect(chrono.parse("in March 2020", REFERENCE)).toHaveLength(1);
    expect(asked).toBe(1);
  });
});

describe("chronoGate", () => {
  // Minified, class names are gone: each of chrono's parsers is known by its pattern, and the
  // names (there when unminified) say that each signature picks the class it was written for.
  it.each(casual.parsers.map((p) => [p.constructor.name, p] as const))("%s is recognised by its pattern, as itself", (name, parser) => {
    const gate = chronoGate(parser);
    const listed = CHRONO_GATES.some((g) => g.parser === name);
    expect(gate?.parser).toBe(listed ? name : undefined);
  });

  it("recognises a parser whose class was renamed, as a minifier does", () => {
    const month = casual.parsers.find((p) => p.constructor.name === "ENMonthNameParser")!;
    class A {}
    const renamed: Parser = { pattern: (c) => month.pattern(c), extract: (c, m) => month.extract(c, m) };
    Object.defineProperty(renamed, "constructor", { value: A });
    expect(chronoGate(renamed)?.parser).toBe("ENMonthNameParser");
  });

  it("lists every parser it gates once", () => {
    expect(new Set(CHRONO_GATES.map((g) => g.parser)).size).toBe(CHRONO_GATES.length);
    expect(CHRONO_GATES.filter((g) => casual.parsers.some((p) => p.constructor.name === g.parser))).toHaveLength(CHRONO_GATES.length);
  });
});
