/**
 * What a step costs cold and warm inside whole extraction (interference.mjs asks the same with
 * synthetic work between calls; this one with extractClaims itself). For each article: extractClaims (the
 * rest of the pipeline evicts the step's code, regexes and tables from the CPU caches), then the
 * step once (cold: what it pays inside extractClaims), then the step again on the same text
 * (warm: what a profile of the step alone measures). Least CPU of `--runs` rounds per variant.
 *
 *   node --expose-gc --single-threaded bench/profile/cold-steps.mjs [--runs 4] [root]
 *
 * Run it with --single-threaded: process.cpuUsage counts every thread of the process, and V8's
 * concurrent compiler and GC helpers, set off by the extraction before, are charged to whatever
 * is timed next (a plain loop over the article's characters measured 7 ms alone and 54 ms right
 * after extractClaims with helper threads, 8 ms without them). steps-cpu.mjs and substeps-cpu.mjs
 * time steps inside the pipeline with the same process-wide clock, so their per-step figures carry
 * that background work too, most of it on the step after the previous article's subjects.
 */
import { ROOT } from "../lib/corpus.mjs";
import { buildInputs } from "./build-inputs.mjs";

const args = process.argv.slice(2);
const i = args.indexOf("--runs");
const runs = i >= 0 ? Number(args.splice(i, 2)[1]) : 4;
const root = args[0] ?? ROOT;
const { load, corpus } = await buildInputs(root);
const { extractClaims, FINDERS } = await load("extract/index.js");
const { readNumbers } = await load("extract/numbers/index.js");
const { splitSentences } = await load("extract/sentences.js");
const steps = {
  "quantities (findQuantities)": (a) => FINDERS.quantities(a.body),
  "number reader (readNumbers)": (a) => readNumbers(a.body),
  "dates (findDates)": (a) => FINDERS.dates(a.body, a.published),
  "durations (findDurations)": (a) => FINDERS.durations(a.body),
  "sentences (splitSentences)": (a) => splitSentences(a.body),
};
const now = () => { const c = process.cpuUsage(); return (c.user + c.system) / 1000; };
const best = new Map();
const keep = (k, v) => best.set(k, Math.min(best.get(k) ?? Infinity, v));
for (let r = 0; r <= runs; r++) {
  for (const [name, step] of Object.entries(steps)) {
    globalThis.gc?.();
    let cold = 0;
    let warm = 0;
    for (const a of corpus.articles) {
      extractClaims(a);
      let t = now();
      step(a);
      cold += now() - t;
      t = now();
      step(a);
      warm += now() - t;
    }
    if (r === 0) continue; // warm-up
    keep(`${name} cold`, cold);
    keep(`${name} warm`, warm);
  }
}
console.log(`${corpus.articles.length} articles; least CPU ms of ${runs} rounds; threads: ${process.execArgv.includes("--single-threaded") ? "main only (--single-threaded)" : "all (background compile and GC included)"}`);
for (const name of Object.keys(steps)) {
  const cold = best.get(`${name} cold`);
  const warm = best.get(`${name} warm`);
  console.log(`${cold.toFixed(1).padStart(8)} cold ${warm.toFixed(1).padStart(8)} warm  ${(cold / warm).toFixed(2)}x  ${name}`);
}
