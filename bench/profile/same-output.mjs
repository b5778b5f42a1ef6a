/**
 * Whether two builds extract exactly the same from a large set of texts: every string a corpus
 * or conformance file holds under a text-like key (tests/corpus, ../shared/conformance), the
 * seed articles and the examples, plus any extra folders given. For each text: extractClaims
 * with and without a publication date, findDates with a fixed reference and without one, and
 * findDurations. Prints the texts whose outputs differ (first few in full).
 *
 *   node bench/profile/same-output.mjs <root A> <root B> [--also <dir>]...
 *
 * Each root is a checkout with a built dist/. Texts are read from root A.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { corpusTexts, textFiles } from "./corpus-texts.mjs";

const args = process.argv.slice(2);
const also = [];
for (let i = args.indexOf("--also"); i >= 0; i = args.indexOf("--also")) { also.push(args[i + 1]); args.splice(i, 2); }
const [rootA, rootB] = args;
const dirs = [join(rootA, "tests/corpus"), join(rootA, "../shared/conformance"), "/work/shared/conformance", ...also];
const texts = corpusTexts(dirs);
// The bench's own varied articles too (bench/lib/corpus.mjs), about 600 kB of them.
{
  const { extractionCorpus } = await import(pathToFileURL(join(rootA, "bench/lib/corpus.mjs")).href);
  const { readFrontMatter } = await import(pathToFileURL(join(rootA, "dist/core/index.js")).href);
  const dir = join(rootA, "examples");
  const examples = readdirSync(dir).filter((f) => f.endsWith(".txt")).sort().map((f) => ({ ...readFrontMatter(readFileSync(join(dir, f), "utf8")), id: f }));
  for (const a of extractionCorpus(examples.map((e) => ({ id: e.id, published: e.fields.published, body: e.body })), 600_000).articles) texts.add(a.body);
}
for (const dir of [join(rootA, "examples"), "/work/shared/articles"]) for (const path of textFiles(dir)) texts.add(readFileSync(path, "utf8"));

async function outputs(root) {
  const load = (f) => import(pathToFileURL(join(root, "dist/core", f)).href);
  const { extractClaims } = await load("index.js");
  const { findDates } = await load("extract/dates.js");
  const { findDurations } = await load("extract/durations.js");
  return [...texts].map((body) => JSON.stringify([
    extractClaims({ id: "t", body, published: "2024-08-06" }),
    extractClaims({ id: "t", body }),
    findDates(body, "2019-03-15"),
    findDates(body),
    findDurations(body),
  ]));
}
const a = await outputs(rootA);
const b = await outputs(rootB);
const list = [...texts];
let differ = 0;
for (let i = 0; i < list.length; i++) {
  if (a[i] === b[i]) continue;
  if (differ++ < 5) console.log(`--- differs: ${JSON.stringify(list[i].slice(0, 300))}\nA ${a[i].slice(0, 1500)}\nB ${b[i].slice(0, 1500)}`);
}
console.log(`${list.length} texts, ${differ} differ`);
process.exitCode = differ > 0 ? 1 : 0;
