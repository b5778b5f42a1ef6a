/**
 * Where each expected internal conflict of a check corpus stops: for every EXPECTED
 * internal-conflict finding with two `texts` (tests/check/corpus-runner.ts Entry), the furthest
 * the checker gets with the two figures inside one article, so a miss can be put down to one stage
 * (pair-stops.mjs does the same for pairs across articles).
 *
 *   npx tsc -p tsconfig.build.json
 *   node bench/profile/internal-stops.mjs [--root <checkout with dist/>] [--totals] <folder or .json file> ...
 *
 * The entries are run as the corpus runner runs them. Stops, from the earliest to the last:
 * - `not read`: one figure's words are in no claim of one article of the entry;
 * - `no subject`: a claim holding it has no subject frame;
 * - `conversion`: one is read as the other's conversion ("16,000m (32,000ft)");
 * - `different measures`: compareClaims stops at units, measure, change or addition;
 * - `not paired`: the rule never pairs them (pairs.ts headOf differs, or the figure repeats one paired already);
 * - `date`: two dates, which the date-conflict rule judges (not found by it);
 * - `rule guard`: internal-conflict.ts internalVerdicts stopped the pair (its stop is shown:
 *   part, one-sentence, not-same-thing, values-agree, ...);
 * - `found as date-conflict`: the date-conflict rule found the pair inside the article;
 * - `found`: an internal-conflict finding between the two figures.
 * With `--totals` only the counts per stop are printed (for kept-aside sets: no text shown).
 * With `--alarms`, the internal-conflict findings no expectation matches are listed too, where the
 * corpus score counts them as false alarms (entries marked exhaustive or noFindings, or expecting
 * an internal conflict on other figures).
 */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { ROOT } from "../lib/corpus.mjs";
import { corpusFiles, holds } from "../lib/figure-words.mjs";
import { runAsCorpus } from "../lib/entry-run.mjs";

const STOPS = ["not read", "no subject", "conversion", "different measures", "not paired", "date", "rule guard", "found as date-conflict", "found"];
const EARLY = new Set(["not-asserted", "subject-words", "addition", "units", "measure", "change"]);

function args(argv) {
  const out = { root: ROOT, totals: false, alarms: false, paths: [] };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--root") out.root = resolve(argv[++i]);
    else if (argv[i] === "--totals") out.totals = true;
    else if (argv[i] === "--alarms") out.alarms = true;
    else out.paths.push(resolve(argv[i]));
  }
  return out;
}

const bothIn = (texts, [x, y]) => texts.some((t, i) => holds(x, t) && texts.some((u, j) => j !== i && holds(y, u)));

async function main() {
  const opts = args(process.argv.slice(2));
  const load = (file) => import(pathToFileURL(join(opts.root, "dist/core", file)).href);
  const { extractClaims, checkClaims, relatedByIndex } = await load("index.js");
  const { compareClaims } = await load("check/same-thing.js");
  const { headOf } = await load("check/pairs.js");
  const { internalVerdicts } = await load("check/rules/internal-conflict.js");
  const tools = { compareClaims, headOf, internalVerdicts };
  const totals = Object.fromEntries(STOPS.map((s) => [s, 0]));
  const guards = {};
  let alarms = 0;
  const lines = [];
  for (const file of corpusFiles(opts.paths)) {
    for (const entry of JSON.parse(readFileSync(file, "utf8"))) {
      const wanted = (entry.findings ?? []).filter((f) => f.kind === "internal-conflict" && f.texts?.length === 2);
      const scored = entry.exhaustive || entry.noFindings || wanted.length > 0;
      if (!scored || (wanted.length === 0 && !opts.alarms)) continue;
      const { reports, findings } = runAsCorpus(entry, { extractClaims, checkClaims, relatedByIndex });
      const runs = reports.map(({ article, claims }) => ({ article, claims, verdicts: internalVerdicts({ article, claims }) }));
      if (opts.alarms) {
        const expected = (entry.findings ?? []).filter((f) => f.kind === "internal-conflict");
        const unmatched = findings.filter((f) => f.kind === "internal-conflict" && !expected.some((w) => !w.texts || bothIn(f.claims.map((c) => c.text), w.texts)));
        alarms += unmatched.length;
        for (const f of unmatched) lines.push(`${file.split("/").pop()}\t${entry.name.slice(0, 60)}\tFALSE ALARM ${f.severity}\t${f.claims.map((c) => c.text).join(" | ")}\t${opts.totals ? "" : f.explanation.slice(0, 300)}`);
      }
      for (const want of wanted) {
        const { stop, detail } = traceOne(want, runs, findings, tools);
        totals[stop]++;
        if (stop === "rule guard") guards[detail.split(":")[0]] = (guards[detail.split(":")[0]] ?? 0) + 1;
        lines.push(`${file.split("/").pop()}\t${entry.name.slice(0, 60)}\t${want.texts.join(" | ")}\t${stop}${detail ? ` (${detail})` : ""}`);
      }
    }
  }
  if (!opts.totals) console.log(lines.join("\n"));
  const count = Object.values(totals).reduce((a, b) => a + b, 0);
  console.log(`${count} expected internal conflicts: ${STOPS.map((s) => `${s} ${totals[s]}`).join(", ")}`);
  if (opts.alarms) console.log(`internal false alarms: ${alarms}`);
  console.log(`rule guards: ${Object.entries(guards).map(([g, n]) => `${g} ${n}`).join(", ") || "none"}`);
}

/** The furthest stage any pair of one article's claims holding the two texts reaches. */
function traceOne(want, runs, findings, tools) {
  const inOne = (f) => new Set(f.claims.map((c) => c.articleId)).size === 1 && bothIn(f.claims.map((c) => c.text), want.texts);
  if (findings.some((f) => f.kind === "internal-conflict" && inOne(f))) return { stop: "found" };
  if (findings.some((f) => f.kind === "date-conflict" && inOne(f))) return { stop: "found as date-conflict" };
  let best = { rank: -1, stop: "not read" };
  for (const run of runs) {
    const [x, y] = want.texts.map((t) => run.claims.filter((c) => holds(t, c.text)));
    for (const a of x) {
      for (const b of y) {
        if (a === b) continue;
        const result = stageOf(a, b, run, tools);
        const rank = STOPS.indexOf(result.stop);
        if (rank > best.rank) best = { rank, ...result };
      }
    }
  }
  return best;
}

function stageOf(a, b, run, { compareClaims, headOf }) {
  const [fa, fb] = [a.subject?.frame, b.subject?.frame];
  if (!fa || !fb) return { stop: "no subject", detail: `no frame: ${!fa ? a.text : b.text}` };
  if (a.conversionOf === b.id || b.conversionOf === a.id) return { stop: "conversion", detail: `${a.text} / ${b.text}` };
  const comparison = compareClaims(a, b);
  if (comparison.stop && EARLY.has(comparison.stop)) return { stop: "different measures", detail: `${comparison.stop}: ${fa.measure.id} ${a.unit ?? ""} / ${fb.measure.id} ${b.unit ?? ""}` };
  if (a.kind === "date" && b.kind === "date") return { stop: "date", detail: `${a.value} / ${b.value}, ${fa.measure.id} / ${fb.measure.id}${comparison.stop ? `; ${comparison.stop}` : ""}` };
  const verdict = run.verdicts.find((v) => (v.a === a && v.b === b) || (v.a === b && v.b === a));
  if (!verdict) {
    const heads = `${headOf(a)} / ${headOf(b)}`;
    const converted = a.conversionOf !== undefined || b.conversionOf !== undefined ? "; one is a conversion" : "";
    return { stop: "not paired", detail: `${heads}${converted}${comparison.stop ? `; then ${comparison.stop}` : ""}` };
  }
  if (verdict.stop) return { stop: "rule guard", detail: `${verdict.stop}: ${a.text} / ${b.text}${verdict.stop === "not-same-thing" ? ` (${comparison.stop})` : ""}` };
  return { stop: "found", detail: "" };
}

await main();
