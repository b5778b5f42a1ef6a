/**
 * CPU time of each named sub-step inside whole extraction over the bench corpus: the subject
 * steps (core/extract/subject/steps.ts QUANTITY_STEPS, frame-steps.ts FRAME_STEPS; per number)
 * or, with --quantities, the quantity steps (core/extract/quantities/pipeline.ts; per article).
 * Each step's `run` is wrapped in place with process.cpuUsage; the timer's own cost per call
 * (measured on an empty step wrapped the same way) is subtracted. What the enclosing step spends
 * outside the named steps (for subjects: dates, durations, the article context; for quantities:
 * the number reader) is "other". Least CPU of `--runs` rounds per step (the machine is shared).
 *
 *   node --expose-gc bench/profile/substeps-cpu.mjs [--runs 5] [--quantities] [root]
 */
import { ROOT } from "../lib/corpus.mjs";
import { buildInputs } from "./build-inputs.mjs";

const args = process.argv.slice(2);
const i = args.indexOf("--runs");
const runs = i >= 0 ? Number(args.splice(i, 2)[1]) : 5;
const quantities = args.includes("--quantities") ? (args.splice(args.indexOf("--quantities"), 1), true) : false;
const root = args[0] ?? ROOT;
const { load, corpus } = await buildInputs(root);
const { FINDERS } = await load("extract/index.js");
const { STEPS, runPipeline } = await load("extract/pipeline.js");
const named = quantities
  ? (await load("extract/quantities/pipeline.js")).QUANTITY_STEPS
  : [...(await load("extract/subject/steps.js")).QUANTITY_STEPS, ...(await load("extract/subject/frame-steps.js")).FRAME_STEPS];
const outer = quantities ? "quantities" : "subjects";
const now = () => { const c = process.cpuUsage(); return c.user + c.system; };
const spent = new Map();
const calls = new Map();
const add = (name, us) => spent.set(name, (spent.get(name) ?? 0) + us);
const wrap = (name, run) => (...a) => { const t = now(); const out = run(...a); add(name, now() - t); calls.set(name, (calls.get(name) ?? 0) + 1); return out; };
for (const step of named) step.run = wrap(step.name, step.run);
const empty = wrap("(empty)", () => undefined);
const k = STEPS.findIndex((s) => s.name === outer);
const timed = STEPS.map((step, j) => j !== k ? step : { name: step.name, run: (s, f) => { const t = now(); const out = step.run(s, f); add("(all)", now() - t); return out; } });
const best = new Map();
let overhead = Infinity;
for (let r = 0; r <= runs; r++) {
  spent.clear();
  calls.clear();
  globalThis.gc?.();
  for (const a of corpus.articles) runPipeline(a.body, a.published, FINDERS, timed);
  const n = 20000;
  const t0 = now();
  for (let j = 0; j < n; j++) empty();
  const perCall = (now() - t0) / n;
  if (r === 0) continue; // warm-up
  overhead = Math.min(overhead, perCall);
  for (const [name, v] of spent) best.set(name, Math.min(best.get(name) ?? Infinity, v));
}
const total = best.get("(all)");
const net = (name) => Math.max(0, (best.get(name) ?? 0) - overhead * (calls.get(name) ?? 0));
const rows = named.map((s) => [s.name, net(s.name)]).sort((a, b) => b[1] - a[1]);
const totalCalls = named.reduce((s, st) => s + (calls.get(st.name) ?? 0), 0);
const inSteps = rows.reduce((s, [, v]) => s + v, 0);
const ms = (us) => (us / 1000).toFixed(1).padStart(8);
console.log(`${corpus.articles.length} articles; least CPU of ${runs} rounds; timer ${overhead.toFixed(2)} us per call subtracted (${totalCalls} calls, ${ms(overhead * totalCalls).trim()} ms)`);
for (const [name, v] of rows) console.log(`${ms(v)} ms ${(100 * v / total).toFixed(1).padStart(5)}%  ${name}  (${calls.get(name)} calls)`);
const other = total - inSteps - overhead * totalCalls;
console.log(`${ms(other)} ms ${(100 * other / total).toFixed(1).padStart(5)}%  other ${outer} work${quantities ? " (number reader, candidates)" : " (dates, durations, context, loop)"}`);
console.log(`${ms(total - overhead * totalCalls)} ms 100.0%  ${outer} (all, timer subtracted)`);
