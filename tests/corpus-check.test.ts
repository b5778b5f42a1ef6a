/**
 * The checking corpus: each entry is a few articles checked in order, each against the claims
 * of the ones before it (tests/check/corpus-runner.ts), through the real extractor and the real
 * rules. Entries say which findings must appear (a partial finding: kind, severity, rule, the
 * claims' texts, words the explanation must use) and, with "exhaustive" or "noFindings", that
 * nothing else may.
 */
import { describe, expect, it } from "vitest";
import type { Finding } from "../core/model.js";
import { corpusFiles, type Entry, loadEntries, matches, runEntry, show } from "./check/corpus-runner.js";

const files = corpusFiles();

/** What the entry's findings get wrong: expected ones missing, and unexpected ones where it says none may appear. */
function problems(entry: Entry, findings: Finding[]): string[] {
  const expected = entry.findings ?? [];
  const missing = expected.filter((want) => !findings.some((f) => matches(f, want))).map((want) => `missing ${JSON.stringify(want)}; got:\n${show(findings)}`);
  const strict = entry.noFindings || entry.exhaustive;
  const unexpected = strict ? findings.filter((f) => !expected.some((want) => matches(f, want))) : [];
  return [...missing, ...(unexpected.length > 0 ? [`unexpected:\n${show(unexpected)}`] : [])];
}

for (const file of files) {
  const entries = loadEntries(file);
  describe(`check corpus: ${file}`, () => {
    for (const entry of entries) {
      if (entry.skip) {
        // A known gap stays written down only while it is a gap: a skip that passes is stale.
        it(`${entry.name} (skipped: ${entry.skip}) still fails`, () => {
          expect(problems(entry, runEntry(entry)), "this entry passes now: remove its skip").not.toEqual([]);
        });
        continue;
      }
      it(entry.name, () => {
        expect(problems(entry, runEntry(entry))).toEqual([]);
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
