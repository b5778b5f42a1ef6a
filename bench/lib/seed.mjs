/**
 * Stores of generated newsroom archives (newsroom.mjs), each article checked against the archive's
 * in-memory claim index and its items written straight to the table as a save of a new article
 * writes them (functions/store/claim-items.ts newArticleItems; not HTTP: seeding is setup, not
 * the thing measured) and kept under bench/.out/stores, so a second run
 * reuses them. The key names everything that shapes the data: size, extractor version, and a
 * hash of the generator and of the built core and store code. Benchmarks that write get a copy.
 * Building time is recorded in ctx.seeding so the report can keep it apart from the measured
 * run; what the ingest checks raised while seeding is kept beside the store (`<dir>.stats.json`).
 */
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fill } from "./archive.mjs";
import { ROOT } from "./corpus.mjs";

/** The generator: what decides the stored data, with the built code below. */
const SHAPING = ["bench/lib/newsroom.mjs", "bench/lib/prng.mjs", "bench/lib/archive.mjs"];

let memo;

function hashTree(hash, dir) {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) hashTree(hash, path);
    else if (name.endsWith(".js") || name.endsWith(".json")) hash.update(readFileSync(path));
  }
}

/** Once per process: a rebuild of dist/ by someone else mid-run must not make a store look stale. */
function sourceHash() {
  if (memo) return memo;
  const hash = createHash("sha256");
  for (const file of SHAPING) hash.update(readFileSync(join(ROOT, file)));
  // Extraction, the claim index and the store layout all shape what is stored.
  hashTree(hash, join(ROOT, "dist/core"));
  hashTree(hash, join(ROOT, "dist/functions/store"));
  memo = hash.digest("hex").slice(0, 10);
  return memo;
}

/**
 * The directory of a persisted store holding `size` generated newsroom articles.
 * @example const dir = await seededStore(ctx, { size: 10_000 })
 */
export async function seededStore(ctx, { size }) {
  const core = await import(join(ROOT, "dist/core/index.js"));
  const key = `newsroom-${size}-v${core.EXTRACTOR_VERSION}-${sourceHash()}`;
  const dir = join(ctx.outDir, "stores", key);
  if (existsSync(dir)) return dir;
  const reused = ctx.reuseStores ? newestStore(ctx, size) : null;
  if (reused) {
    ctx.log(`seed: reusing ${reused} (--reuse-stores: built by other code than this run's)`);
    ctx.reused?.push(reused);
    return join(ctx.outDir, "stores", reused);
  }
  const { startEmbeddedStore } = await import(join(ROOT, "dist/functions/store/embedded.js"));
  const building = `${dir}.building`;
  rmSync(building, { recursive: true, force: true });
  mkdirSync(join(ctx.outDir, "stores"), { recursive: true });
  ctx.log(`seed: building ${key} (once; reused by later runs)`);
  const started = performance.now();
  const { newArticleItems } = await import(join(ROOT, "dist/functions/store/claim-items.js"));
  const { writeAll } = await import(join(ROOT, "dist/functions/store/db.js"));
  const embedded = await startEmbeddedStore({ path: building });
  let stats;
  try {
    // Each new article's items straight to the table, as a save of it writes them (no reads),
    // gathered into full batches across articles.
    const writer = bulkWriter((items) => writeAll(embedded.store.db, items));
    stats = await fill(embedded.store, core, size, ctx.log, { bulk: (record) => writer.add(newArticleItems(record)) });
    await writer.flush();
  } finally {
    await embedded.close();
  }
  // Opened once more, LevelDB deletes the files its compactions left behind (a 10,000-article
  // store is 2.3 GB before, 87 MB after), so each benchmark's copy of it is quick.
  await (await startEmbeddedStore({ path: building })).close();
  renameSync(building, dir);
  const seconds = (performance.now() - started) / 1000;
  writeFileSync(`${dir}.stats.json`, `${JSON.stringify({ ...stats, seconds }, null, 1)}\n`);
  ctx.seeding?.push({ store: key, seconds });
  ctx.log(`seed: ${key} built in ${seconds.toFixed(0)} s`);
  return dir;
}

/** Items gathered before a write: eight full batches of 25. */
const BULK_ITEMS = 200;

/**
 * A bulk loader's writer: items of many articles written together in full batches (a new
 * article's 16 items or so would otherwise make a request of their own), and each partition
 * marker written once (every article filed under a key writes the same marker item again).
 * The table ends up holding the same items as one save per article would leave.
 * @example const w = bulkWriter((items) => writeAll(db, items)); await w.add(items); await w.flush()
 */
export function bulkWriter(write) {
  const markers = new Set();
  let pending = [];
  const flush = async () => {
    const items = pending;
    pending = [];
    if (items.length > 0) await write(items);
  };
  return {
    add(items) {
      for (const item of items) {
        if (item.type === "key") {
          if (markers.has(item.pk)) continue;
          markers.add(item.pk);
        }
        pending.push(item);
      }
      return pending.length >= BULK_ITEMS ? flush() : Promise.resolve();
    },
    flush,
  };
}

/** The most recently built store of `size` articles, whatever code built it. */
function newestStore(ctx, size) {
  const stores = join(ctx.outDir, "stores");
  if (!existsSync(stores)) return null;
  const built = readdirSync(stores).filter((name) => name.startsWith(`newsroom-${size}-`) && !name.includes(".") && existsSync(join(stores, `${name}.stats.json`)));
  built.sort((a, b) => statSync(join(stores, b)).mtimeMs - statSync(join(stores, a)).mtimeMs);
  return built[0] ?? null;
}

/** What the ingest checks raised while the store was seeded (see archive.mjs). */
export function seedStats(dir) {
  return JSON.parse(readFileSync(`${dir}.stats.json`, "utf8"));
}

/**
 * A throwaway copy of a seeded store, for a benchmark that writes to it.
 * @example const copy = copyStore(ctx, dir); try { … copy.path … } finally { copy.remove() }
 */
export function copyStore(ctx, dir) {
  const path = join(ctx.outDir, "tmp", `${process.pid}-${Math.round(performance.now() * 1000)}`);
  mkdirSync(join(ctx.outDir, "tmp"), { recursive: true });
  cpSync(dir, path, { recursive: true });
  rmSync(join(path, "claimcheck.pid"), { force: true });
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}
