/**
 * Store reads per check, explained: the newsroom archive (lib/newsroom.mjs) extracted and filed
 * in memory, then the check benchmark's 100 counted reports (the same picks as check.mjs) asked
 * for their lookups, each lookup answered as the store's query answers it (functions/store/
 * claims.ts: the window, the nearest on each side completed to a whole day and read again, then
 * one batch get of the articles found). No store and no checking, so it takes seconds, and it
 * tells where the items come from: by kind of key, by key, by measure.
 *
 * A/B of the claim index on the same extraction: `--index DIR` takes the index (filingKeys,
 * lookupsForClaims, pickNearest) from another build's dist/ while the claims come from this
 * build's (or `--root DIR`'s) extraction.
 * Usage: npm run build && node bench/reads.mjs [ARTICLES=1000] [--index OTHER_ROOT] [--root ROOT] [--top N] [--json]
 */
import { join } from "node:path";
import { parseArgs } from "node:util";
import { ROOT } from "./lib/corpus.mjs";
import { newsroomArticle } from "./lib/newsroom.mjs";
import { prng } from "./lib/prng.mjs";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { index: { type: "string" }, root: { type: "string" }, top: { type: "string", default: "12" }, json: { type: "boolean", default: false }, counted: { type: "string", default: "100" } },
});
const size = Number(positionals[0] ?? 1000);
const root = values.root ?? ROOT;
const core = await import(join(root, "dist/core/index.js"));
const index = await import(join(values.index ?? root, "dist/core/check/claim-index.js"));

/** The store's answer to one lookup, counted as the bench counts items (claims.ts `lookup`). */
function answer(lookup, list) {
  const inside = list.filter((e) => e.time >= lookup.from && e.time <= lookup.to);
  if (lookup.limit === undefined || lookup.around === undefined) return { items: inside.length, requests: 1, read: inside };
  const side = (entries, forward) => {
    const sorted = entries.sort((a, b) => (a.time < b.time ? (forward ? -1 : 1) : a.time > b.time ? (forward ? 1 : -1) : 0));
    if (sorted.length < lookup.limit) return { items: sorted.length, requests: 1 };
    const day = sorted[lookup.limit - 1].time;
    return { items: lookup.limit + sorted.filter((e) => e.time === day).length, requests: 2 };
  };
  const before = side(inside.filter((e) => e.time <= lookup.around), false);
  const after = side(inside.filter((e) => e.time > lookup.around), true);
  return { items: before.items + after.items, requests: before.requests + after.requests, read: index.pickNearest(lookup, inside) };
}

/** `killed/event:bombing@in:baghdad` -> `event@in`, `killed/story:attack@kabul+pinned` -> `story+pinned`: the shape of a key, for the breakdown. */
function kindOf(key) {
  const anchor = key.slice(key.indexOf("/") + 1);
  const kind = anchor.startsWith("event:") ? (anchor.includes("@") ? (anchor.includes("@in:*") ? "event@in:*" : anchor.includes("@in:") ? "event@in" : "event@") : "event")
    : `${anchor.slice(0, anchor.indexOf(":"))}${anchor.includes(":in:") ? ":in" : ""}`;
  const mark = key.endsWith("+undated") ? "+undated" : key.endsWith("+pinned") ? "+pinned" : "";
  return `${key.startsWith("date:") ? "date:" : ""}${kind}${mark}`;
}

const started = performance.now();
const byKey = new Map();
let filings = 0;
for (let i = 0; i < size; i++) {
  const { article } = newsroomArticle(i);
  for (const claim of core.extractClaims(article)) {
    for (const filing of index.filingKeys(claim)) {
      filings += 1;
      const list = byKey.get(filing.key) ?? [];
      list.push({ time: filing.time, claim });
      byKey.set(filing.key, list);
    }
  }
}
const seeded = (performance.now() - started) / 1000;

const pick = prng(size);
const reports = Array.from({ length: Number(values.counted) }, (_, i) => newsroomArticle(pick.int(0, size - 1), { variant: 1000 + i, prefix: "c" }));
const counted = reports.map((r) => r.article);
/** What a report is about, for the medians by kind: an event's toll, a refugee level, a rate. */
const storyKind = (r) => (r.event ? "event" : r.article.body.includes("refugees") ? "level" : "rate");
const perCheck = [];
const byKind = new Map();
const keyTotals = new Map();
const byMeasure = new Map();
let lookupsTotal = 0;
for (const article of counted) {
  const claims = core.extractClaims(article);
  const lookups = index.lookupsForClaims(claims);
  lookupsTotal += lookups.length;
  let items = 0;
  let requests = 0;
  const articles = new Set();
  for (const lookup of lookups) {
    const got = answer(lookup, byKey.get(lookup.key) ?? []);
    items += got.items;
    requests += got.requests;
    for (const e of got.read) if (e.claim.articleId !== article.id) articles.add(e.claim.articleId);
    const kind = kindOf(lookup.key);
    const was = byKind.get(kind) ?? { lookups: 0, items: 0, most: 0 };
    byKind.set(kind, { lookups: was.lookups + 1, items: was.items + got.items, most: Math.max(was.most, got.items) });
    keyTotals.set(lookup.key, { lookups: (keyTotals.get(lookup.key)?.lookups ?? 0) + 1, items: (keyTotals.get(lookup.key)?.items ?? 0) + got.items });
    const measure = lookup.key.slice(0, lookup.key.indexOf("/"));
    byMeasure.set(measure, (byMeasure.get(measure) ?? 0) + got.items);
  }
  // One batch get of the articles found (100 keys a request).
  perCheck.push({ kind: storyKind(reports[perCheck.length]), items: items + articles.size, requests: requests + Math.ceil(articles.size / 100), lookups: lookups.length, claims: claims.length, anchored: claims.filter((c) => index.filingKeys(c).length > 0).length });
}
const median = (list) => {
  const s = [...list].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const sum = (list) => list.reduce((a, b) => a + b, 0);
const top = (map, n) => [...map.entries()].sort((a, b) => (b[1].items ?? b[1]) - (a[1].items ?? a[1])).slice(0, n);
const result = {
  stored: size, filings, keys: byKey.size, seedSeconds: Math.round(seeded * 10) / 10,
  items: { median: median(perCheck.map((c) => c.items)), mean: Math.round(10 * sum(perCheck.map((c) => c.items)) / perCheck.length) / 10, max: Math.max(...perCheck.map((c) => c.items)) },
  requests: { median: median(perCheck.map((c) => c.requests)), mean: Math.round(10 * sum(perCheck.map((c) => c.requests)) / perCheck.length) / 10 },
  byStory: Object.fromEntries(["event", "level", "rate"].map((k) => {
    const of = perCheck.filter((c) => c.kind === k);
    return [k, { checks: of.length, items: median(of.map((c) => c.items)), requests: median(of.map((c) => c.requests)), lookups: median(of.map((c) => c.lookups)) }];
  })),
  lookupsPerCheck: lookupsTotal / counted.length,
  claimsPerCheck: sum(perCheck.map((c) => c.claims)) / counted.length,
  anchoredPerCheck: sum(perCheck.map((c) => c.anchored)) / counted.length,
  byKind: Object.fromEntries(top(byKind, 50)),
  byMeasure: Object.fromEntries(top(byMeasure, 20)),
  topKeys: Object.fromEntries(top(keyTotals, Number(values.top))),
};
process.stdout.write(values.json ? `${JSON.stringify(result)}\n` : `${JSON.stringify(result, null, 1)}\n`);
