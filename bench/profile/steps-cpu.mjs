/**
 * CPU time of each extraction step (core/extract/pipeline.ts STEPS, plus the claims built from
 * the drafts and, where the build has it, the figures marked by head word and story after them:
 * markHeadFigures, "head figures") over the bench corpus, beside chrono-node's parse of the same
 * text: which step the extraction ratio is spent in. Medians of `--runs` rounds, each step timed per article with
 * process.cpuUsage (about a microsecond per call, a few ms per round).
 *
 *   node --expose-gc bench/profile/steps-cpu.mjs [--runs 9] [--min] [root]
 *
 * --min reports each step's least CPU over the rounds instead of the median: under a loaded
 * machine the least is the steadier estimate of what the code itself costs.
 */
import { ROOT } from "../lib/corpus.mjs";
import { buildInputs } from "./build-inputs.mjs";

const args = process.argv.slice(2);
const i = args.indexOf("--runs");
const runs = i >= 0 ? Number(args.splice(i, 2)[1]) : 9;
const useMin = args.includes("--min") ? (args.splice(args.indexOf("--min"), 1), true) : false;
const root = args[0] ?? ROOT;
const { load, corpus } = await buildInputs(root);
const { FINDERS } = await load("extract/index.js");
const { STEPS, runPipeline } = await load("extract/pipeline.js");
const { toClaims } = await load("extract/claims.js");
// What extractClaims runs after the pipeline (since session 13): figures marked by head word and story.
const markHeadFigures = await load("extract/subject/head-figures.js").then((m) => m.markHeadFigures, () => undefined);
const chrono = await import("chrono-node");
const now = () => { const c = process.cpuUsage(); return (c.user + c.system) / 1000; };
const spent = new Map();
const add = (name, ms) => spent.set(name, (spent.get(name) ?? 0) + ms);
const timed = STEPS.map((step) => ({ name: step.name, run: (s, f) => { const t = now(); const out = step.run(s, f); add(step.name, now() - t); return out; } }));
const rounds = new Map();
for (let r = 0; r <= runs; r++) {
  spent.clear();
  let t = now();
  for (const a of corpus.articles) chrono.parse(a.body, new Date(a.published));
  add("chrono-node (dates only)", now() - t);
  t = now();
  for (const a of corpus.articles) {
    const { drafts, context } = runPipeline(a.body, a.published, FINDERS, timed);
    const c = now();
    const claims = toClaims(a.id, a.body, drafts);
    add("claims", now() - c);
    if (markHeadFigures) {
      // The subject step's context, where the pipeline keeps it (later builds): its story names are shared.
      const h = now();
      markHeadFigures(claims, a.body, a.published, context);
      add("head figures", now() - h);
    }
  }
  add("extraction (all)", now() - t);
  if (r === 0) continue; // warm-up
  for (const [k, v] of spent) rounds.set(k, [...(rounds.get(k) ?? []), v]);
}
const median = (a) => (useMin ? Math.min(...a) : [...a].sort((x, y) => x - y)[a.length >> 1]);
const all = median(rounds.get("extraction (all)"));
console.log(`${corpus.articles.length} articles, ${corpus.bytes} bytes; ${useMin ? "least" : "median"} CPU ms of ${runs} rounds (the bench's extractClaims also reads the outlet's locale)`);
for (const [k, v] of rounds) console.log(`${median(v).toFixed(1).padStart(8)} ms ${(100 * median(v) / all).toFixed(1).padStart(5)}%  ${k}`);
