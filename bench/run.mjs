/**
 * npm run bench: every benchmark, its figures as medians with min and max, BENCHMARKS.md
 * written from the run. `--quick` runs each benchmark once on small inputs (CI keeps the harness
 * alive that way; it writes results, never BENCHMARKS.md). `--only a,b` picks benchmarks;
 * `--out FILE` names the JSON results file; `--report FILE` writes the Markdown there (also in
 * quick mode); `--from RESULTS[,RESULTS…]` only renders results files into the report;
 * `--large N` measures the large archive at N articles instead of 10,000 (check: 100, 1,000 and N
 * stored; API: 100 and N; re-check: 1,000 and N). The long mode is `--large 100000`: seeding
 * 100,000 articles writes them straight to the table in full batches (bench/lib/seed.mjs), about
 * 13 s of CPU per 1,000 here (10,000 took 125-133 s of CPU, 193-228 s of wall time at load 3-10),
 * so expect 22-30 minutes of one core, 35-60 minutes on a shared 2-core machine, once; then the store is kept
 * and reused; `--long` adds 100,000 as a third size to the check and API benchmarks instead.
 * `--reuse-stores` takes the newest generated store of each size even when other code built it
 * (the report says which).
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { parseArgs } from "node:util";
import { loadExamples, ROOT } from "./lib/corpus.mjs";
import { machine } from "./lib/machine.mjs";
import { writeReport } from "./lib/report.mjs";
import { conformanceMarkdown } from "./conformance.mjs";

const BENCHMARKS = ["extract", "check", "api", "lambda", "recheck"];

const { values } = parseArgs({
  options: {
    quick: { type: "boolean", default: false },
    long: { type: "boolean", default: false },
    "reuse-stores": { type: "boolean", default: false },
    large: { type: "string" },
    only: { type: "string" },
    out: { type: "string" },
    report: { type: "string" },
    from: { type: "string" },
    help: { type: "boolean", short: "h", default: false },
  },
});

if (values.help) {
  process.stdout.write(`Usage: npm run bench -- [options]   (builds, then node --expose-gc bench/run.mjs)

  --only a,b         benchmarks to run: ${BENCHMARKS.join(", ")} (default: all)
  --out FILE         results JSON (default bench/.out/results.json)
  --report FILE      Markdown report (default: BENCHMARKS.md, overwritten; pass a file to keep it)
  --from R1,R2       only render results files into the report
  --quick            each benchmark once on small inputs (CI; times nothing worth reading)
  --large N          the large archive at N articles instead of 10,000
                     (check: 100, 1,000 and N stored; api: 100 and N; recheck: 1,000 and N)
  --long             adds 100,000 stored as a third size to the check and api benchmarks
  --reuse-stores     take the newest generated store of each size, whatever code built it

Long mode: npm run bench -- --only check,api --large 100000 --out X.json --report X.md
  Seeding 100,000 newsroom articles is done once and kept under bench/.out/stores (about 13 s
  of CPU per 1,000 articles: 22-30 min of one core, longer on a loaded machine, and about
  1 GB of disk); later runs with the same build reuse it.
Related tools: node bench/distinct.mjs [N] (findings between distinct events, no store);
  node bench/reads.mjs [N] [--index OTHER_ROOT] (store reads per check explained by key, no store).
`);
  process.exit(0);
}

const log = (message) => process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);

/** A benchmark whose piece is not built (or fails) is reported as such, never skipped silently. */
async function runOne(name, ctx) {
  const started = performance.now();
  let module;
  try {
    module = await import(`./${name}.mjs`);
  } catch (error) {
    return { id: name, status: "missing", reason: `could not load: ${error.message}` };
  }
  try {
    const result = await module.run(ctx);
    return { id: name, title: module.title, status: "ok", seconds: (performance.now() - started) / 1000, ...result };
  } catch (error) {
    log(`${name} failed: ${error.stack}`);
    const missing = error.code === "ERR_MODULE_NOT_FOUND";
    return { id: name, title: module.title, status: missing ? "missing" : "failed", reason: error.message };
  }
}

if (values.from) {
  const report = values.report ?? join(ROOT, "BENCHMARKS.md");
  // Several results files (comma-separated) are rendered as one run: benchmarks in the given order.
  const [first, ...rest] = values.from.split(",").map((file) => JSON.parse(readFileSync(file, "utf8")));
  for (const more of rest) {
    first.benchmarks.push(...more.benchmarks);
    first.seeding = [...(first.seeding ?? []), ...(more.seeding ?? [])];
    first.reusedStores = [...new Set([...(first.reusedStores ?? []), ...(more.reusedStores ?? [])])];
    first.command = `${first.command}; ${more.command}`;
    first.machineAtEnd = more.machineAtEnd;
  }
  writeReport(first, report);
  log(`report in ${report} from ${values.from}`);
  process.exit(0);
}

const names = values.only ? values.only.split(",").map((s) => s.trim()) : BENCHMARKS;
const unknown = names.filter((n) => !BENCHMARKS.includes(n));
if (unknown.length > 0) {
  log(`unknown benchmark ${unknown.join(", ")}; known: ${BENCHMARKS.join(", ")}`);
  process.exit(2);
}

const outDir = join(ROOT, "bench/.out");
mkdirSync(outDir, { recursive: true });
const ctx = { quick: values.quick, long: values.long, large: values.large ? Number(values.large) : 10_000, reuseStores: values["reuse-stores"], reused: [], log, outDir, examples: await loadExamples(), seeding: [] };
const results = {
  date: new Date().toISOString(),
  quick: values.quick,
  command: `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(" ")}` : ""}`,
  machineAtStart: machine(),
  benchmarks: [],
};
for (const name of names) {
  log(`${name}: start (load ${machine().load.join(" ")})`);
  results.benchmarks.push(await runOne(name, ctx));
}
results.conformance = await conformanceMarkdown();
results.machineAtEnd = machine();
results.seeding = ctx.seeding;
results.reusedStores = ctx.reused;
const out = values.out ?? join(outDir, values.quick ? "quick.json" : "results.json");
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(results, null, 1)}\n`);
log(`results in ${out}`);
if (!values.quick || values.report) {
  const report = values.report ?? join(ROOT, "BENCHMARKS.md");
  writeReport(results, report);
  log(`report in ${report}`);
}
process.exitCode = results.benchmarks.some((b) => b.status === "failed") ? 1 : 0;
