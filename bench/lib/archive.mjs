/**
 * A generated newsroom archive as an ingest would have left it (newsroom.mjs): the data the
 * check, API and re-check benchmarks run on. Everything here shapes the stored data, so it is
 * part of the cache key of a seeded store (seed.mjs).
 */
import { join } from "node:path";
import { ROOT } from "./corpus.mjs";
import { newsroomArticle } from "./newsroom.mjs";

export const CHECKED_AT = "2026-01-01T00:00:00.000Z";
const IN_FLIGHT = 8;

/** In a list sorted by time: the first index whose time is >= `time` (or > `time`). */
function firstAtOrAfter(list, time, strict = false) {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].time < time || (strict && list[mid].time === time)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
const firstAfter = (list, time) => firstAtOrAfter(list, time, true);

/**
 * The store's claim index kept in memory while seeding, so each article is checked against what
 * the store would return (the same keys and windows) without reading the store back.
 */
class MemoryIndex {
  constructor(core, nearest) {
    this.core = core;
    this.pickNearest = nearest;
    this.byKey = new Map();
    this.summaries = new Map();
  }

  related(claims) {
    const found = new Map();
    for (const lookup of this.core.lookupsForClaims(claims)) {
      // Entries are kept sorted by time: only the lookup's window is handed on, however long the archive.
      const list = this.byKey.get(lookup.key) ?? [];
      const window = list.slice(firstAtOrAfter(list, lookup.from), firstAfter(list, lookup.to));
      for (const entry of this.pickNearest(lookup, window)) found.set(`${entry.claim.articleId}\u0000${entry.claim.id}`, entry.claim);
    }
    const list = [...found.values()];
    const articles = [...new Set(list.map((c) => c.articleId))].map((id) => this.summaries.get(id));
    return { claims: list, articles };
  }

  add(summary, claims) {
    this.summaries.set(summary.id, summary);
    for (const claim of claims) {
      for (const filing of this.core.filingKeys(claim)) {
        const list = this.byKey.get(filing.key) ?? [];
        list.splice(firstAfter(list, filing.time), 0, { time: filing.time, claim });
        this.byKey.set(filing.key, list);
      }
    }
  }
}

/**
 * What the ingest checks raised across articles: between reports of one event, between reports
 * of distinct events (each of them false: different events are different things), and others
 * (levels and rates of one subject at different times).
 */
function tallyFindings(stats, findings, eventOf, examples) {
  for (const finding of findings) {
    const articles = [...new Set(finding.claims.map((c) => c.articleId))];
    if (articles.length < 2) continue;
    stats.cross += 1;
    stats.bySeverity[finding.severity] = (stats.bySeverity[finding.severity] ?? 0) + 1;
    const events = articles.map((id) => eventOf.get(id));
    if (events.every((e) => e) && new Set(events).size > 1) {
      stats.distinctEvents += 1;
      if (stats.distinctExamples.length < examples) stats.distinctExamples.push(finding.explanation);
    } else if (events.every((e) => e)) stats.sameEvent += 1;
    else stats.other += 1;
  }
}

/**
 * Fills a store with `size` archive articles, each checked against the earlier ones the store
 * would return for it, and saved with its claims, findings and their owning partitions.
 * Returns the tally of findings raised (see tallyFindings), with up to `examples` explanations
 * of findings between distinct events. `bulk(record)`, when given, writes a record's items in
 * place of `store.saveArticle` (seed.mjs: the store's own items, tests/store/bulk-items.test.ts).
 * @example const stats = await fill(embedded.store, await import("../../dist/core/index.js"), 1000, console.log)
 */
export async function fill(store, core, size, log, { examples = 5, bulk } = {}) {
  // The store's choice of the nearest claims under a key, as the check's lookups make it.
  const { pickNearest } = await import(join(ROOT, "dist/core/check/claim-index.js"));
  const index = new MemoryIndex(core, pickNearest);
  const eventOf = new Map();
  const stats = { articles: size, claims: 0, filings: 0, cross: 0, sameEvent: 0, distinctEvents: 0, other: 0, bySeverity: {}, distinctExamples: [] };
  const inFlight = new Set();
  const started = performance.now();
  for (let i = 0; i < size; i++) {
    const { article, event } = newsroomArticle(i);
    if (event) eventOf.set(article.id, event);
    const claims = core.extractClaims(article);
    const related = index.related(claims);
    const findings = core.checkClaims({ article, claims, related }).map((f) => ({ ...f, detectedAt: CHECKED_AT }));
    const byRef = new Map([...claims, ...related.claims].map((c) => [`${c.articleId}\u0000${c.id}`, c]));
    const partitions = {};
    for (const f of findings) {
      const members = f.claims.map((r) => byRef.get(`${r.articleId}\u0000${r.claimId}`));
      if (new Set(f.claims.map((r) => r.articleId)).size > 1 && members.every(Boolean)) {
        const key = core.partitionOf(members);
        if (key) partitions[f.id] = key;
      }
    }
    tallyFindings(stats, findings, eventOf, examples);
    stats.claims += claims.length;
    stats.filings += claims.reduce((n, c) => n + core.filingKeys(c).length, 0);
    const { body: _body, ...summary } = article;
    index.add(summary, claims);
    const record = {
      article: { ...article, extractorVersion: core.EXTRACTOR_VERSION, indexVersion: core.INDEX_VERSION, checkedAt: CHECKED_AT },
      claims, findings, partitions,
    };
    // Straight to the table when a bulk writer is given: the items a save of a new article writes, no reads.
    const saving = (bulk ? bulk(record) : store.saveArticle(record)).finally(() => inFlight.delete(saving));
    inFlight.add(saving);
    if (inFlight.size >= IN_FLIGHT) await Promise.race(inFlight);
    if (i > 0 && i % 1000 === 0) log(`seed: ${i}/${size} articles (${Math.round(i / ((performance.now() - started) / 1000))}/s)`);
  }
  await Promise.all(inFlight);
  return stats;
}
