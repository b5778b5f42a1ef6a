/**
 * The verdict on the pairs a partition's walk proposes (core/recheck/verdict.ts, reports.ts): a
 * pair of reports judged as the live check judges it, with both reports' text and all their
 * claims, from the later report's side; once per pair of figures.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { filingKeys, relatedByIndex } from "../../core/check/claim-index.js";
import { checkClaims } from "../../core/check/index.js";
import { extractClaims, findingId, type Article, type CheckInput, type Claim, type Finding } from "../../core/index.js";
import { Reports } from "../../core/recheck/reports.js";
import { groupFindings } from "../../core/recheck/subjects.js";
import { judge, pairFindings, type Report } from "../../core/recheck/verdict.js";
import { CORPUS_DIR, type Entry } from "../check/corpus-runner.js";
import { claim } from "../store/fixtures.js";

const entriesOf = (file: string) => JSON.parse(readFileSync(join(CORPUS_DIR, file), "utf8")) as Entry[];
const entryWith = (file: string, text: string) => entriesOf(file).find((e) => e.articles.some((a) => a.body.includes(text)))!;
const reportsOf = (entry: Entry): Report[] => (entry.articles as Article[]).map((article) => ({ article, claims: extractClaims(article) }));
const crossArticle = (f: Finding) => new Set(f.claims.map((c) => c.articleId)).size > 1;
const sideOf = (own: Report, other: Report) => checkClaims({ article: own.article, claims: own.claims, related: { claims: other.claims, articles: [other.article] } }).filter(crossArticle);
function stubFinding(mine: Claim, theirs: Claim): Finding {
  const claims = [mine, theirs];
  return { id: findingId("stub", claims.map((c) => c.id)), kind: "cross-article-conflict", severity: "discrepancy", rule: "stub", subject: "refugee", status: "open", explanation: "",
    claims: claims.map((c) => ({ articleId: c.articleId, claimId: c.id, start: c.start, end: c.end, text: c.text })) };
}
const texts = (f: Finding) => f.claims.map((c) => c.text).sort().join(" | ");

describe("pairFindings", () => {
  it("judges a pair from the later report's side: the earlier report's reading of the gunman is not another report's toll", () => {
    // 'fifty people died, including the gunman' (June 13) and 'killing 49 people' (June 21): nothing on the dead.
    const [older, newer] = reportsOf(entryWith("s9-s-story.json", "including the gunman"));
    const olderOnly = sideOf(older!, newer!).filter((f) => !sideOf(newer!, older!).some((g) => g.id === f.id));
    expect(olderOnly.length).toBeGreaterThan(0);
    const verdict = pairFindings(older!, newer!, checkClaims);
    for (const f of olderOnly) expect(verdict.has(f.id)).toBe(false);
    expect(judge(olderOnly, (id) => [older!, newer!].find((r) => r.article.id === id), checkClaims)).toEqual([]);
    // The injured, 58 and 53, stay at odds.
    expect([...verdict.values()].map(texts).some((t) => /53/u.test(t) && /58/u.test(t))).toBe(true);
  });

  it("reads two reports of one day either way, and keeps one finding per pair of figures", () => {
    // Khamaria ordnance factory, both October 22: each side pairs 13 and 15 injured by another mention.
    const [a, b] = reportsOf(entryWith("s10-t-people.json", "Khamaria"));
    const ids = (m: Map<string, Finding>) => [...m.keys()].sort();
    expect(ids(pairFindings(a!, b!, checkClaims))).toEqual(ids(pairFindings(b!, a!, checkClaims)));
    const injured = [...pairFindings(a!, b!, checkClaims).values()].filter((f) => /13/u.test(texts(f)) && /15/u.test(texts(f)));
    expect(injured).toHaveLength(1);
    // The one the later report (by id, of one day) words, as the check at ingest of the corpus.
    expect(sideOf(b!, a!).map((f) => f.id)).toContain(injured[0]!.id);
  });

  it("of one day, keeps what either side alone sees, and a pair of figures once, in the larger id's words", () => {
    // a: 100 and its repeat 100; b: 120 and 90. The stub pairs every mention from its own side.
    const a: Report = { article: { id: "a", body: "", published: "2024-01-01" }, claims: [claim("a", 0, 100), claim("a", 50, 100)] };
    const b: Report = { article: { id: "b", body: "", published: "2024-01-01" }, claims: [claim("b", 0, 120), claim("b", 50, 90)] };
    const pairs = (input: CheckInput) => input.claims.flatMap((mine) => input.related.claims
      // Side a sees 100 against 120 (first mention) and against 90; side b sees 120 against 100 (second mention) only.
      .filter((theirs) => input.article.id === "a" ? mine.start === 0 : theirs.value === 100 && theirs.start === 50 && mine.value === 120)
      .map((theirs) => stubFinding(mine, theirs)));
    const found = [...pairFindings(a, b, pairs).values()].map((f) => `${f.claims[0]!.articleId}:${texts(f)}@${f.claims.map((c) => c.start).join(",")}`).sort();
    expect(found).toEqual(["a:100 | 90@0,50", "b:100 | 120@0,50"]);
    // Published a day apart, the later report's side alone.
    const later = { ...b, article: { ...b.article, published: "2024-01-02" } };
    expect([...pairFindings(a, later, pairs).values()].map(texts)).toEqual(["100 | 120"]);
  });

  it("leaves out a proposal whose report is gone", () => {
    const [a, b] = reportsOf(entryWith("s10-t-people.json", "Khamaria"));
    const proposed = [...pairFindings(a!, b!, checkClaims).values()];
    expect(proposed.length).toBeGreaterThan(0);
    expect(judge(proposed, (id) => (id === a!.article.id ? a : undefined), checkClaims)).toEqual([]);
    expect(judge(proposed, (id) => [a!, b!].find((r) => r.article.id === id), checkClaims).map((f) => f.id)).toEqual(proposed.map((f) => f.id));
  });
});

/** Cross-article findings of the corpus files' entries: ingested in order (the live check), and walked per index partition. */
function compare(files: string[]): { live: string[]; walked: string[]; judged: string[] } {
  const live: string[] = [], walked: string[] = [], judged: string[] = [];
  for (const entry of files.flatMap(entriesOf).filter((e) => e.articles.length > 1)) {
    const reports = new Map<string, Report>();
    const stored: Claim[] = [];
    for (const article of entry.articles as Article[]) {
      const claims = extractClaims(article);
      const related = { claims: relatedByIndex(claims, stored), articles: [...reports.values()].map((r) => r.article) };
      live.push(...checkClaims({ article, claims, related }).filter(crossArticle).map((f) => f.id));
      reports.set(article.id, { article, claims });
      stored.push(...claims);
    }
    const group = { claims: stored, articles: [...reports.values()].map((r) => r.article) };
    for (const key of new Set(stored.flatMap((c) => filingKeys(c).map((f) => f.key)))) {
      walked.push(...groupFindings(key, group, checkClaims).map((f) => f.id));
      judged.push(...groupFindings(key, group, checkClaims, (id) => reports.get(id)).map((f) => f.id));
    }
  }
  return { live: live.sort(), walked: walked.sort(), judged: judged.sort() };
}

it("walks the real reports' partitions to the live check's findings, where the walk alone finds more", () => {
  const { live, walked, judged } = compare(["s9-s-story.json", "s10-t-people.json", "s12-s-story.json", "s12-s-revision.json", "s13-c-head-positive.json"]);
  expect(live.length).toBeGreaterThan(10);
  expect(walked.filter((id) => !live.includes(id)).length).toBeGreaterThan(3);
  expect(judged).toEqual(live);
}, 120_000);

describe("Reports", () => {
  const report = (id: string): Report => ({ article: { id, body: "", published: "2024-01-01" }, claims: [] });
  const proposal = (x: string, y: string): Finding => ({
    id: `f-${x}${y}`, kind: "cross-article-conflict", severity: "discrepancy", rule: "r", subject: "s", status: "open", explanation: "",
    claims: [x, y].map((articleId) => ({ articleId, claimId: "c", start: 0, end: 1, text: "1" })),
  });
  const storeOf = (known: string[], read: string[]) => ({
    getArticle: async (id: string) => {
      read.push(id);
      if (id === "broken") throw new Error("read failed");
      return known.includes(id) ? { article: { ...report(id).article, extractorVersion: 1, checkedAt: "2024-01-01T00:00:00Z" }, claims: [] } : null;
    },
  });

  it("reads each report once while it is among the last kept, and no more than it keeps", async () => {
    const read: string[] = [];
    const reports = new Reports(storeOf(["a", "b", "c", "d"], read), () => [], 2);
    await reports.judge([proposal("a", "b"), proposal("a", "b")]);
    await reports.judge([proposal("a", "b")]);
    expect(read).toEqual(["a", "b"]);
    await reports.judge([proposal("c", "d")]);
    await reports.judge([proposal("a", "b")]);
    expect(read).toEqual(["a", "b", "c", "d", "a", "b"]);
    expect(reports.reads).toBe(6);
    expect(await reports.judge([])).toEqual([]);
    expect(reports.reads).toBe(6);
  });

  it("stands by what the check of the two reports finds, and asks again after a failed read", async () => {
    const read: string[] = [];
    const finds = (input: { article: Article }) => (input.article.id === "b" ? [proposal("a", "b")] : []);
    let checks = 0;
    const reports = new Reports(storeOf(["a", "b"], read), (input) => ((checks += 1), finds(input)));
    expect((await reports.judge([proposal("a", "b"), proposal("a", "gone")])).map((f) => f.id)).toEqual(["f-ab"]);
    // A pair proposed again (under another key) is not checked again: one day, both sides once.
    expect((await reports.judge([proposal("a", "b")])).map((f) => f.id)).toEqual(["f-ab"]);
    expect(checks).toBe(2);
    await expect(reports.judge([proposal("a", "broken")])).rejects.toThrow("read failed");
    await expect(reports.judge([proposal("a", "broken")])).rejects.toThrow("read failed");
    expect(read.filter((id) => id === "broken")).toHaveLength(2);
  });
});
