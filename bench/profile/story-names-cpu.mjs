/**
 * The story's names (core/extract/subject/story-names.ts storyNames) alone: CPU per round over
 * every article of the bench corpus (a fresh article context each round, so nothing is cached),
 * and, with --same, whether two builds read the same names from every text of the corpus files,
 * the examples, the bench articles and any extra folders (whole extraction calls storyNames on
 * some articles only; this compares it on all of them).
 *
 *   node --expose-gc bench/profile/story-names-cpu.mjs [--runs 7] <root A> [<root B>]
 *   node bench/profile/story-names-cpu.mjs --same <root A> <root B> [--also <dir>]...
 *
 * Timing: one process, builds in turns (A B, B A, ...); the least CPU of the runs per build.
 */
import { corpusTexts } from "./corpus-texts.mjs";
import { join } from "node:path";
import { buildInputs, loader } from "./build-inputs.mjs";

const args = process.argv.slice(2);
const opt = (n, d) => { const i = args.indexOf(n); if (i < 0) return d; const v = args[i + 1]; args.splice(i, 2); return v; };
const also = [];
for (let i = args.indexOf("--also"); i >= 0; i = args.indexOf("--also")) { also.push(args[i + 1]); args.splice(i, 2); }
const runs = Number(opt("--runs", 7));
const same = args.includes("--same") ? (args.splice(args.indexOf("--same"), 1), true) : false;
const roots = args;

/** One build's reader: text and publication date to the story's names, on a fresh context. */
async function reader(root) {
  const load = loader(root);
  const { splitSentences } = await load("extract/sentences.js");
  const { findDates } = await load("extract/dates.js");
  const { subjectContext } = await load("extract/subject/context.js");
  const { storyNames } = await load("extract/subject/story-names.js");
  return {
    prepare: (text, published) => ({ text, published, sentences: splitSentences(text), dates: findDates(text, published) }),
    names: (p) => storyNames(subjectContext(p.text, p.dates, p.published, p.sentences)),
  };
}

const { corpus } = await buildInputs(roots[0]);
if (same) {
  const texts = corpusTexts([join(roots[0], "tests/corpus"), join(roots[0], "examples"), "/work/shared/articles", "/work/shared/conformance", ...also],
    new Set(corpus.articles.map((a) => a.body)));
  const [a, b] = [await reader(roots[0]), await reader(roots[1])];
  let differ = 0, named = 0;
  for (const text of texts) {
    const x = JSON.stringify(a.names(a.prepare(text, "2024-08-06")));
    const y = JSON.stringify(b.names(b.prepare(text, "2024-08-06")));
    if (x !== "[]") named++;
    if (x !== y && differ++ < 5) console.log(`--- differs: ${JSON.stringify(text.slice(0, 200))}\nA ${x}\nB ${y}`);
  }
  console.log(`${texts.size} texts (${named} with names), ${differ} differ`);
  process.exitCode = differ > 0 ? 1 : 0;
} else {
  const builds = await Promise.all(roots.map(reader));
  const prepared = builds.map((b) => corpus.articles.map((a) => b.prepare(a.body, a.published)));
  const cpu = roots.map(() => []);
  const round = (k) => { for (const p of prepared[k]) builds[k].names(p); };
  roots.forEach((_, k) => round(k)); // warm-up
  for (let r = 0; r < runs; r++) {
    const order = r % 2 ? [...roots.keys()].reverse() : [...roots.keys()];
    for (const k of order) {
      globalThis.gc?.();
      const used = process.cpuUsage();
      round(k);
      const { user, system } = process.cpuUsage(used);
      cpu[k].push((user + system) / 1000);
    }
  }
  const median = (a) => [...a].sort((x, y) => x - y)[a.length >> 1];
  console.log(`${corpus.articles.length} articles, storyNames on each, ${runs} runs (CPU ms: least / median)`);
  roots.forEach((root, k) => console.log(`${String.fromCharCode(65 + k)} ${root}: ${Math.min(...cpu[k]).toFixed(1)} / ${median(cpu[k]).toFixed(1)}${k ? `  (least B/A ${(Math.min(...cpu[k]) / Math.min(...cpu[0])).toFixed(3)})` : ""}`));
}
