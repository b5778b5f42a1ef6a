/**
 * Check speed: findings per second for one article against many related claims, through core's
 * checkClaims with a prepared related set; then checkArticle end to end on generated newsroom
 * archives, with the store's reads per check and the findings raised between distinct events.
 */
import { join } from "node:path";
import { ROOT } from "./lib/corpus.mjs";
import { prng } from "./lib/prng.mjs";
import { copyStore, seededStore, seedStats } from "./lib/seed.mjs";
import { figure, ratio, timeRuns } from "./lib/stats.mjs";

export const id = "check";
export const title = "Check throughput";

/**
 * `count` claims from other articles on the same subjects as `claims`: each a copy of one of
 * them, in one of `count / 5` other articles, its value moved by up to ±20% so that some agree,
 * some conflict, as a busy subject's history does.
 */
export function relatedClaims(claims, count, published) {
  const rand = prng(count);
  const onSubjects = claims.filter((c) => c.subject && typeof c.value === "number");
  const out = [];
  const articles = new Map();
  for (let i = 0; i < count && onSubjects.length > 0; i++) {
    const base = onSubjects[i % onSubjects.length];
    const articleId = `r${Math.floor(i / 5)}`;
    const value = Math.round(base.value * (0.8 + rand.next() * 0.4) * 100) / 100;
    out.push({ ...base, id: `${articleId}-${i}`, articleId, value, low: undefined, high: undefined, conversionOf: undefined });
    if (!articles.has(articleId)) articles.set(articleId, { id: articleId, source: `Outlet ${i % 7}`, published });
  }
  return { claims: out, articles: [...articles.values()] };
}

async function coreCheck(ctx, core, size) {
  const real = ctx.examples.reduce((a, b) => (b.body.length > a.body.length ? b : a));
  const article = { id: "bench-article", body: real.body, published: real.published };
  const claims = core.extractClaims(article);
  const related = relatedClaims(claims, size, real.published);
  let findings = 0;
  const samples = await timeRuns(() => {
    findings = core.checkClaims({ article, claims, related }).length;
  }, { runs: ctx.quick ? 1 : 7, warmup: ctx.quick ? 0 : 2 });
  const perSecond = samples.map((ms) => 1000 / ms);
  return [
    figure(`checkClaims, ${size} related claims: checks/s`, "checks/s", perSecond, { claims: claims.length, related: related.claims.length }),
    figure(`checkClaims, ${size} related claims: findings/s`, "findings/s", perSecond.map((x) => x * findings), { findings }),
  ];
}

/** New reports checked per size: each another outlet's report of a stored article's story. */
const POSTED = 20;
/**
 * Reports whose store reads are counted, per size (the first POSTED of them also timed): reads
 * per check differ by story (a rate story reads a few items, a busy city's toll dozens), so the
 * median of 20 picks moved with which stories the picks happened to be.
 */
const COUNTED = 100;

/** Counts requests and the items their answers carried, on the embedded store's SDK client. */
function countReads(client) {
  const reads = { requests: 0, items: 0 };
  const name = `benchReads${process.pid}${Math.round(performance.now())}`;
  client.middlewareStack.add((next) => async (args) => {
    const result = await next(args);
    reads.requests += 1;
    reads.items += (result.output.Items?.length ?? 0) + Object.values(result.output.Responses ?? {}).reduce((n, l) => n + l.length, 0);
    return result;
  }, { step: "initialize", priority: "low", name });
  return { reads, stop: () => client.middlewareStack.remove(name) };
}

/**
 * checkArticle (extract, read the claim index, check) with dryRun on a newsroom archive of
 * `size` articles: the store's reads per check (requests, items) and checks per second, and what
 * the ingest checks raised while the archive was built (findings between distinct events).
 */
async function endToEnd(ctx, core, size) {
  const { startEmbeddedStore } = await import(join(ROOT, "dist/functions/store/embedded.js"));
  const { newsroomArticle } = await import("./lib/newsroom.mjs");
  const dir = await seededStore(ctx, { size });
  const stats = seedStats(dir);
  const copy = copyStore(ctx, dir);
  const embedded = await startEmbeddedStore({ path: copy.path });
  try {
    const deps = { store: embedded.store, now: () => "2026-02-01T00:00:00.000Z" };
    const pick = prng(size);
    const counted = Array.from({ length: ctx.quick ? POSTED : COUNTED }, (_, i) => newsroomArticle(pick.int(0, size - 1), { variant: 1000 + i, prefix: "c" }).article);
    const articles = counted.slice(0, POSTED);
    const requests = [];
    const items = [];
    let related = 0;
    for (const article of counted) {
      const counter = countReads(embedded.client);
      const outcome = await core.checkArticle(article, deps, { dryRun: true });
      counter.stop();
      requests.push(counter.reads.requests);
      items.push(counter.reads.items);
      related += (await embedded.store.claimsAbout(core.lookupsForClaims(outcome.claims), article.id)).claims.length;
    }
    // CPU time of the process (the check and the embedded store it calls) beside the wall time:
    // on a shared machine the load of other processes falls on the wall time only.
    const cpu = [];
    const samples = await timeRuns(async () => {
      const before = process.cpuUsage();
      for (const article of articles) await core.checkArticle(article, deps, { dryRun: true });
      const used = process.cpuUsage(before);
      cpu.push((used.user + used.system) / 1000 / articles.length);
    }, { runs: ctx.quick ? 1 : 5, warmup: ctx.quick ? 0 : 1 });
    const timedCpu = cpu.slice(cpu.length - samples.length);
    const extra = { stored: size, related: Math.round(related / counted.length), articles: articles.length };
    const mean = (list) => Math.round((10 * list.reduce((a, b) => a + b, 0)) / Math.max(1, list.length)) / 10;
    return [
      figure(`checkArticle (dry run), ${size} stored: checks/s`, "checks/s", samples.map((ms) => (1000 * articles.length) / ms), extra),
      figure(`checkArticle (dry run), ${size} stored: CPU per check`, "ms", timedCpu, { ...extra, kind: "cpu" }),
      figure(`store reads per check, ${size} stored: requests`, "requests", requests, { ...extra, articles: counted.length, mean: mean(requests), kind: "requests" }),
      figure(`store reads per check, ${size} stored: items`, "items", items, { ...extra, articles: counted.length, mean: mean(items), kind: "items" }),
      figure(`findings between distinct events while ingesting ${size} articles`, "findings", [stats.distinctEvents],
        { stored: size, kind: "distinct", findings: stats.cross, sameEvent: stats.sameEvent, other: stats.other, examples: stats.distinctExamples }),
    ];
  } finally {
    await embedded.close();
    copy.remove();
  }
}

export async function run(ctx) {
  const core = await import(join(ROOT, "dist/core/index.js"));
  const sizes = ctx.quick ? [50] : [1_000, 10_000];
  const figures = [];
  for (const size of sizes) {
    ctx.log(`check: checkClaims against ${size} related claims`);
    figures.push(...(await coreCheck(ctx, core, size)));
  }
  // 100, 1,000 and the large archive: reads per check must stay flat across all three.
  const stored = ctx.quick ? [20, 60] : [...new Set([100, 1_000, ctx.large, ...(ctx.long ? [100_000] : [])])].sort((a, b) => a - b);
  for (const size of stored) {
    ctx.log(`check: checkArticle and its reads on a newsroom archive of ${size} articles`);
    figures.push(...(await endToEnd(ctx, core, size)));
  }
  const median = (kind, size) => figures.find((f) => f.kind === kind && f.stored === size)?.median;
  const [small, large] = [stored[0], stored[stored.length - 1]];
  return {
    params: { relatedSizes: sizes, stored, posted: POSTED },
    figures,
    ratios: [
      ratio(`store reads per check (items), ${large} / ${small} stored`, (median("items", large) || 1) / (median("items", small) || 1), { op: "<=", value: 1.3 }),
      // 100 stored span five days, less than the windows of levels (years, the nearest 5 either
      // side) and incidents (a week): from 1,000 stored (50 days) on, every window is full.
      ...(stored.includes(1_000) && large > 1_000
        ? [ratio(`store reads per check (items), ${large} / 1000 stored`, (median("items", large) || 1) / (median("items", 1_000) || 1), { op: "<=", value: 1.3 })] : []),
      ratio(`checkArticle (dry run) CPU per check, ${large} / ${small} stored`, (median("cpu", large) || 1) / (median("cpu", small) || 1), { op: "<=", value: 1.3 }),
      ratio(`findings between distinct events while ingesting ${large} articles`, median("distinct", large), { op: "<=", value: 0 }, ""),
    ],
  };
}
