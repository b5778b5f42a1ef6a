/**
 * One development entry read closely: the findings of each entry whose name holds the given words,
 * run as the corpus runner runs it (bench/lib/entry-run.mjs), with each finding's explanation; with
 * two texts, every pair of claims holding them (later report first) put to the comparison
 * (core/check/same-thing.ts compareClaims) with both frames, so a miss shows where the pair stops.
 * For development sets only: it prints the entries' words.
 *
 *   npm run build
 *   node bench/profile/entry-findings.mjs [--root <checkout with dist/>] <folder or .json file> "<name words>" ["<text A>" "<text B>"]
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { ROOT } from "../lib/corpus.mjs";
import { runAsCorpus } from "../lib/entry-run.mjs";
import { corpusFiles, holds } from "../lib/figure-words.mjs";

const args = process.argv.slice(2);
const at = args.indexOf("--root");
const root = at >= 0 ? args.splice(at, 2)[1] : ROOT;
const [path, name, textA, textB] = args;
const load = (file) => import(pathToFileURL(join(root, "dist/core", file)).href);
const build = await load("index.js");
const { compareClaims } = await load("check/same-thing.js");

for (const file of corpusFiles([path])) {
  for (const entry of JSON.parse(readFileSync(file, "utf8")).filter((e) => e.name.includes(name))) {
    console.log(`## ${entry.name}\n   expected: ${JSON.stringify(entry.findings ?? "no findings")}`);
    const { reports, findings } = runAsCorpus(entry, build);
    for (const f of findings) console.log(`${f.kind} ${f.severity}: ${f.claims.map((c) => `${c.articleId} “${c.text}”`).join(" vs ")}\n   ${f.explanation}`);
    if (textA === undefined || textB === undefined) continue;
    const all = reports.flatMap(({ claims }, order) => claims.map((claim) => ({ claim, order })));
    const [xs, ys] = [textA, textB].map((t) => all.filter((c) => holds(t, c.claim.text)));
    for (const x of xs) {
      for (const y of ys) {
        if (x.claim === y.claim) continue;
        const [later, earlier] = x.order >= y.order ? [x.claim, y.claim] : [y.claim, x.claim];
        console.log(`pair “${later.text}” (${later.articleId}) / “${earlier.text}” (${earlier.articleId}): ${JSON.stringify(compareClaims(later, earlier))}`);
        for (const c of [later, earlier]) console.log(`   ${c.articleId} frame ${JSON.stringify(c.subject?.frame ?? null)}`);
      }
    }
  }
}
