/**
 * Bytes allocated per round of the bench corpus (garbage included), by function, from V8's
 * sampling heap profiler: which code fills the young generation. Every step of extractClaims
 * runs once per article, so what one step allocates evicts what the next step had in cache
 * (bench/profile/interference.mjs); allocation is a cost beyond the GC time it shows.
 *
 *   node bench/profile/allocations.mjs [--step all|dates|quantities|durations] [--top 30] [root]
 */
import { Session } from "node:inspector/promises";
import { ROOT } from "../lib/corpus.mjs";
import { buildInputs } from "./build-inputs.mjs";

const args = process.argv.slice(2);
const opt = (n, d) => { const i = args.indexOf(n); if (i < 0) return d; const v = args[i + 1]; args.splice(i, 2); return v; };
const step = opt("--step", "all");
const top = Number(opt("--top", 30));
const root = args[0] ?? ROOT;
const { load, corpus } = await buildInputs(root);
const { extractClaims } = await load("index.js");
const { FINDERS } = await load("extract/index.js");
const run = {
  all: (a) => extractClaims(a),
  dates: (a) => FINDERS.dates(a.body, a.published),
  quantities: (a) => FINDERS.quantities(a.body),
  durations: (a) => FINDERS.durations(a.body),
}[step];
for (const a of corpus.articles) run(a);
const session = new Session();
session.connect();
await session.post("HeapProfiler.startSampling", { samplingInterval: 4096, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
const rounds = 2;
for (let r = 0; r < rounds; r++) for (const a of corpus.articles) run(a);
const { profile } = await session.post("HeapProfiler.stopSampling");
const label = (n) => `${n.callFrame.functionName || "(anon)"} ${n.callFrame.url.replace(/^.*\/(dist|node_modules)\//, "$1/")}:${n.callFrame.lineNumber + 1}`;
const self = new Map();
const builtins = new Map();
let total = 0;
const walk = (node, parent) => {
  const name = label(node);
  total += node.selfSize;
  self.set(name, (self.get(name) ?? 0) + node.selfSize);
  // A built-in (exec, Set, sort...) is charged to the function that called it as well.
  if (node.callFrame.url === "" && parent) builtins.set(`${name} <- ${parent}`, (builtins.get(`${name} <- ${parent}`) ?? 0) + node.selfSize);
  for (const child of node.children) walk(child, name);
};
walk(profile.head, undefined);
const mb = (b) => (b / rounds / 1e6).toFixed(2).padStart(7);
console.log(`${step}: ${mb(total)} MB allocated per round (${corpus.articles.length} articles, ${corpus.bytes} bytes)`);
console.log("\n## by function");
for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${mb(v)} MB  ${k}`);
console.log("\n## built-ins by caller");
for (const [k, v] of [...builtins].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${mb(v)} MB  ${k}`);
