/**
 * Self and total time of a .cpuprofile by function and by file (top entries):
 *   node bench/profile/summarize.mjs <file.cpuprofile> [--top 40] [--under <substring of a function or file>]
 *   node bench/profile/summarize.mjs <file.cpuprofile> --tree <function> [--depth 4] [--min 5]
 *   node bench/profile/summarize.mjs <file.cpuprofile> --callers <function>
 * --under keeps only samples with that frame on the stack, to see one step's own profile.
 * --tree prints the calls under every outermost frame of that function name, merged, with total
 * and self ms down to --depth levels and --min ms: where a reader's time goes, and which
 * article-wide reading it pays for first (the reading is paid by whoever asks first).
 * --callers prints the three frames above each outermost call of it, with the time under each.
 * --capped counts each sample as at most twice the median sampling interval (stalls of a loaded machine).
 *
 * To profile extraction: node --cpu-prof --cpu-prof-dir=/tmp/prof bench/profile/run-claims.mjs (this checkout).
 */
import { readFileSync } from "node:fs";

const args = process.argv.slice(2);
const opt = (n, d) => { const i = args.indexOf(n); if (i < 0) return d; const v = args[i + 1]; args.splice(i, 2); return v; };
const top = Number(opt("--top", 40));
const under = opt("--under", undefined);
const treeOf = opt("--tree", undefined);
const callersOf = opt("--callers", undefined);
const depth = Number(opt("--depth", 4));
const least = Number(opt("--min", 5));
const capped = args.includes("--capped") ? (args.splice(args.indexOf("--capped"), 1), true) : false;
const prof = JSON.parse(readFileSync(args[0], "utf8"));
// On a shared machine a descheduled process books its whole stall on the next sample (one
// sample of 100-270 ms seen in session 12): --capped counts every sample as at most twice the
// median interval, so a function's share is its share of samples, not of stalls.
if (capped) {
  const sorted = [...prof.timeDeltas].sort((a, b) => a - b);
  const cap = 2 * sorted[sorted.length >> 1];
  prof.timeDeltas = prof.timeDeltas.map((d) => Math.min(d, cap));
}
const byId = new Map(prof.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const label = (n) => `${n.callFrame.functionName || "(anon)"} ${n.callFrame.url.replace(/^.*\/(dist|node_modules)\//, "$1/")}:${n.callFrame.lineNumber + 1}`;
const file = (n) => n.callFrame.url.replace(/^.*\/(dist|node_modules)\//, "$1/") || n.callFrame.functionName;
const self = new Map(), total = new Map(), files = new Map();
let all = 0;
const dts = prof.timeDeltas;
if (treeOf || callersOf) {
  printCalls(treeOf ?? callersOf, Boolean(callersOf));
  process.exit(0);
}
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

/** The merged call tree under the outermost frames named `name`, or the frames above them. */
function printCalls(name, callers) {
  const own = new Map();
  prof.samples.forEach((id, k) => own.set(id, (own.get(id) ?? 0) + (dts[k + 1] ?? 0)));
  const totals = new Map();
  const totalOf = (id) => {
    let t = totals.get(id);
    if (t === undefined) {
      t = own.get(id) ?? 0;
      for (const c of byId.get(id).children ?? []) t += totalOf(c);
      totals.set(id, t);
    }
    return t;
  };
  const named = (n) => (n.callFrame.functionName || "(anon)") === name;
  const outermost = prof.nodes.filter((n) => {
    if (!named(n)) return false;
    for (let up = parent.get(n.id); up !== undefined; up = parent.get(up)) if (named(byId.get(up))) return false;
    return true;
  });
  const short = (n) => label(n).slice(0, 140);
  if (callers) {
    const above = new Map();
    for (const n of outermost) {
      const chain = [];
      for (let up = parent.get(n.id); up !== undefined && chain.length < 3; up = parent.get(up)) chain.push(short(byId.get(up)));
      const key = chain.join(" < ");
      above.set(key, (above.get(key) ?? 0) + totalOf(n.id));
    }
    for (const [k, v] of [...above].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${(v / 1000).toFixed(1).padStart(8)} ms  ${k}`);
    return;
  }
  const root = { total: 0, self: 0, kids: new Map() };
  const add = (into, id, level) => {
    into.total += totalOf(id);
    into.self += own.get(id) ?? 0;
    if (level >= depth) return;
    for (const c of byId.get(id).children ?? []) {
      const key = short(byId.get(c));
      if (!into.kids.has(key)) into.kids.set(key, { total: 0, self: 0, kids: new Map() });
      add(into.kids.get(key), c, level + 1);
    }
  };
  for (const n of outermost) add(root, n.id, 0);
  const print = (node, text, indent) => {
    console.log(`${(node.total / 1000).toFixed(1).padStart(8)} ${(node.self / 1000).toFixed(1).padStart(7)}  ${indent}${text}`);
    for (const [k, v] of [...node.kids].sort((a, b) => b[1].total - a[1].total)) if (v.total / 1000 >= least) print(v, k, `${indent}  `);
  };
  console.log("   total    self  (ms)");
  print(root, name, "");
}
