/**
 * The checking corpus: each entry is a few articles checked in order, each against the claims
 * of the ones before it (tests/check/corpus-runner.ts), through the real extractor and the real
 * rules. Entries say which findings must appear (a partial finding: kind, severity, rule, the
 * claims' texts, words the explanation must use) and, with "exhaustive" or "noFindings", that
 * nothing else may.
 */
import { describe, expect, it } from "vitest";
import { corpusFiles, loadEntries, matches, runEntry, show } from "./check/corpus-runner.js";

const files = corpusFiles();

for (const file of files) {
  const entries = loadEntries(file);
  describe(`check corpus: ${file}`, () => {
    for (const entry of entries) {
      if (entry.skip) {
        it.skip(`${entry.name} (skipped: ${entry.skip})`, () => {});
        continue;
      }
      it(entry.name, () => {
        const findings = runEntry(entry);
        const expected = entry.findings ?? [];
        for (const want of expected) {
          expect(findings.some((f) => matches(f, want)), `missing ${JSON.stringify(want)}; got:\n${show(findings)}`).toBe(true);
        }
        if (entry.noFindings) expect(findings, show(findings)).toEqual([]);
        if (entry.exhaustive) {
          const unexpected = findings.filter((f) => !expected.some((want) => matches(f, want)));
          expect(unexpected, `unexpected:\n${show(unexpected)}`).toEqual([]);
        }
      });
    }
  });
}

it("the check corpus has entries for every rule, positive and negative", () => {
  const entries = files.flatMap((file) => loadEntries(file));
  const kinds = new Set(entries.flatMap((e) => (e.findings ?? []).map((f) => f.kind)));
  expect([...kinds].sort()).toEqual(["arithmetic", "conversion-mismatch", "cross-article-conflict", "date-conflict", "internal-conflict"]);
  expect(entries.filter((e) => e.noFindings).length).toBeGreaterThanOrEqual(10);
});
