/**
 * markHeadFigures (subject/head-figures.ts) given the article context the subject step read
 * (runPipeline's), so the story's names are read once per article, not again from the claims. That is
 * the same only while the context holds the claims' sentences and dates: these tests hold it.
 */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readFrontMatter } from "../../../core/index.js";
import { FINDERS } from "../../../core/extract/index.js";
import { runPipeline } from "../../../core/extract/pipeline.js";
import { toClaims } from "../../../core/extract/claims.js";
import { markHeadFigures } from "../../../core/extract/subject/head-figures.js";

const EXAMPLES = fileURLToPath(new URL("../../../examples/", import.meta.url));
const CORPUS = fileURLToPath(new URL("../../corpus/check/", import.meta.url));

interface Report { body: string; published?: string }

// The five real articles, and the reports of C's head-match entries (real text: their whys name the outlets).
const REPORTS: Report[] = [
  ...readdirSync(EXAMPLES).filter((f) => f.endsWith(".txt")).sort().map((f) => {
    const { fields, body } = readFrontMatter(readFileSync(EXAMPLES + f, "utf8"));
    return { body, published: fields.published };
  }),
  ...["s13-c-head-positive.json", "s13-c-head.json"].flatMap((file) =>
    (JSON.parse(readFileSync(CORPUS + file, "utf8")) as Array<{ articles: Report[] }>).flatMap((entry) => entry.articles.map(({ body, published }) => ({ body, published })))),
];

describe("markHeadFigures with the subject step's context: the story names read once", () => {
  it("marks every report's figures as it does when it reads the story names from the claims", () => {
    let marked = 0;
    for (const [i, report] of REPORTS.entries()) {
      const { drafts, context } = runPipeline(report.body, report.published, FINDERS);
      const shared = markHeadFigures(toClaims(`r${i}`, report.body, drafts), report.body, report.published, context);
      const alone = markHeadFigures(toClaims(`r${i}`, report.body, drafts), report.body, report.published);
      expect(JSON.stringify(shared)).toBe(JSON.stringify(alone));
      marked += shared.filter((c) => c.headWord && c.headWord.story.length > 0).length;
    }
    // Figures with a story do get marked, so the story names are read on this path.
    expect(marked).toBeGreaterThan(5);
  });

  it("keeps the context the subject step read: its dates are the claims' dates", () => {
    const report = REPORTS.find((r) => r.body.length > 500)!;
    const state = runPipeline(report.body, report.published, FINDERS);
    const claims = toClaims("r", report.body, state.drafts);
    expect(state.context).toBeDefined();
    expect(state.context!.sentences).toEqual(state.sentences);
    const dates = (list: ReadonlyArray<{ start: number; end: number; value: unknown; kind: string }>) =>
      list.filter((d) => d.kind === "date" && typeof d.value === "string").map((d) => `${d.start}:${d.end}:${String(d.value)}`).sort();
    expect(dates(state.context!.dates)).toEqual(dates(claims));
    expect(dates(claims).length).toBeGreaterThan(0);
  });
});
