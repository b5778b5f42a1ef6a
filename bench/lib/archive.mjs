/**
 * A generated archive as an ingest would have left it: the data the API and re-check
 * benchmarks run on. Everything here shapes the stored data, so it is part of the cache key
 * of a seeded store (seed.mjs).
 */
import { archiveArticle } from "./corpus.mjs";

export const CHECKED_AT = "2026-01-01T00:00:00.000Z";
const IN_FLIGHT = 4;

/** How many stories an archive of `size` articles has when each story has `perStory` articles. */
export const storiesOf = (size, perStory) => Math.max(1, Math.round(size / perStory));

/**
 * Fills an embedded store with `size` archive articles. Each is checked against the earlier
 * articles of its story (kept here in memory, so seeding does not read the store back) and
 * saved with its claims and findings, as an ingest would have left it.
 * @example await fill(embedded.store, await import("../../dist/core/index.js"), examples, 1000, 10, console.log)
 */
export async function fill(store, core, examples, size, perStory, log) {
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
