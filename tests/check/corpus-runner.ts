/**
 * The checking corpus's runner, shared by the pass/fail test (tests/corpus-check.test.ts) and the
 * precision/recall score (tests/check/corpus-score.test.ts). Each entry is a few articles checked
 * in order, each against the claims of the ones before it (an in-test accumulator standing in
 * for the store), through the real extractor and the real rules.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { checkClaims, extractClaims } from "../../core/index.js";
import type { Article, ArticleSummary, Claim, Finding } from "../../core/model.js";
import { relatedClaims } from "./related.js";
import { holds } from "../../bench/lib/figure-words.mjs";

export interface ExpectedFinding {
  kind: Finding["kind"];
  severity?: Finding["severity"];
  rule?: string;
  claims?: string[];
  /**
   * Words of the two figures the finding must be between, as the entry's "why" names them
   * ("12", "9 people", "July 17"): each must appear, at word edges and ignoring case, in a
   * different claim of the finding. A finding of the right kind on other claims does not match.
   */
  texts?: string[];
  explanationIncludes?: string[];
}

export interface Entry {
  name: string;
  articles: (Pick<Article, "id" | "body" | "published"> & { source?: string })[];
  findings?: ExpectedFinding[];
  exhaustive?: boolean;
  noFindings?: boolean;
  skip?: string;
}

export const CORPUS_DIR = join(import.meta.dirname, "..", "corpus", "check");

/** The corpus files, sorted; the held-out set kept aside for the lead is not in this folder. */
export function corpusFiles(dir = CORPUS_DIR): string[] {
  return readdirSync(dir).filter((file) => file.endsWith(".json")).sort();
}

export function loadEntries(file: string, dir = CORPUS_DIR): Entry[] {
  return JSON.parse(readFileSync(join(dir, file), "utf8")) as Entry[];
}

/** Every finding from checking the entry's articles in order. */
export function runEntry(entry: Entry): Finding[] {
  const stored: { summary: ArticleSummary; claims: Claim[] }[] = [];
  const findings: Finding[] = [];
  for (const article of entry.articles) {
    const claims = extractClaims(article);
    const related = stored
      .map(({ summary, claims: theirs }) => ({ summary, claims: relatedClaims(claims, theirs) }))
      .filter((r) => r.claims.length > 0);
    findings.push(...checkClaims({ article, claims, related: { claims: related.flatMap((r) => r.claims), articles: related.map((r) => r.summary) } }));
    const { body: _body, ...summary } = article;
    stored.push({ summary, claims });
  }
  return findings;
}

/**
 * A date conflict inside one report is what a reader calls an internal conflict (one text dating
 * one event two ways), and one between two reports a cross-article conflict (two outlets giving
 * one event's hour two ways, session 20): gatherers name it either way, the editor is told the same.
 */
function kindMatches(actual: Finding, expected: ExpectedFinding): boolean {
  if (actual.kind === expected.kind) return true;
  if (actual.kind !== "date-conflict") return false;
  const reports = new Set(actual.claims.map((c) => c.articleId)).size;
  return (expected.kind === "internal-conflict" && reports === 1) || (expected.kind === "cross-article-conflict" && reports > 1);
}

export function matches(actual: Finding, expected: ExpectedFinding): boolean {
  if (!kindMatches(actual, expected)) return false;
  if (expected.severity && actual.severity !== expected.severity) return false;
  if (expected.rule && actual.rule !== expected.rule) return false;
  if (expected.claims && [...actual.claims.map((c) => c.text)].sort().join("\n") !== [...expected.claims].sort().join("\n")) return false;
  if (expected.texts && !textsMatch(actual.claims.map((c) => c.text), expected.texts)) return false;
  return (expected.explanationIncludes ?? []).every((words) => actual.explanation.includes(words));
}

/**
 * Whether each wanted text is in a different one of the claim texts (tried in every assignment).
 * Either may hold the other at word edges: a gatherer's words may run past the claim's own
 * ("25 were injured" holds the claim "25"), as a claim's may run past the gatherer's, or one's
 * end be the other's start ("At least 35" / "35 people"): bench/lib/figure-words.mjs `holds`,
 * which the trace tools share.
 */
export function textsMatch(claimTexts: readonly string[], wanted: readonly string[]): boolean {
  const hits = wanted.map((want) =>
    claimTexts.map((text, i) => (holds(want, text) ? i : -1)).filter((i) => i >= 0));
  const used = new Set<number>();
  const assign = (k: number): boolean => {
    if (k === hits.length) return true;
    for (const i of hits[k] ?? []) {
      if (used.has(i)) continue;
      used.add(i);
      if (assign(k + 1)) return true;
      used.delete(i);
    }
    return false;
  };
  return assign(0);
}

export function show(findings: Finding[]): string {
  return findings.map((f) => `- ${f.kind}/${f.severity} [${f.claims.map((c) => c.text).join(" | ")}]: ${f.explanation}`).join("\n") || "(none)";
}

/** Counts for one finding kind: expected findings found and missed, unexpected ones raised. */
export interface KindScore {
  hits: number;
  misses: number;
  falseAlarms: number;
}

/**
 * Scores an entry's findings against its expectations. An expected finding is a hit when some
 * finding matches it in full (kind, severity, claims, words); a finding that matches no
 * expectation is a false alarm only where the entry says nothing else may appear
 * ("noFindings" or "exhaustive"), because other entries do not say.
 */
export function scoreEntry(entry: Entry, findings: Finding[], into: Map<string, KindScore>): void {
  const slot = (kind: string): KindScore => {
    const score = into.get(kind) ?? { hits: 0, misses: 0, falseAlarms: 0 };
    into.set(kind, score);
    return score;
  };
  const expected = entry.findings ?? [];
  for (const want of expected) {
    if (findings.some((f) => matches(f, want))) slot(want.kind).hits++;
    else slot(want.kind).misses++;
  }
  if (!entry.noFindings && !entry.exhaustive) return;
  for (const finding of findings) {
    if (!expected.some((want) => matches(finding, want))) slot(finding.kind).falseAlarms++;
  }
}
