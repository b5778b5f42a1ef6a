/**
 * extractClaims over the bench corpus `--rounds` times, for `node --cpu-prof`:
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof bench/profile/run-claims.mjs [--rounds 5] [--dates]
 * then `node bench/profile/summarize.mjs /tmp/prof/<file>.cpuprofile`.
 * --dates runs the date step alone (findDates) instead.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { extractionCorpus, ROOT } from "../lib/corpus.mjs";

const args = process.argv.slice(2);
const i = args.indexOf("--rounds");
const rounds = i >= 0 ? Number(args[i + 1]) : 5;
const { extractClaims, readFrontMatter } = await import(join(ROOT, "dist/core/index.js"));
const { findDates } = await import(join(ROOT, "dist/core/extract/dates.js"));
const dir = join(ROOT, "examples");
const examples = readdirSync(dir).filter((f) => f.endsWith(".txt")).sort().map((file) => {
  const { fields, body } = readFrontMatter(readFileSync(join(dir, file), "utf8"));
  return { id: fields.id ?? file, published: fields.published, body };
});
const corpus = extractionCorpus(examples, 3_000_000);
const { findDurations } = await import(join(ROOT, "dist/core/extract/durations.js"));
const { readNumbers } = await import(join(ROOT, "dist/core/extract/numbers/index.js"));
const run = args.includes("--dates") ? (a) => findDates(a.body, a.published) : args.includes("--durations") ? (a) => findDurations(a.body) : args.includes("--numbers") ? (a) => readNumbers(a.body) : (a) => extractClaims(a);
for (let r = 0; r < rounds; r++) for (const a of corpus.articles) run(a);
