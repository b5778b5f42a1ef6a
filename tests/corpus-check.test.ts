/**
 * The checking corpus: each entry is a few articles checked in order, each against the claims
 * of the ones before it (an in-test accumulator standing in for the store's claimsAbout), through
 * the real extractor and the real rules. Entries say which findings must appear (a partial
 * finding: kind, severity, rule, the claims' texts, words the explanation must use) and, with
 * "exhaustive" or "noFindings", that nothing else may.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkClaims, extractClaims } from "../core/index.js";
import type { Article, ArticleSummary, Claim, Finding } from "../core/model.js";
import { subjectHead } from "../core/subject-match.js";

interface ExpectedFinding {
  kind: Finding["kind"];
  severity?: Finding["severity"];
  rule?: string;
  claims?: string[];
  explanationIncludes?: string[];
}

interface Entry {
  name: string;
  articles: (Pick<Article, "id" | "body" | "published"> & { source?: string })[];
  findings?: ExpectedFinding[];
  exhaustive?: boolean;
  noFindings?: boolean;
  skip?: string;
}

const DIR = join(import.meta.dirname, "corpus", "check");

/** Every finding from checking the entry's articles in order. */
function run(entry: Entry): Finding[] {
  const stored: { summary: ArticleSummary; claims: Claim[] }[] = [];
  const findings: Finding[] = [];
  for (const article of entry.articles) {
    const claims = extractClaims(article);
    const heads = new Set(claims.flatMap((c) => (c.subject ? [subjectHead(c.subject.key)] : [])));
    const related = stored.map(({ summary, claims: theirs }) => ({
      summary, claims: theirs.filter((c) => c.subject && heads.has(subjectHead(c.subject.key))),
    })).filter((r) => r.claims.length > 0);
    findings.push(...checkClaims({ article, claims, related: { claims: related.flatMap((r) => r.claims), articles: related.map((r) => r.summary) } }));
    const { body: _body, ...summary } = article;
    stored.push({ summary, claims });
  }
  return findings;
}

function matches(actual: Finding, expected: ExpectedFinding): boolean {
  if (actual.kind !== expected.kind) return false;
  if (expected.severity && actual.severity !== expected.severity) return false;
  if (expected.rule && actual.rule !== expected.rule) return false;
  if (expected.claims && [...actual.claims.map((c) => c.text)].sort().join("\n") !== [...expected.claims].sort().join("\n")) return false;
  return (expected.explanationIncludes ?? []).every((words) => actual.explanation.includes(words));
}

function show(findings: Finding[]): string {
  return findings.map((f) => `- ${f.kind}/${f.severity} [${f.claims.map((c) => c.text).join(" | ")}]: ${f.explanation}`).join("\n") || "(none)";
}

const files = readdirSync(DIR).filter((file) => file.endsWith(".json")).sort();

for (const file of files) {
  const entries = JSON.parse(readFileSync(join(DIR, file), "utf8")) as Entry[];
  describe(`check corpus: ${file}`, () => {
    for (const entry of entries) {
      if (entry.skip) {
        it.skip(`${entry.name} (skipped: ${entry.skip})`, () => {});
        continue;
      }
      it(entry.name, () => {
        const findings = run(entry);
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
  const entries = files.flatMap((file) => JSON.parse(readFileSync(join(DIR, file), "utf8")) as Entry[]);
  const kinds = new Set(entries.flatMap((e) => (e.findings ?? []).map((f) => f.kind)));
  expect([...kinds].sort()).toEqual(["arithmetic", "conversion-mismatch", "cross-article-conflict", "date-conflict", "internal-conflict"]);
  expect(entries.filter((e) => e.noFindings).length).toBeGreaterThanOrEqual(10);
});
