/**
 * Extraction throughput: claimcheck's full extractClaims beside chrono-node (dates only) and
 * Microsoft Recognizers-Text (numbers, percentages, dimensions, currency, temperature, dates),
 * on the same generated text, in the same run; claimcheck and chrono-node are timed in
 * alternation, each run in a fresh process of its own (lib/extract-alone.mjs), since their ratio is
 * the figure held to a goal and in one process each slows the other.
 */
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { extractionCorpus, ROOT } from "./lib/corpus.mjs";
import { figure, ratio, summarize, timeRuns } from "./lib/stats.mjs";

export const id = "extract";
export const title = "Extraction throughput";

const RECOGNIZERS = ["recognizeNumber", "recognizePercentage", "recognizeDimension", "recognizeCurrency", "recognizeTemperature", "recognizeDateTime"];

const mbPerSecond = (bytes, samplesMs) => samplesMs.map((ms) => bytes / 1e6 / (ms / 1000));

/**
 * Like timeAlternating (lib/stats.mjs), each run in a fresh process (lib/extract-alone.mjs: a
 * warm-up, then the timed run), with its CPU time beside its wall time. On this shared machine
 * (two cores, several processes) wall time includes every wait for a core, so a run's CPU time
 * is the steadier measure of the work done; both are reported.
 */
function timeAloneAlternating(modes, corpusBytes, runs) {
  const script = join(ROOT, "bench/lib/extract-alone.mjs");
  const wall = Object.fromEntries(modes.map((m) => [m, []]));
  const cpu = Object.fromEntries(modes.map((m) => [m, []]));
  const found = {};
  for (let i = 0; i < runs; i++) {
    for (const mode of modes) {
      const out = JSON.parse(execFileSync(process.execPath, [script, mode, String(corpusBytes)], { encoding: "utf8", maxBuffer: 1 << 20 }));
      wall[mode].push(out.wall);
      cpu[mode].push(out.cpu);
      found[mode] = out.found;
    }
  }
  return { wall, cpu, found };
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
  const recognizers = await import("@microsoft/recognizers-text-suite");
  const corpusBytes = ctx.quick ? 50_000 : 3_000_000;
  const sliceBytes = ctx.quick ? 2_000 : 12_000;
  const corpus = extractionCorpus(ctx.examples, corpusBytes);
  const part = slice(corpus.articles, sliceBytes);
  const runs = ctx.quick ? 1 : 7;

  ctx.log(`extract: claimcheck and chrono-node in turn on ${(corpus.bytes / 1e6).toFixed(2)} MB, ${runs} runs each, each in a fresh process`);
  const { wall: byMode, cpu: cpuByMode, found } = timeAloneAlternating(["claimcheck", "chrono"], corpusBytes, runs);
  const wall = { ours: byMode.claimcheck, theirs: byMode.chrono };
  const cpu = { ours: cpuByMode.claimcheck, theirs: cpuByMode.chrono };
  const [claims, dates] = [found.claimcheck, found.chrono];
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
