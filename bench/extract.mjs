/**
 * Extraction throughput: claimcheck's full extractClaims beside chrono-node (dates only) and
 * Microsoft Recognizers-Text (numbers, percentages, dimensions, currency, temperature, dates),
 * on the same generated text, in the same process and run; claimcheck and chrono-node are timed
 * in alternation, since their ratio is the figure held to a goal.
 */
import { join } from "node:path";
import { extractionCorpus, ROOT } from "./lib/corpus.mjs";
import { figure, ratio, summarize, timeRuns } from "./lib/stats.mjs";

export const id = "extract";
export const title = "Extraction throughput";

const RECOGNIZERS = ["recognizeNumber", "recognizePercentage", "recognizeDimension", "recognizeCurrency", "recognizeTemperature", "recognizeDateTime"];

const mbPerSecond = (bytes, samplesMs) => samplesMs.map((ms) => bytes / 1e6 / (ms / 1000));

/**
 * Like timeAlternating (lib/stats.mjs), with the process's CPU time of each run beside its wall
 * time. On this shared machine (two cores, several processes) wall time includes every wait for
 * a core, so a run's CPU time is the steadier measure of the work done; both are reported.
 * CPU time counts every thread of the process, so garbage collection on helper threads is in it.
 */
async function timeAlternatingCpu(fns, { runs, warmup = 1 }) {
  const entries = Object.entries(fns);
  for (let i = 0; i < warmup; i++) for (const [, fn] of entries) await fn();
  const wall = Object.fromEntries(entries.map(([name]) => [name, []]));
  const cpu = Object.fromEntries(entries.map(([name]) => [name, []]));
  globalThis.gc?.();
  for (let i = 0; i < runs; i++) {
    for (const [name, fn] of entries) {
      const start = performance.now();
      const used = process.cpuUsage();
      await fn();
      const { user, system } = process.cpuUsage(used);
      wall[name].push(performance.now() - start);
      cpu[name].push((user + system) / 1000);
    }
  }
  return { wall, cpu };
}

/** The median of per-pair ratios theirs/ours: steadier than the ratio of two medians when a slow spell hits one pair. */
const pairedRatio = (ours, theirs) => summarize(theirs.map((ms, i) => ms / ours[i])).median;

/**
 * The first `size` bytes of the corpus, cut at a line end: Recognizers-Text is too slow for all
 * of it, and a slice of the same text keeps the comparison fair.
 */
function slice(articles, size) {
  const out = [];
  let bytes = 0;
  for (const article of articles) {
    if (bytes >= size) break;
    const room = size - bytes;
    const cut = article.body.length <= room ? article.body : article.body.slice(0, Math.max(article.body.lastIndexOf("\n", room), 1));
    out.push({ ...article, body: cut });
    bytes += Buffer.byteLength(cut, "utf8");
  }
  return { articles: out, bytes };
}

export async function run(ctx) {
  const { extractClaims } = await import(join(ROOT, "dist/core/index.js"));
  const chrono = await import("chrono-node");
  const recognizers = await import("@microsoft/recognizers-text-suite");
  const corpusBytes = ctx.quick ? 50_000 : 3_000_000;
  const sliceBytes = ctx.quick ? 2_000 : 12_000;
  const corpus = extractionCorpus(ctx.examples, corpusBytes);
  const part = slice(corpus.articles, sliceBytes);
  const runs = ctx.quick ? 1 : 7;
  const warmup = ctx.quick ? 0 : 1;

  let claims = 0;
  let dates = 0;
  ctx.log(`extract: claimcheck and chrono-node in turn on ${(corpus.bytes / 1e6).toFixed(2)} MB, ${runs} runs each`);
  const { wall, cpu } = await timeAlternatingCpu({
    ours: () => {
      claims = 0;
      for (const article of corpus.articles) claims += extractClaims(article).length;
    },
    theirs: () => {
      dates = 0;
      for (const article of corpus.articles) dates += chrono.parse(article.body, new Date(article.published)).length;
    },
  }, { runs, warmup });
  const { ours, theirs } = wall;
  let values = 0;
  ctx.log(`extract: Recognizers-Text on ${(part.bytes / 1e3).toFixed(1)} kB`);
  // Its models are built on first use: one short text warms them without timing a whole slice twice.
  for (const name of RECOGNIZERS) recognizers[name]("about 30 km on 12 March 2024, 5% or $3", recognizers.Culture.English);
  const peer = await timeRuns(() => {
    values = 0;
    for (const article of part.articles) for (const name of RECOGNIZERS) values += recognizers[name](article.body, recognizers.Culture.English).length;
  }, { runs: ctx.quick ? 1 : 3, warmup: 0 });

  // MB per second of wall time, with MB per CPU second beside it (in the results file).
  const perCpuSecond = (samples) => { const { median, min, max } = summarize(mbPerSecond(corpus.bytes, samples)); return { median, min, max }; };
  const claimcheck = figure("claimcheck extractClaims (everything)", "MB/s", mbPerSecond(corpus.bytes, ours), { found: claims, perCpuSecond: perCpuSecond(cpu.ours) });
  const chronoFigure = figure("chrono-node parse (dates only)", "MB/s", mbPerSecond(corpus.bytes, theirs), { found: dates, perCpuSecond: perCpuSecond(cpu.theirs) });
  const cpuRatio = pairedRatio(cpu.ours, cpu.theirs);
  const peerFigure = figure("Recognizers-Text, 6 recognizers (slice)", "MB/s", mbPerSecond(part.bytes, peer), { found: values });
  return {
    params: { corpusBytes: corpus.bytes, articles: corpus.articles.length, sliceBytes: part.bytes, sliceArticles: part.articles.length, runs },
    figures: [claimcheck, chronoFigure, peerFigure],
    ratios: [
      // Runs were paired by alternation: the median of the per-pair ratios is steadier than the
      // ratio of two medians when a slow spell hits one pair. The same ratio of CPU times is in
      // the label: under load, wall time also counts the waits for a core.
      ratio(`claimcheck / chrono-node (median of paired runs; of CPU times: ${cpuRatio.toFixed(2)}x)`, pairedRatio(ours, theirs), { op: ">=", value: 0.5 }),
      ratio("claimcheck / Recognizers-Text", claimcheck.median / peerFigure.median, { op: ">=", value: 500 }),
    ],
  };
}
