/**
 * What one extraction step costs alone and what it costs when other work runs between its
 * calls, as in extractClaims, where every article goes through all steps in turn. Each variant
 * runs over the bench corpus article by article; variants alternate and the least CPU of the
 * rounds is kept (the machine is shared). "X after Y" is CPU(Y then X per article) - CPU(Y).
 * The "trash" variant walks 8 MB of memory (no allocation) and "garbage" allocates short-lived
 * objects, between articles: if the date step is dearer after them, its cost is in cache misses
 * and the sum of steps timed alone understates what the pipeline pays.
 *
 *   node --expose-gc bench/profile/interference.mjs [--runs 7] [root]
 */
import { ROOT } from "../lib/corpus.mjs";
import { buildInputs } from "./build-inputs.mjs";

const args = process.argv.slice(2);
const i = args.indexOf("--runs");
const runs = i >= 0 ? Number(args.splice(i, 2)[1]) : 7;
const root = args[0] ?? ROOT;
const { load, corpus } = await buildInputs(root);
const { FINDERS } = await load("extract/index.js");
const big = new Uint32Array(2 << 20);
let sink = 0;
const trash = () => { for (let k = 0; k < big.length; k += 16) sink += big[k]++; };
const garbage = () => { let keep = null; for (let k = 0; k < 20000; k++) keep = { a: k, b: [k], c: `x${k}` }; sink += keep.a; };
const dates = (a) => FINDERS.dates(a.body, a.published);
const variants = {
  dates,
  quantities: (a) => FINDERS.quantities(a.body),
  "quantities+dates": (a) => { FINDERS.quantities(a.body); dates(a); },
  durations: (a) => FINDERS.durations(a.body),
  "durations+dates": (a) => { FINDERS.durations(a.body); dates(a); },
  trash: () => trash(),
  "trash+dates": (a) => { trash(); dates(a); },
  garbage: () => garbage(),
  "garbage+dates": (a) => { garbage(); dates(a); },
};
const now = () => { const c = process.cpuUsage(); return (c.user + c.system) / 1000; };
const spent = {};
globalThis.gc?.();
for (let r = 0; r <= runs; r++) {
  const order = r % 2 ? Object.entries(variants).reverse() : Object.entries(variants);
  for (const [name, run] of order) {
    const t = now();
    for (const a of corpus.articles) run(a);
    if (r > 0) (spent[name] ??= []).push(now() - t);
  }
}
const least = (name) => Math.min(...spent[name]);
console.log(`${corpus.articles.length} articles, ${corpus.bytes} bytes; least CPU ms of ${runs} alternating rounds${sink < 0 ? "" : ""}`);
for (const name of Object.keys(variants)) console.log(`${least(name).toFixed(1).padStart(8)} ms  ${name}`);
for (const other of ["quantities", "durations", "trash", "garbage"]) {
  console.log(`dates after ${other}: ${(least(`${other}+dates`) - least(other)).toFixed(1)} ms (alone ${least("dates").toFixed(1)})`);
}
