/**
 * Check speed: findings per second for one article against many related claims, through core's
 * checkClaims with a prepared related set, then checkArticle end to end on the embedded store.
 */
import { join } from "node:path";
import { archiveArticle, ROOT } from "./lib/corpus.mjs";
import { prng } from "./lib/prng.mjs";
import { copyStore, seededStore } from "./lib/seed.mjs";
import { figure, timeRuns } from "./lib/stats.mjs";

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

/** New articles of the story checked per sample: articles differ, so a sample of one would measure the article. */
const ARTICLES_PER_SAMPLE = 10;

/** checkArticle (extract, read the store by subject, check) with dryRun: the store stays as seeded. */
async function endToEnd(ctx, core, size) {
  const { startEmbeddedStore } = await import(join(ROOT, "dist/functions/store/embedded.js"));
  const copy = copyStore(ctx, await seededStore(ctx, { size, perStory: size }));
  const embedded = await startEmbeddedStore({ path: copy.path });
  try {
    const deps = { store: embedded.store, now: () => "2026-02-01T00:00:00.000Z" };
    const articles = Array.from({ length: ARTICLES_PER_SAMPLE }, (_, i) => archiveArticle(ctx.examples, size + i, { stories: 1, prefix: "c" }));
    let findings = 0;
    const samples = await timeRuns(async () => {
      findings = 0;
      for (const article of articles) findings += (await core.checkArticle(article, deps, { dryRun: true })).findings.length;
    }, { runs: ctx.quick ? 1 : 7, warmup: ctx.quick ? 0 : 1 });
    let related = 0;
    for (const article of articles) {
      const heads = [...new Set(core.extractClaims(article).filter((c) => c.subject).map((c) => c.subject.key.split("|")[0]))];
      related += heads.length > 0 ? (await embedded.store.claimsAbout(heads, article.id)).claims.length : 0;
    }
    return figure(`checkArticle end to end, one story of ${size} stored articles`, "articles/s", samples.map((ms) => (1000 * articles.length) / ms),
      { related: Math.round(related / articles.length), findings, articles: articles.length });
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
  const storySize = ctx.quick ? 5 : 200;
  ctx.log(`check: checkArticle on a store of one ${storySize}-article story`);
  figures.push(await endToEnd(ctx, core, storySize));
  return { params: { relatedSizes: sizes, storyArticles: storySize }, figures, ratios: [] };
}
