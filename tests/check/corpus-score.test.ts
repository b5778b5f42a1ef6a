/**
 * Precision and recall per finding kind and per corpus file, for docs/accuracy.md. Skipped
 * entries (known gaps) are scored too: a gap is a miss. Set SCORE_OUT=<file> to write the table
 * as JSON: `SCORE_OUT=/tmp/score.json npx vitest run tests/check/corpus-score.test.ts`. SCORE_DIR=<folder>
 * scores the JSON files of another folder of the same shape (a set kept outside the repository).
 */
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import type { Finding } from "../../core/model.js";
import { corpusFiles, type Entry, type KindScore, loadEntries, runEntry, scoreEntry, textsMatch } from "./corpus-runner.js";

function finding(kind: Finding["kind"], texts: string[]): Finding {
  return { id: texts.join(), kind, severity: "contradiction", claims: texts.map((text, i) => ({ articleId: "a", claimId: `${i}`, start: 0, end: 1, text })), explanation: "", status: "open", rule: kind };
}

describe("scoreEntry", () => {
  it("counts a hit, a miss and a false alarm in an exhaustive entry", () => {
    const entry: Entry = { name: "e", articles: [], exhaustive: true, findings: [{ kind: "internal-conflict", claims: ["6", "9"] }, { kind: "date-conflict" }] };
    const scores = new Map<string, KindScore>();
    scoreEntry(entry, [finding("internal-conflict", ["9", "6"]), finding("cross-article-conflict", ["1", "2"])], scores);
    expect(scores.get("internal-conflict")).toEqual({ hits: 1, misses: 0, falseAlarms: 0 });
    expect(scores.get("date-conflict")).toEqual({ hits: 0, misses: 1, falseAlarms: 0 });
    expect(scores.get("cross-article-conflict")).toEqual({ hits: 0, misses: 0, falseAlarms: 1 });
  });
  it("with texts, counts a finding of the right kind on other claims as a miss and a false alarm", () => {
    const entry: Entry = { name: "e", articles: [], exhaustive: true, findings: [{ kind: "cross-article-conflict", texts: ["12", "9"] }] };
    const scores = new Map<string, KindScore>();
    scoreEntry(entry, [finding("cross-article-conflict", ["53", "9 people"])], scores);
    expect(scores.get("cross-article-conflict")).toEqual({ hits: 0, misses: 1, falseAlarms: 1 });
    const right = new Map<string, KindScore>();
    scoreEntry(entry, [finding("cross-article-conflict", ["9 people", "Twelve or 12"])], right);
    expect(right.get("cross-article-conflict")).toEqual({ hits: 1, misses: 0, falseAlarms: 0 });
  });
  it("takes a date conflict between two reports for an expected cross-article conflict, and one inside a report for an internal one", () => {
    const dated = (articles: string[]): Finding => ({ ...finding("date-conflict", ["6.51 pm", "around 7.20 pm"]), claims: articles.map((articleId, i) => ({ articleId, claimId: `${i}`, start: 0, end: 1, text: ["6.51 pm", "around 7.20 pm"][i]! })) });
    const across = new Map<string, KindScore>();
    scoreEntry({ name: "e", articles: [], findings: [{ kind: "cross-article-conflict", texts: ["around 7.20 pm", "6.51 pm"] }] }, [dated(["a", "b"])], across);
    expect(across.get("cross-article-conflict")).toEqual({ hits: 1, misses: 0, falseAlarms: 0 });
    const within = new Map<string, KindScore>();
    scoreEntry({ name: "e", articles: [], findings: [{ kind: "cross-article-conflict", texts: ["around 7.20 pm", "6.51 pm"] }] }, [dated(["a", "a"])], within);
    expect(within.get("cross-article-conflict")).toEqual({ hits: 0, misses: 1, falseAlarms: 0 });
  });
  it("matches each wanted text in a different claim, at word edges", () => {
    expect(textsMatch(["at least 15", "15"], ["15", "15"])).toBe(true);
    expect(textsMatch(["at least 15"], ["15", "15"])).toBe(false);
    expect(textsMatch(["150", "9"], ["15", "9"])).toBe(false);
    expect(textsMatch(["Friday, July 17", "June 17, 2009"], ["june 17", "July 17"])).toBe(true);
    expect(textsMatch(["about 30 kilometers", "18 km"], ["about 30 kilometers from the district", "18 km"])).toBe(true);
    expect(textsMatch(["30", "18 km"], ["130 km from the district", "18 km"])).toBe(false);
  });
  it("matches a claim whose words end where the wanted words start, a figure between", () => {
    expect(textsMatch(["At least 35", "At least 38"], ["35 people", "38 people"])).toBe(true);
    expect(textsMatch(["35 people"], ["killing at least 35"])).toBe(true);
    expect(textsMatch(["At least 135", "At least 38"], ["35 people", "38 people"])).toBe(false);
    expect(textsMatch(["At least 35 people"], ["people were killed"])).toBe(false);
  });
  it("does not count an unexpected finding where the entry does not say it is exhaustive", () => {
    const scores = new Map<string, KindScore>();
    scoreEntry({ name: "e", articles: [] }, [finding("internal-conflict", ["1", "2"])], scores);
    expect(scores.size).toBe(0);
  });
});

it.runIf(process.env.SCORE_OUT)("scores every corpus file (SCORE_OUT)", () => {
  const dir = process.env.SCORE_DIR ? resolve(process.env.SCORE_DIR) : undefined;
  const table: Record<string, Record<string, KindScore & { entries?: number }>> = {};
  for (const file of corpusFiles(dir)) {
    const scores = new Map<string, KindScore>();
    const entries = loadEntries(file, dir);
    let right = 0;
    const add = (kind: string, s: KindScore) => {
      const total = scores.get(kind) ?? { hits: 0, misses: 0, falseAlarms: 0 };
      scores.set(kind, { hits: total.hits + s.hits, misses: total.misses + s.misses, falseAlarms: total.falseAlarms + s.falseAlarms });
    };
    for (const entry of entries) {
      const findings = runEntry(entry);
      const own = new Map<string, KindScore>();
      scoreEntry(entry, findings, own);
      if ([...own.values()].every((s) => s.misses === 0 && s.falseAlarms === 0)) right++;
      for (const [kind, s] of own) add(kind, s);
      // What an editor is told is certainly wrong: the same score over the contradictions alone.
      const sure = new Map<string, KindScore>();
      scoreEntry(entry, findings.filter((f) => f.severity === "contradiction"), sure);
      for (const [kind, s] of sure) add(`${kind} [contradictions only]`, s);
    }
    table[file] = { ...Object.fromEntries(scores), "(entries fully right)": { hits: right, misses: entries.length - right, falseAlarms: 0 } };
  }
  writeFileSync(process.env.SCORE_OUT as string, JSON.stringify(table, null, 2));
  expect(Object.keys(table)).toEqual(corpusFiles(dir));
});
