/**
 * CPU time of extraction on the bench's corpus (bench/lib/corpus.mjs, same seed and size as
 * `npm run bench -- --only extract`), beside chrono-node's parse of the same text, in
 * alternating runs; medians of process CPU time (user + system), never wall time, since the
 * machine is shared. Several builds can be compared in one process: each root is a checkout
 * with a built dist/ (`npx tsc -p tsconfig.build.json`).
 *
 *   node --expose-gc bench/profile/extract-cpu.mjs [--runs 7] [--size 3000000] [--dates] [root ...]
 *
 * --dates also times the date step alone (findDates) of each root. Without roots, this checkout.
 * Several roots in one process are biased: in session 8 a second copy of identical code measured
 * 6-14% slower than the first. To compare builds, use ab-cpu.mjs (one process per build, in turns).
 */
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { ROOT } from "../lib/corpus.mjs";
import { buildInputs } from "./build-inputs.mjs";

const args = process.argv.slice(2);
const flag = (name, fallback) => { const i = args.indexOf(name); if (i < 0) return fallback; const v = args[i + 1]; args.splice(i, 2); return v; };
const runs = Number(flag("--runs", 7));
const size = Number(flag("--size", 3_000_000));
const withDates = args.includes("--dates") ? (args.splice(args.indexOf("--dates"), 1), true) : false;
const roots = args.length > 0 ? args : [ROOT];

const load = (root, file) => import(pathToFileURL(join(root, "dist/core", file)).href);
const { corpus } = await buildInputs(roots[0], size);
const chrono = await import("chrono-node");

const fns = { chrono: () => { let n = 0; for (const a of corpus.articles) n += chrono.parse(a.body, new Date(a.published)).length; return n; } };
for (const [i, root] of roots.entries()) {
  const { extractClaims } = await load(root, "index.js");
  fns[`claims${i}`] = () => { let n = 0; for (const a of corpus.articles) n += extractClaims(a).length; return n; };
  if (withDates) {
    const { findDates } = await load(root, "extract/dates.js");
    fns[`dates${i}`] = () => { let n = 0; for (const a of corpus.articles) n += findDates(a.body, a.published).length; return n; };
  }
}
const names = Object.keys(fns);
const found = {};
for (const name of names) found[name] = fns[name]();
const cpu = Object.fromEntries(names.map((n) => [n, []]));
globalThis.gc?.();
for (let r = 0; r < runs; r++) {
  const order = r % 2 ? [...names].reverse() : names;
  for (const name of order) {
    const used = process.cpuUsage();
    fns[name]();
    const { user, system } = process.cpuUsage(used);
    cpu[name].push((user + system) / 1000);
  }
}
const median = (a) => { const s = [...a].sort((x, y) => x - y); return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2; };
console.log(`${corpus.articles.length} articles, ${corpus.bytes} bytes, ${runs} alternating runs (CPU ms)`);
roots.forEach((r, i) => console.log(`root ${i}: ${r}`));
for (const name of names) {
  const ratio = median(cpu.chrono.map((c, i) => c / cpu[name][i]));
  const base = name.replace(/\d+$/, "0");
  const vsBase = name !== base && cpu[base] ? `  this/${base} (paired) ${median(cpu[name].map((c, i) => c / cpu[base][i])).toFixed(3)}` : "";
  console.log(`${name.padEnd(8)} median ${median(cpu[name]).toFixed(0).padStart(6)} ms  min ${Math.min(...cpu[name]).toFixed(0).padStart(6)}  found ${found[name]}  chrono/this (paired) ${ratio.toFixed(3)}x${vsBase}`);
}
