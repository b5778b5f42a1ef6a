/**
 * Figures no reader frames, met by their head word and their story (core/check/frame/head-keys.ts,
 * head-match.ts), in the batch re-check: the real reports of tests/corpus/check/s13-c-head-positive.json
 * (a derailment, an airport, a stampede, a bus crash), stored by an older extractor. The pairs the
 * live check finds when the reports come in one after another are the pairs the re-check finds,
 * each once, and a run cut off and resumed at any point ends where an uninterrupted run ends.
 */
import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import type { Article, Finding } from "../../core/index.js";
import { recheck, type RecheckProgress } from "../../core/recheck.js";
import type { EmbeddedStore } from "../../functions/store/index.js";
import type { Entry } from "../check/corpus-runner.js";
import { dump } from "../store/fixtures.js";
import { fixedNow, ingest, storeAsOldExtractor, withStore } from "./seed.js";

const entries = JSON.parse(readFileSync(new URL("../corpus/check/s13-c-head-positive.json", import.meta.url), "utf8")) as Entry[];
const REPORTS = entries.flatMap((e) => e.articles as Article[]);
const MARK = "read from the words around each figure";

/** A head-word finding as its two figures: "b9-28a:2,312 acres | b9-28c:2,132 acres". */
const pairOf = (f: Finding) => f.claims.map((c) => `${c.articleId}:${c.text}`).sort().join(" | ");
const headPairs = (findings: Finding[]) => findings.filter((f) => f.explanation.includes(MARK)).map(pairOf).sort();
/** Every pair two reports' figures give: since session 21 the airport's two acreages are tied by their frames (a bare area, the story's names), not by the head word. */
const crossPairs = (findings: Finding[]) => findings.filter((f) => f.kind === "cross-article-conflict").map(pairOf).sort();
const allFindings = async (embedded: EmbeddedStore) => (await embedded.store.listFindings({})).items;

/** The airport's and the derailment's reports: two stories, seven reports, a head-word pair each. */
const TWO_STORIES = entries.filter((e) => /Mopa|Anekal/u.test(e.name)).flatMap((e) => e.articles as Article[]);

async function seedOld(embedded: EmbeddedStore, reports: readonly Article[] = REPORTS): Promise<void> {
  for (const report of reports) await storeAsOldExtractor(embedded, report);
}

function cutOffWhen(enough: (progress: RecheckProgress) => boolean) {
  let stop = false;
  return { onProgress: (p: RecheckProgress) => void (stop ||= enough(p)), shouldStop: () => stop };
}

const small = { segments: 2, pageSize: 2 };

it("finds the head-word pairs the live check finds, each once", async () => {
  const live = await withStore(async (embedded) => {
    for (const report of REPORTS) await ingest(embedded, report);
    return crossPairs(await allFindings(embedded));
  });
  // The expected pairs of the corpus file are among them (the Mopa airport's acreage, 35 vs 45 km, ...).
  expect(live.some((p) => p.includes("2,312 acres") && p.includes("2,132 acres"))).toBe(true);
  expect(live.some((p) => p.includes("35 km") && p.includes("45 km"))).toBe(true);
  expect(live.length).toBeGreaterThanOrEqual(entries.length);

  await withStore(async (embedded) => {
    await seedOld(embedded);
    const run = await recheck({ store: embedded.store, now: fixedNow, ...small });
    expect(run.complete).toBe(true);
    const found = await allFindings(embedded);
    expect(crossPairs(found)).toEqual(live);
    expect(headPairs(found).length).toBeGreaterThan(0);
    expect(new Set(found.map((f) => f.id)).size).toBe(found.length);
    expect(found.filter((f) => f.explanation.includes(MARK)).every((f) => f.status === "open")).toBe(true);
  });
}, 180_000);

it("ends where an uninterrupted run ends, wherever a run is cut off", async () => {
  const clean = await withStore(async (embedded) => {
    await seedOld(embedded, TWO_STORIES);
    expect(TWO_STORIES).toHaveLength(7);
    expect((await recheck({ store: embedded.store, now: fixedNow, ...small })).complete).toBe(true);
    return dump(embedded.client, embedded.table);
  });
  const cleanPairs = crossPairs(clean.filter((item) => item["type"] === "finding").map((item) => item["finding"] as Finding));
  expect(cleanPairs.filter((p) => /acres/u.test(p) || /35 km/u.test(p))).toHaveLength(2);
  for (const cut of [2, 5]) {
    const resumed = await withStore(async (embedded) => {
      await seedOld(embedded, TWO_STORIES);
      const first = await recheck({ store: embedded.store, now: fixedNow, ...small, ...cutOffWhen((p) => p.articles >= cut) });
      expect(first.complete).toBe(false);
      const second = await recheck({ store: embedded.store, now: fixedNow, ...small, ...cutOffWhen((p) => p.subjects >= 1) });
      expect(second.complete).toBe(false);
      expect((await recheck({ store: embedded.store, now: fixedNow, ...small })).complete).toBe(true);
      return dump(embedded.client, embedded.table);
    });
    expect(resumed, `cut off after ${cut} articles`).toEqual(clean);
  }
}, 300_000);
