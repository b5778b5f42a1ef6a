/**
 * The batch re-check over a store of generated articles (core/recheck.ts on the embedded
 * store), each run in a fresh process on a fresh copy of the store: articles/s, and the
 * process's peak resident memory (store included, as `claimcheck recheck` runs).
 * Two situations: a nightly run (nothing to re-extract: every subject group compared again),
 * on 1,000 and 10,000 articles so memory can be compared across sizes, and the first run after
 * an extractor upgrade (every article re-extracted, checked, saved).
 */
import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { ROOT } from "./lib/corpus.mjs";
import { copyStore, seededStore } from "./lib/seed.mjs";
import { figure } from "./lib/stats.mjs";

export const id = "recheck";
export const title = "Batch re-check";

const run$ = promisify(execFile);

/** A fresh copy of the store, served here; the re-check in a child process that connects to it. */
async function once(ctx, dir, version) {
  const { startEmbeddedStore } = await import(join(ROOT, "dist/functions/store/embedded.js"));
  const copy = copyStore(ctx, dir);
  const embedded = await startEmbeddedStore({ path: copy.path, tcp: true });
  try {
    const args = [join(ROOT, "bench/lib/recheck-child.mjs"), embedded.endpoint, embedded.table, ...(version ? [String(version)] : [])];
    const { stdout } = await run$(process.execPath, args, { maxBuffer: 1 << 20 });
    return JSON.parse(stdout.trim().split("\n").pop());
  } finally {
    await embedded.close();
    copy.remove();
  }
}

async function situation(ctx, { label, size, runs, version }) {
  const dir = await seededStore(ctx, { size });
  const results = [];
  for (let r = 0; r < runs; r++) {
    ctx.log(`recheck: ${label}, ${size} articles, run ${r + 1}/${runs}`);
    results.push(await once(ctx, dir, version));
  }
  const last = results[results.length - 1].summary;
  const extra = { stored: size, articles: last.articles, claims: last.claims, opened: last.opened, resolved: last.resolved, complete: results.every((r) => r.complete) };
  return [
    figure(`${label}, ${size} articles: articles/s`, "articles/s", results.map((r) => r.summary.articles / (r.ms / 1000)), extra),
    figure(`${label}, ${size} articles: duration`, "s", results.map((r) => r.ms / 1000), extra),
    figure(`${label}, ${size} articles: peak RSS`, "MiB", results.map((r) => r.peakRssMiB), { ...extra, sampled: results.map((r) => r.sampledPeakRssMiB) }),
    figure(`${label}, ${size} articles: most claims held by one partition walk`, "claims", results.map((r) => r.peakHeld), { ...extra, partitions: results[0].partitions }),
  ];
}

export async function run(ctx) {
  const { EXTRACTOR_VERSION } = await import(join(ROOT, "dist/core/index.js"));
  // The same newsroom archives as the check and API benchmarks (20 articles a day).
  const nightlySmall = { label: "nightly (nothing to re-extract)", size: ctx.quick ? 20 : 100, runs: ctx.quick ? 1 : 3 };
  const nightly = { label: "nightly (nothing to re-extract)", size: ctx.quick ? 60 : ctx.large, runs: ctx.quick ? 1 : 2 };
  const upgrade = { label: "after an extractor upgrade (all re-extracted)", size: ctx.quick ? 20 : 100, runs: ctx.quick ? 1 : 3, version: EXTRACTOR_VERSION + 1 };
  const figures = [];
  for (const s of [nightlySmall, nightly, upgrade]) figures.push(...(await situation(ctx, s)));
  return { params: { articlesPerDay: 20, nightlySmall, nightly, upgrade, segments: 4, pageSize: 25 }, figures, ratios: [] };
}
