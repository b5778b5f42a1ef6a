/**
 * The five real articles (examples/), checked in publication order through the real use case
 * (extract -> related claims from the store -> check -> save) on the in-memory store, against
 * what ../shared/articles/README.md says a good checker must and must not report.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { checkArticle, readFrontMatter, type Article, type ClaimRef, type Finding } from "../../core/index.js";
import { MemoryClaimStore } from "../support/memory-store.js";

const EXAMPLES = join(import.meta.dirname, "..", "..", "examples");
/** Publication order: each is checked against the ones before it. */
const ORDER = ["003_dc684d5a7ef49d7d", "004_56359b7bbeab6d04", "001_9fa802cff792e669", "002_6b1df5c4a6363f3e", "000_1f6899bab988861c"];

function load(id: string): Article {
  const { fields, body } = readFrontMatter(readFileSync(join(EXAMPLES, `${id}.txt`), "utf8"));
  return { ...fields, id, body };
}

const articles = new Map(ORDER.map((id) => [id, load(id)]));
const findings: Finding[] = [];

beforeAll(async () => {
  const store = new MemoryClaimStore();
  let minute = 0;
  const now = () => new Date(Date.UTC(2026, 0, 21, 9, minute++)).toISOString();
  for (const article of articles.values()) findings.push(...(await checkArticle(article, { store, now })).findings);
});

function ref(finding: Finding, articleId: string): ClaimRef | undefined {
  return finding.claims.find((claim) => claim.articleId.startsWith(articleId));
}

function show(list: Finding[]): string {
  return list.map((f) => `${f.kind}/${f.severity} [${f.claims.map((c) => `${c.articleId.slice(0, 3)}:${c.text}`).join(" | ")}] ${f.explanation}`).join("\n");
}

describe("the five real articles", () => {
  it("001: the 30-mile (18.6-mile) strip contradicts itself; 30 km = 18.6 mi is the consistent reading", () => {
    const found = findings.find((f) => f.kind === "conversion-mismatch" && ref(f, "001")?.text === "30-mile");
    expect(found, show(findings)).toBeDefined();
    expect(found?.severity).toBe("contradiction");
    expect(found?.claims.map((c) => c.text)).toEqual(["30-mile", "18.6-mile"]);
    expect(found?.explanation).toContain("30 km = 18.6 mi");
    expect(found?.explanation).toContain("30 mi is 48.3 km");
  });

  it("002 vs 003: 3.6 million against 3.5 million Syrian refugees in Turkey, put down to 2020 vs 2024", () => {
    const found = findings.find((f) => f.kind === "cross-article-conflict" && ref(f, "002")?.text === "3.6 million" && ref(f, "003")?.text === "3.5 million");
    expect(found, show(findings)).toBeDefined();
    expect(found?.severity).toBe("discrepancy");
    expect(found?.explanation).toContain("changed between 2020 and 2024");
    expect(found?.explanation).toContain("TRT World");
    expect(found?.explanation).toContain("RUSI");
  });

  it("001 vs 002: the depth of the border strip, 30 miles against 30 km", () => {
    const found = findings.find((f) => f.kind === "cross-article-conflict" && ref(f, "001")?.text === "30-mile" && ref(f, "002")?.text === "30-km");
    expect(found, show(findings)).toBeDefined();
    expect(found?.explanation).toContain("30 km is 18.6 mi");
  });

  /** Words that are not claims: no finding may point into them. [article, words, occurrence count]. */
  const nonClaims: [string, string | RegExp][] = [
    ["003", "If two million more refugees arrive"],
    ["000", "one state, one army"],
    ["002", "Operation Peace Spring (2019)"],
    ["000", /^ {2}[1-7]\. /gm],
    ["000", "30 N Gould ST STE R\nSheridan, WY 82801"],
    ["000", "© 2026"],
    ["004", "News Code 47296"],
    ["004", "Reporter&rsquo;s code: 50101"],
  ];
  it.each(nonClaims)("%s: nothing is reported on %s", (prefix, words) => {
    const [id, article] = [...articles].find(([key]) => key.startsWith(prefix))!;
    const spans: [number, number][] = typeof words === "string"
      ? [...article.body.matchAll(new RegExp(words.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "g"))].map((m) => [m.index, m.index + m[0].length])
      : [...article.body.matchAll(words)].map((m) => [m.index, m.index + m[0].length]);
    expect(spans.length).toBeGreaterThan(0);
    const touching = findings.filter((f) => f.claims.some((c) => c.articleId === id && spans.some(([s, e]) => c.start < e && s < c.end)));
    expect(touching, show(touching)).toEqual([]);
  });

  it("reports no other contradiction", () => {
    const contradictions = findings.filter((f) => f.severity === "contradiction");
    expect(contradictions.map((f) => `${f.kind}:${f.claims.map((c) => c.text).join("|")}`), show(contradictions)).toEqual(["conversion-mismatch:30-mile|18.6-mile"]);
  });
});
