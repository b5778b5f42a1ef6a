/**
 * Stores of generated archives, built through the store API (not HTTP: seeding is setup, not
 * the thing measured) and kept under bench/.out/stores, so a second run reuses them. The key
 * names everything that shapes the data: size, story size, extractor version, and a hash of the
 * generator and of the built store code. Benchmarks that write get a copy. Building time is
 * recorded in ctx.seeding so the report can keep it apart from the measured run.
 */
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fill } from "./archive.mjs";
import { ROOT } from "./corpus.mjs";

export { storiesOf } from "./archive.mjs";

/** The generator and the built store code: what decides the stored data and its layout. */
const SHAPING = ["bench/lib/corpus.mjs", "bench/lib/vary.mjs", "bench/lib/prng.mjs", "bench/lib/archive.mjs"];

let memo;

/** Once per process: a rebuild of dist/ by someone else mid-run must not make a store look stale. */
function sourceHash() {
  if (memo) return memo;
  const hash = createHash("sha256");
  for (const file of SHAPING) hash.update(readFileSync(join(ROOT, file)));
  const store = join(ROOT, "dist/functions/store");
  for (const file of readdirSync(store).filter((f) => f.endsWith(".js")).sort()) hash.update(readFileSync(join(store, file)));
  memo = hash.digest("hex").slice(0, 10);
  return memo;
}

/**
 * The directory of a persisted store holding `size` generated articles, `perStory` per story.
 * @example const dir = await seededStore(ctx, { size: 10_000, perStory: 10 })
 */
export async function seededStore(ctx, { size, perStory }) {
  const core = await import(join(ROOT, "dist/core/index.js"));
  const key = `archive-${size}-per${perStory}-v${core.EXTRACTOR_VERSION}-${sourceHash()}`;
  const dir = join(ctx.outDir, "stores", key);
  if (existsSync(dir)) return dir;
  const { startEmbeddedStore } = await import(join(ROOT, "dist/functions/store/embedded.js"));
  const building = `${dir}.building`;
  rmSync(building, { recursive: true, force: true });
  ctx.log(`seed: building ${key} (once; reused by later runs)`);
  const started = performance.now();
  const embedded = await startEmbeddedStore({ path: building });
  try {
    await fill(embedded.store, core, ctx.examples, size, perStory, ctx.log);
  } finally {
    await embedded.close();
  }
  renameSync(building, dir);
  const seconds = (performance.now() - started) / 1000;
  ctx.seeding?.push({ store: key, seconds });
  ctx.log(`seed: ${key} built in ${seconds.toFixed(0)} s`);
  return dir;
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
