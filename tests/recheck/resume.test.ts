import { expect, it } from "vitest";
import { anchorOf, filingKeys, isAnchorKey } from "../../core/check/claim-index.js";
import { recheck, type RecheckProgress } from "../../core/recheck.js";
import type { EmbeddedStore } from "../../functions/store/index.js";
import { dump } from "../store/fixtures.js";
import { fixedNow, story, storeAsOldExtractor, withStore } from "./seed.js";

const REFUGEES = ["3.6 million", "3.1 million", "3.6 million", "2.9 million"];
const PLACES = ["Idlib", "Afrin", "Idlib"];

/** Twelve stories over three weeks on five subjects, all stored by an older extractor, disagreeing in places. */
async function seed(embedded: EmbeddedStore): Promise<void> {
  for (let i = 0; i < 12; i++) {
    const day = String(1 + i * 2).padStart(2, "0");
    const base = story(`s${i}`, `2024-08-${day}`, REFUGEES[i % 4]!, 4000 + (i % 3) * 1500, PLACES[i % 3]);
    const more = ` Officials counted ${120 + (i % 2) * 30} schools in Afrin. The blast damaged ${40 + (i % 4)} homes. The camp holds 12,000 tents.`;
    await storeAsOldExtractor(embedded, { ...base, body: base.body + more });
  }
}

const small = { segments: 2, pageSize: 2 };

/** Stops starting new work once the progress reported so far satisfies `enough`. */
function cutOffWhen(enough: (progress: RecheckProgress) => boolean) {
  let stop = false;
  return { onProgress: (p: RecheckProgress) => void (stop ||= enough(p)), shouldStop: () => stop };
}

it("a run cut off mid-way resumes from its checkpoint and ends where an uninterrupted run ends", async () => {
  const clean = await withStore(async (embedded) => {
    await seed(embedded);
    const run = await recheck({ store: embedded.store, now: fixedNow, ...small });
    expect(run.complete).toBe(true);
    expect(run.summary.opened).toBeGreaterThan(0);
    return dump(embedded.client, embedded.table);
  });

  const resumed = await withStore(async (embedded) => {
    await seed(embedded);
    const first = await recheck({ store: embedded.store, now: fixedNow, ...small, ...cutOffWhen((p) => p.articles >= 5) });
    expect(first.complete).toBe(false);
    expect(first.summary.articles).toBeLessThan(12);
    expect(await embedded.store.getCheckpoint("recheck")).toContain('"phase":"articles"');

    const second = await recheck({ store: embedded.store, now: fixedNow, ...small, ...cutOffWhen((p) => p.subjects >= 1) });
    expect(second.complete).toBe(false);
    expect(await embedded.store.getCheckpoint("recheck")).toContain('"phase":"subjects"');

    const third = await recheck({ store: embedded.store, now: fixedNow, ...small });
    expect(third.complete).toBe(true);
    expect(third.summary.articles).toBe(0);
    expect(first.summary.articles + second.summary.articles).toBeGreaterThanOrEqual(12);
    expect(await embedded.store.getCheckpoint("recheck")).toBeNull();
    return dump(embedded.client, embedded.table);
  });

  expect(resumed).toEqual(clean);
}, 180_000);

it("reports progress after every article and group, counts only growing", () =>
  withStore(async (embedded) => {
    await seed(embedded);
    const seen: RecheckProgress[] = [];
    const { summary } = await recheck({ store: embedded.store, now: fixedNow, onProgress: (p) => void seen.push(p), totals: { articles: 12, subjects: 5 } });
    expect(seen.filter((p) => p.phase === "articles")).toHaveLength(12);
    // Every partition of the claim index is walked once; every filed claim is compared in each of its partitions.
    const partitions = (await embedded.store.countBatch()).subjects;
    const stored = await Promise.all(Array.from({ length: 12 }, (_, i) => embedded.store.getArticle(`s${i}`)));
    // A claim filed as inside a place is walked with that place's own key, when some claim is filed under it.
    const filings = stored.flatMap((s) => s!.claims).flatMap((c) => filingKeys(c).map((f) => f.key));
    const anchors = new Set(filings.filter(isAnchorKey));
    const filed = filings.filter((key) => anchors.has(anchorOf(key))).length;
    expect(partitions).toBeGreaterThan(1);
    expect(seen.at(-1)).toMatchObject({ phase: "subjects", articles: 12, reextracted: 12, subjects: partitions, totals: { articles: 12, subjects: 5 } });
    for (let i = 1; i < seen.length; i++) expect(seen[i]!.articles + seen[i]!.subjects).toBeGreaterThan(seen[i - 1]!.articles + seen[i - 1]!.subjects);
    expect(Object.keys(summary).sort()).toEqual(["articles", "claims", "durationMs", "opened", "resolved", "unchanged"]);
    expect(summary.claims).toBe(filed);
  }), 120_000);
