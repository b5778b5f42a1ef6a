/**
 * The batch re-check over a store of generated articles (core/recheck.ts on the embedded
 * store), each run in a fresh process on a fresh copy of the store: articles/s, and the
 * process's peak resident memory (store included, as `claimcheck recheck` runs).
 * Two situations: a nightly run (nothing to re-extract: every partition of the claim index walked
 * again), on 1,000 and `--large` (10,000) articles so memory can be compared across sizes, also
 * under `--max-old-space-size=64`, and the first run after an extractor upgrade (every article
 * re-extracted, checked, saved). CPU per article is the child's own process.cpuUsage.
 */
import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { ROOT } from "./lib/corpus.mjs";
import { copyStore, seededStore } from "./lib/seed.mjs";
import { figure, ratio } from "./lib/stats.mjs";
import { loadavg } from "node:os";

export const id = "recheck";
export const title = "Batch re-check";

const run$ = promisify(execFile);

/** A fresh copy of the store, served here; the re-check in a child process that connects to it. */
async function once(ctx, dir, version, heapMiB) {
  const { startEmbeddedStore } = await import(join(ROOT, "dist/functions/store/embedded.js"));
  const copy = copyStore(ctx, dir);
  const embedded = await startEmbeddedStore({ path: copy.path, tcp: true });
  try {
    const args = [join(ROOT, "bench/lib/recheck-child.mjs"), embedded.endpoint, embedded.table, ...(version ? [String(version)] : [])];
    const flags = heapMiB ? [`--max-old-space-size=${heapMiB}`] : [];
    const { stdout } = await run$(process.execPath, [...flags, ...args], { maxBuffer: 1 << 20 });
    return JSON.parse(stdout.trim().split("\n").pop());
  } finally {
    await embedded.close();
    copy.remove();
  }
}

async function situation(ctx, { label, size, runs, version, heapMiB }) {
  const dir = await seededStore(ctx, { size });
  const results = [];
  for (let r = 0; r < runs; r++) {
    ctx.log(`recheck: ${label}, ${size} articles, run ${r + 1}/${runs}${heapMiB ? `, heap limit ${heapMiB} MiB` : ""} (load ${loadavg().map((x) => x.toFixed(2)).join(" ")})`);
    results.push(await once(ctx, dir, version, heapMiB));
  }
  const last = results[results.length - 1].summary;
  const extra = { stored: size, articles: last.articles, claims: last.claims, opened: last.opened, resolved: last.resolved, complete: results.every((r) => r.complete), ...(heapMiB ? { heapLimitMiB: heapMiB } : {}) };
  const name = `${label}, ${size} articles${heapMiB ? `, --max-old-space-size=${heapMiB}` : ""}`;
  return [
    figure(`${name}: articles/s`, "articles/s", results.map((r) => r.summary.articles / (r.ms / 1000)), extra),
    figure(`${name}: CPU per article`, "ms", results.map((r) => r.cpuMs / r.summary.articles), extra),
    figure(`${name}: peak RSS`, "MiB", results.map((r) => r.peakRssMiB), { ...extra, sampled: results.map((r) => r.sampledPeakRssMiB) }),
    figure(`${name}: peak heap used (sampled)`, "MiB", results.map((r) => r.peakHeapMiB), extra),
    figure(`${name}: most claims held by one partition walk`, "claims", results.map((r) => r.peakHeld), { ...extra, partitions: results[0].partitions }),
    figure(`${name}: most stored findings held by one partition walk`, "findings", results.map((r) => r.peakFindings ?? 0), extra),
  ];
}

/**
 * Nightly runs at two archive sizes (memory must not grow with the archive: one window of one
 * key is held, never a partition), the same two under a small V8 heap limit (a run that held a
 * partition or a measure whole would die there), and the first run after an extractor upgrade.
 */
export async function run(ctx) {
  const { EXTRACTOR_VERSION } = await import(join(ROOT, "dist/core/index.js"));
  const nightly = "nightly (nothing to re-extract)";
  const small = ctx.quick ? 20 : 1_000;
  const large = ctx.quick ? 60 : ctx.large;
  const heapMiB = ctx.quick ? 0 : 64;
  const situations = [
    { label: nightly, size: small, runs: ctx.quick ? 1 : 3 },
    { label: nightly, size: large, runs: ctx.quick ? 1 : 2 },
    ...(heapMiB ? [{ label: nightly, size: small, runs: 1, heapMiB }, { label: nightly, size: large, runs: 1, heapMiB }] : []),
    { label: "after an extractor upgrade (all re-extracted)", size: ctx.quick ? 20 : 100, runs: ctx.quick ? 1 : 3, version: EXTRACTOR_VERSION + 1 },
  ];
  const figures = [];
  for (const s of situations) figures.push(...(await situation(ctx, s)));
  const rss = (size, limit) => figures.find((f) => f.stored === size && f.unit === "MiB" && f.label.includes("peak RSS") && (f.heapLimitMiB ?? 0) === limit)?.median;
  return {
    params: { articlesPerDay: 20, situations, segments: 4, articlesPerPage: 100, partitionEntriesPerPage: 2000, claimsPerPartitionPage: 200 },
    figures,
    // Without a limit V8 grows its heap lazily, more in a longer run: the limited runs show what
    // the walk needs (they complete, and their peaks are the comparable ones).
    ratios: heapMiB ? [
      ratio(`nightly peak RSS under --max-old-space-size=${heapMiB}, ${large} / ${small} articles`, (rss(large, heapMiB) ?? NaN) / (rss(small, heapMiB) ?? NaN), { op: "<=", value: 1.3 }),
    ] : [],
  };
}
