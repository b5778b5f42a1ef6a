import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { casual, Chrono } from "chrono-node";
import { describe, expect, it } from "vitest";
import { allowedRuns, restrict } from "../../../core/extract/dates/restrict.js";
import { gateParser } from "../../../core/extract/dates/gate.js";
import { DropBareHours, CLOCK } from "../../../core/extract/dates/drop-bare-hours.js";
import { joinWindows, SEPARATOR } from "../../../core/extract/dates/joined.js";
import { dateWindows } from "../../../core/extract/dates/windows.js";

/**
 * The time parser is gated window by window in a joined text: the readings that survive the
 * bare-hour drop must be exactly those of the ungated parser, on every joined text of the date
 * corpus and the example articles.
 */
const corpusDir = path.resolve(import.meta.dirname, "../../corpus/dates");
const examplesDir = path.resolve(import.meta.dirname, "../../../examples");

function articles(): string[] {
  const corpus = readdirSync(corpusDir).filter((f) => f.endsWith(".json"))
    .flatMap((f) => (JSON.parse(readFileSync(path.join(corpusDir, f), "utf8")) as Array<{ text: string }>).map((e) => e.text));
  const examples = readdirSync(examplesDir).filter((f) => f.endsWith(".txt")).map((f) => readFileSync(path.join(examplesDir, f), "utf8"));
  // Groups of corpus texts as one article, so joined texts hold several windows with and without clock times.
  const grouped: string[] = [];
  for (let i = 0; i < corpus.length; i += 12) grouped.push(corpus.slice(i, i + 12).join("\n"));
  return [...grouped, ...examples];
}

const REFERENCE = { instant: new Date("2024-06-01T12:00:00Z"), timezone: 0 };
const TIME = casual.parsers.find((p) => p.constructor.name === "ENTimeExpressionParser")!;
const readings = (chrono: Chrono, text: string) => chrono.parse(text, REFERENCE).map((r) => `${r.index}:${r.text}`).join("|");

describe("restrict", () => {
  const joined = articles().flatMap((text) => joinWindows(text, dateWindows(text).filter((w) => w.full)).map((j) => j.text));

  it("has joined texts with several windows, some without a clock time", () => {
    const mixed = joined.filter((text) => text.split(SEPARATOR).some((w) => CLOCK.test(w)) && text.split(SEPARATOR).some((w) => !CLOCK.test(w)));
    expect(mixed.length).toBeGreaterThan(10);
  });

  it("keeps every time reading that survives the bare-hour drop", () => {
    const plain = new Chrono({ parsers: [TIME], refiners: [new DropBareHours()] });
    const gated = new Chrono({ parsers: [gateParser(TIME)], refiners: [new DropBareHours()] });
    const lost = joined.filter((text) => readings(plain, text) !== readings(gated, text));
    expect(lost).toEqual([]);
  });

  it("finds a pattern only in the windows that hold what it needs", () => {
    const text = ["at 5 pm", "after 15 years", "by 9:30"].join(SEPARATOR);
    const runs = allowedRuns(text, CLOCK);
    expect(runs).toEqual([0, 7, text.indexOf("by"), text.length]);
    // "15" sits in the window without a clock sign: chrono never sees it.
    const numbers = new Chrono({ parsers: [{ pattern: () => restrict(text, runs, /\d+/) as RegExp, extract: (c, m) => c.createParsingResult(m.index!, m[0], { hour: 1 }) }], refiners: [] });
    expect(numbers.parse(text, REFERENCE).map((r) => r.text)).toEqual(["5", "9", "30"]);
  });

  it("is the pattern itself when one window is the whole text", () => {
    const pattern = /\d+/;
    expect(restrict("at 5 pm", allowedRuns("at 5 pm", CLOCK), pattern)).toBe(pattern);
  });
});
