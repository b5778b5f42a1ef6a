/**
 * The batch re-check opens what the live check opens (core/recheck/verdict.ts). Real reports of
 * the check corpus whose pairs a walk over one index partition reads apart from the rest of their
 * reports: the Chawkbazar fire (67 and 70 dead, with the report's other figures), the Mopa airport
 * (8.5 and 4.4 million passengers, two phases), Sinwar's death (16 or 17 October), Westgate (a
 * later lower 'at least' from a report counting its dead by group). Ingested one after another,
 * the live check finds some cross-article findings; stored by an older extractor and re-checked
 * whole, the re-check ends with the same ones open, no more and no fewer.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import type { Article, Finding } from "../../core/index.js";
import { recheck, type RecheckProgress } from "../../core/recheck.js";
import type { EmbeddedStore } from "../../functions/store/index.js";
import { CORPUS_DIR, type Entry } from "../check/corpus-runner.js";
import { fixedNow, ingest, storeAsOldExtractor, withStore } from "./seed.js";

const STORIES = /Chawkbazar|Mopa|Sinwar|Westgate/u;
const FILES = ["s9-s-story.json", "s10-d-story-day.json", "s11-d-dates.json", "s11-d-kept.json", "s12-s-story.json", "s13-c-head-positive.json"];
const REPORTS = FILES.flatMap((file) => (JSON.parse(readFileSync(join(CORPUS_DIR, file), "utf8")) as Entry[]))
  .filter((e) => e.articles.length > 1 && e.articles.some((a) => STORIES.test(a.body)))
  .flatMap((e) => e.articles as Article[]);

const crossArticle = (f: Finding) => new Set(f.claims.map((c) => c.articleId)).size > 1;
async function openCross(embedded: EmbeddedStore): Promise<string[]> {
  const { items } = await embedded.store.listFindings({});
  return items.filter((f) => crossArticle(f) && f.status === "open").map((f) => f.id).sort();
}

it("opens after a whole re-check the cross-article findings the live check opened, and only those", async () => {
  const live = await withStore(async (embedded) => {
    for (const report of REPORTS) await ingest(embedded, report);
    return openCross(embedded);
  });
  expect(REPORTS.length).toBeGreaterThanOrEqual(12);
  expect(live.length).toBeGreaterThan(5);
  let last: RecheckProgress | undefined;
  const rechecked = await withStore(async (embedded) => {
    for (const report of REPORTS) await storeAsOldExtractor(embedded, report);
    const run = await recheck({ store: embedded.store, now: fixedNow, segments: 2, pageSize: 50, onProgress: (p) => void (last = p) });
    expect(run.complete).toBe(true);
    return openCross(embedded);
  });
  expect(rechecked).toEqual(live);
  // Each report read a few times at most, not once per claim or per partition.
  console.log(`live ${live.length}, re-check ${rechecked.length}, reports ${REPORTS.length}, read ${last?.reportsRead}, partitions ${last?.subjects}`);
  expect(last?.reportsRead ?? Infinity).toBeLessThanOrEqual(REPORTS.length * 2);
}, 300_000);
