/**
 * Extraction CPU of two or more builds compared fairly: each build runs in its own process, and
 * the processes take turns (A B, then B A, ...) so a slow spell of the shared machine falls on
 * both. Loading two builds into one process (extract-cpu.mjs with several roots) is biased: the
 * second copy of the same code measured 6-14% slower than the first in session 8, whichever
 * build it was. In each process chrono-node and extractClaims alternate as in `npm run bench`,
 * so every process also gives the chrono/claimcheck ratio the bench reports.
 *
 *   node bench/profile/ab-cpu.mjs [--rounds 5] [--runs 3] [--head] <root A> <root B> [...]
 *
 * --head times extraction as extractClaims with the head figures marked (session 14: the pipeline,
 * the claims, then subject/head-figures.ts markHeadFigures with the pipeline's context), for builds
 * whose extractClaims does not run it yet.
 *
 * Prints per build: median CPU ms of extractClaims over all runs, the median chrono/this ratio,
 * and against build A the median of per-round ratios (this/A; below 1 is faster).
 */
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const args = process.argv.slice(2);
const opt = (n, d) => { const i = args.indexOf(n); if (i < 0) return d; const v = args[i + 1]; args.splice(i, 2); return v; };
const rounds = Number(opt("--rounds", 5));
const runs = Number(opt("--runs", 3));
const head = args.includes("--head") ? (args.splice(args.indexOf("--head"), 1), true) : false;
const self = fileURLToPath(import.meta.url);
const median = (a) => { const s = [...a].sort((x, y) => x - y); return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2; };

if (args[0] === "--child") {
  const { buildInputs } = await import("./build-inputs.mjs");
  const root = args[1];
  const { load, corpus } = await buildInputs(root);
  let { extractClaims } = await load("index.js");
  if (head) {
    const { FINDERS } = await load("extract/index.js");
    const { runPipeline } = await load("extract/pipeline.js");
    const { toClaims } = await load("extract/claims.js");
    const { markHeadFigures } = await load("extract/subject/head-figures.js");
    extractClaims = (a) => {
      const { drafts, context } = runPipeline(a.body, a.published, FINDERS);
      return markHeadFigures(toClaims(a.id, a.body, drafts), a.body, a.published, context);
    };
  }
  const chrono = await import("chrono-node");
  const fns = {
    chrono: () => { for (const a of corpus.articles) chrono.parse(a.body, new Date(a.published)); },
    claims: () => { for (const a of corpus.articles) extractClaims(a); },
  };
  for (const fn of Object.values(fns)) fn(); // warm-up
  const cpu = { chrono: [], claims: [] };
  globalThis.gc?.();
  for (let r = 0; r < runs; r++) {
    for (const name of r % 2 ? ["claims", "chrono"] : ["chrono", "claims"]) {
      const used = process.cpuUsage();
      fns[name]();
      const { user, system } = process.cpuUsage(used);
      cpu[name].push((user + system) / 1000);
    }
  }
  process.stdout.write(JSON.stringify(cpu));
} else {
  const roots = args;
  const results = roots.map(() => ({ claims: [], ratios: [], perRound: [] }));
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 ? [...roots.keys()].reverse() : [...roots.keys()];
    for (const k of order) {
      const out = execFileSync(process.execPath, ["--expose-gc", self, "--runs", String(runs), "--child", roots[k], ...(head ? ["--head"] : [])], { encoding: "utf8", maxBuffer: 1 << 20 });
      const cpu = JSON.parse(out);
      results[k].claims.push(...cpu.claims);
      results[k].ratios.push(...cpu.chrono.map((c, i) => c / cpu.claims[i]));
      results[k].perRound[round] = median(cpu.claims);
    }
  }
  console.log(`${rounds} rounds x ${runs} runs per build, one process per build and round, order alternating (CPU ms of extractClaims over the bench corpus)`);
  roots.forEach((root, k) => {
    const r = results[k];
    const vsA = k === 0 ? "" : `  this/A (per round) ${median(r.perRound.map((c, i) => c / results[0].perRound[i])).toFixed(3)}`;
    console.log(`${String.fromCharCode(65 + k)} ${root}: median ${median(r.claims).toFixed(0)} ms, min ${Math.min(...r.claims).toFixed(0)}; chrono/this ${median(r.ratios).toFixed(3)}x${vsA}`);
  });
}
