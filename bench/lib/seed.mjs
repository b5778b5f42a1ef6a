/**
 * Stores of generated archives, built through the store API (not HTTP: seeding is setup, not
 * the thing measured) and kept under bench/.out/stores, so a second run reuses them. The key
 * names everything that shapes the data: size, story size, extractor version, and a hash of the
 * generator and of the built store code. Benchmarks that write get a copy.
 */
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from "node:fs";
import { join } from "node:path";
import { archiveArticle, ROOT } from "./corpus.mjs";

const CHECKED_AT = "2026-01-01T00:00:00.000Z";
const IN_FLIGHT = 4;

/** The generator and the built store code: what decides the stored data and its layout. */
const SHAPING = ["bench/lib/corpus.mjs", "bench/lib/vary.mjs", "bench/lib/prng.mjs", "bench/lib/seed.mjs"];

function sourceHash() {
  const hash = createHash("sha256");
  for (const file of SHAPING) hash.update(readFileSync(join(ROOT, file)));
  const store = join(ROOT, "dist/functions/store");
  for (const file of readdirSync(store).filter((f) => f.endsWith(".js")).sort()) hash.update(readFileSync(join(store, file)));
  return hash.digest("hex").slice(0, 10);
}

/** How many stories an archive of `size` articles has when each story has `perStory` articles. */
export const storiesOf = (size, perStory) => Math.max(1, Math.round(size / perStory));

/**
 * Fills an embedded store with `size` archive articles. Each is checked against the earlier
 * articles of its story (kept here in memory, so seeding does not read the store back) and
 * saved with its claims and findings, as an ingest would have left it.
 */
async function fill(store, core, examples, size, perStory, log) {
  const stories = storiesOf(size, perStory);
  const byStory = new Map();
  const inFlight = new Set();
  const started = performance.now();
  for (let i = 0; i < size; i++) {
    const article = archiveArticle(examples, i, { stories });
    const claims = core.extractClaims(article);
    const earlier = byStory.get(i % stories) ?? { claims: [], articles: [] };
    const findings = core.checkClaims({ article, claims, related: earlier }).map((f) => ({ ...f, detectedAt: CHECKED_AT }));
    const { body: _body, ...summary } = article;
    byStory.set(i % stories, { claims: [...earlier.claims, ...claims], articles: [...earlier.articles, summary] });
    const saving = store.saveArticle({ article: { ...article, extractorVersion: core.EXTRACTOR_VERSION, checkedAt: CHECKED_AT }, claims, findings })
      .finally(() => inFlight.delete(saving));
    inFlight.add(saving);
    if (inFlight.size >= IN_FLIGHT) await Promise.race(inFlight);
    if (i > 0 && i % 1000 === 0) log(`seed: ${i}/${size} articles (${Math.round(i / ((performance.now() - started) / 1000))}/s)`);
  }
  await Promise.all(inFlight);
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
  ctx.log(`seed: ${key} built in ${((performance.now() - started) / 1000).toFixed(0)} s`);
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
