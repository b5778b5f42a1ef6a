/**
 * Self and total time of a .cpuprofile by function and by file (top entries):
 *   node bench/profile/summarize.mjs <file.cpuprofile> [--top 40] [--under <substring of a function or file>]
 * --under keeps only samples with that frame on the stack, to see one step's own profile.
 */
import { readFileSync } from "node:fs";

const args = process.argv.slice(2);
const opt = (n, d) => { const i = args.indexOf(n); if (i < 0) return d; const v = args[i + 1]; args.splice(i, 2); return v; };
const top = Number(opt("--top", 40));
const under = opt("--under", undefined);
const prof = JSON.parse(readFileSync(args[0], "utf8"));
const byId = new Map(prof.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const label = (n) => `${n.callFrame.functionName || "(anon)"} ${n.callFrame.url.replace(/^.*\/(dist|node_modules)\//, "$1/")}:${n.callFrame.lineNumber + 1}`;
const file = (n) => n.callFrame.url.replace(/^.*\/(dist|node_modules)\//, "$1/") || n.callFrame.functionName;
const self = new Map(), total = new Map(), files = new Map();
let all = 0;
const dts = prof.timeDeltas;
prof.samples.forEach((id, k) => {
  const dt = dts[k + 1] ?? 0;
  const stack = [];
  for (let cur = id; cur !== undefined; cur = parent.get(cur)) stack.push(byId.get(cur));
  if (under && !stack.some((n) => label(n).includes(under))) return;
  all += dt;
  const leaf = stack[0];
  self.set(label(leaf), (self.get(label(leaf)) ?? 0) + dt);
  files.set(file(leaf), (files.get(file(leaf)) ?? 0) + dt);
  for (const l of new Set(stack.map(label))) total.set(l, (total.get(l) ?? 0) + dt);
});
const show = (title, m) => {
  console.log(`\n## ${title}`);
  for (const [k, v] of [...m].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${(v / 1000).toFixed(0).padStart(7)} ms ${(100 * v / all).toFixed(1).padStart(5)}%  ${k}`);
};
console.log(`total ${(all / 1000).toFixed(0)} ms${under ? ` under ${under}` : ""}`);
show("self by file", files);
show("self by function", self);
show("total by function", total);
