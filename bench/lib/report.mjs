/**
 * BENCHMARKS.md from one results file: the date, machine and command first, then the goals,
 * then one section per benchmark with its table and what its figures mean.
 */
import { existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./corpus.mjs";
import { PROSE } from "./prose.mjs";

const round = (x) => (Math.abs(x) >= 100 ? x.toFixed(0) : Math.abs(x) >= 10 ? x.toFixed(1) : Math.abs(x) >= 0.1 ? x.toFixed(2) : x.toPrecision(2));
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

function table(head, rows) {
  return [`| ${head.join(" | ")} |`, `|${head.map(() => "---").join("|")}|`, ...rows.map((r) => `| ${r.join(" | ")} |`)].join("\n");
}

/** The counts that say what a figure was measured on: results found, related claims, findings. */
const DETAILS = ["found", "stored", "claims", "related", "findings", "sameEvent", "other", "articles", "partitions", "opened", "resolved"];

function details(f) {
  return DETAILS.filter((k) => typeof f[k] === "number").map((k) => `${k} ${f[k]}`).join(", ");
}

function figureRows(figures) {
  return table(["figure", "median", "min", "max", "unit", "runs", "measured on"],
    figures.map((f) => [f.label, round(f.median), round(f.min), round(f.max), f.unit, String(f.runs.length), details(f)]));
}

function machineSection(r) {
  const m = r.machineAtStart;
  return `## Machine

- ${m.cpus} CPUs (\`nproc\`), ${m.cpuModel}, ${m.memoryGiB} GiB memory, Node ${m.node}, ${m.platform}
- Load average (1, 5, 15 min) at start: ${m.load.join(", ")}; at end: ${r.machineAtEnd.load.join(", ")}.
  This machine is a virtual machine on a shared host: the same code measured minutes apart
  differs by 10-20%, and more when other processes run (the load average says whether they
  did). Peers in one benchmark are measured in the same run and process, so their ratios are
  fairer than the absolute numbers.`;
}

function goals(r) {
  const rows = r.benchmarks.flatMap((b) => (b.ratios ?? []).map((x) => [b.title ?? b.id, x.label, `${round(x.value)}${x.unit ?? "x"}`, x.goal, x.met ? "met" : "**missed**"]));
  return rows.length === 0 ? "" : `## Goals\n\n${table(["benchmark", "ratio", "measured", "goal", ""], rows)}`;
}

function lambdaTable(b) {
  const variants = [...new Set(b.figures.map((f) => f.variant))];
  const rows = variants.map((v) => {
    const size = b.figures.find((f) => f.variant === v && f.unit === "bytes");
    const load = b.figures.find((f) => f.variant === v && f.unit === "ms");
    return [v, kb(size.median), kb(size.gzipBytes), round(load.median), round(load.min), round(load.max)];
  });
  const heavy = b.figures.filter((f) => f.unit === "bytes" && f.heaviest).map((f) => `- ${f.variant}: ${f.heaviest.map((h) => `${h.name} ${kb(h.bytes)}`).join(", ")}`).join("\n");
  return `${table(["bundle", "minified", "gzipped", "load ms (median)", "min", "max"], rows)}\n\nHeaviest inputs (minified bytes in the bundle):\n\n${heavy}\n\nRecommendation from these numbers: ${b.recommendation}.`;
}

/** Sections keep the order of issue 10, whichever benchmarks a run picked. */
const ORDER = ["extract", "check", "api", "lambda", "recheck"];

function section(b) {
  const head = `## ${ORDER.indexOf(b.id) + 1}. ${b.title ?? b.id}`;
  if (b.status !== "ok") return `${head}\n\n**Not measured: ${b.status}.** ${b.reason ?? ""}`;
  const body = b.id === "lambda" ? lambdaTable(b) : figureRows(b.figures);
  const ratios = (b.ratios ?? []).map((x) => `- ${x.label}: **${round(x.value)}${x.unit ?? "x"}** (goal ${x.goal}: ${x.met ? "met" : "missed"})`).join("\n");
  const examples = b.figures.filter((f) => f.examples?.length).map((f) => `Some of the ${f.label} (explanations as raised):\n\n${f.examples.map((e) => `- ${e}`).join("\n")}`).join("\n\n");
  const params = `Parameters: \`${JSON.stringify(b.params)}\`; took ${round(b.seconds)} s.`;
  return [head, PROSE[b.id] ?? "", body, ratios, b.id === "check" ? examples : "", params].filter(Boolean).join("\n\n");
}

function conformance() {
  const dir = join(ROOT, "test-results");
  const files = ["conformance-numbers.json", "conformance-datetime.json"].filter((f) => existsSync(join(dir, f)));
  if (files.length === 0) return "";
  const rows = files.flatMap((f) => Object.entries(JSON.parse(readFileSync(join(dir, f), "utf8"))).map(([name, x]) =>
    [name, String(x.pass), String(x.fail), String(x.skip ?? x.policy ?? 0), `${(x.rate * 100).toFixed(1)}%`, x.target ? `${x.target * 100}%` : ""]));
  const when = files.map((f) => statSync(join(dir, f)).mtime.toISOString().slice(0, 16)).join(", ");
  return `## Conformance (Recognizers-Text English specs)\n\nNot measured by the bench: copied from the last run of tests/conformance (test-results/, written ${when} UTC). Third column: skipped cases (numbers) or cases that differ by policy (dates, durations).\n\n${table(["spec", "pass", "fail", "skip/policy", "rate", "target"], rows)}`;
}

/** @example writeReport(JSON.parse(readFileSync("bench/.out/results.json", "utf8")), "BENCHMARKS.md") */
export function writeReport(results, file) {
  const seeding = (results.seeding ?? []).reduce((s, x) => s + x.seconds, 0);
  const total = results.benchmarks.reduce((s, b) => s + (b.seconds ?? 0), 0) - seeding;
  const reused = (results.reusedStores ?? []).length > 0
    ? `\n\nStores reused with \`--reuse-stores\` (seeded by the code of an earlier build, measured by this run's): ${results.reusedStores.map((s) => `\`${s}\``).join(", ")}.`
    : "";
  const intro = `# Benchmarks

Generated by \`${results.command}\` on ${results.date.slice(0, 16).replace("T", " ")} UTC. The run took ${round(total / 60)} min,
plus ${round(seeding / 60)} min building generated stores (once; later runs reuse them). Every figure is the median of several runs with the min and max;
raw results are in bench/.out/results.json (not committed). \`npm run bench\` builds first and runs
\`node --expose-gc bench/run.mjs\`; \`-- --quick\` runs each benchmark once on small inputs (CI uses it
to keep the harness working; it times nothing worth reading); \`-- --only extract,check\` picks
benchmarks. Generated stores are built once through the store API and kept under bench/.out/stores.${reused}`;
  const sections = results.benchmarks.map(section);
  writeFileSync(file, `${[intro, machineSection(results), goals(results), ...sections, conformance()].filter(Boolean).join("\n\n")}\n`);
}
