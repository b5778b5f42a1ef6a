/**
 * One extractor over the extraction corpus in a process of its own (bench/extract.mjs spawns it):
 * a warm-up run, then three timed runs; prints the median run's { wall, cpu, found } as JSON (a
 * process that has read the corpus once has not finished compiling claimcheck's many readers). In one process the
 * two extractors slow each other: chrono-node run right after claimcheck's extraction was about
 * twice as slow (5.3 against 11.4 MB per CPU second alone, session 11), which made the ratio look
 * met when it was not. A fresh process per run measures each as it runs alone.
 *
 *   node bench/lib/extract-alone.mjs claimcheck|chrono <corpus bytes>
 */
import { join } from "node:path";
import { extractionCorpus, loadExamples, ROOT } from "./corpus.mjs";

const [mode, size] = process.argv.slice(2);
const corpus = extractionCorpus(await loadExamples(), Number(size));
const parse = mode === "chrono"
  ? await import("chrono-node").then((chrono) => (a) => chrono.parse(a.body, new Date(a.published)).length)
  : await import(join(ROOT, "dist/core/index.js")).then(({ extractClaims }) => (a) => extractClaims(a).length);
const all = () => corpus.articles.reduce((n, a) => n + parse(a), 0);
all();
const runs = [0, 1, 2].map(() => {
  const start = performance.now();
  const used = process.cpuUsage();
  const found = all();
  const { user, system } = process.cpuUsage(used);
  return { wall: performance.now() - start, cpu: (user + system) / 1000, found };
}).sort((a, b) => a.cpu - b.cpu);
process.stdout.write(JSON.stringify(runs[1]));
