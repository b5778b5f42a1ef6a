/**
 * Conformance pass rates as markdown, for BENCHMARKS.md: every suite (Recognizers-Text,
 * quantulum3, Duckling) at reader level and through extractClaims, judged by the very code the
 * tests use (tests/conformance/support/suites.ts, bundled here with esbuild so no build step
 * is needed). Run: `node bench/conformance.mjs` (the spec folders must sit in ../shared/conformance).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";
import { ROOT } from "./lib/corpus.mjs";

async function loadSuites() {
  const dir = mkdtempSync(join(tmpdir(), "claimcheck-conformance-"));
  const outfile = join(dir, "suites.mjs");
  try {
    await build({
      entryPoints: [join(ROOT, "tests/conformance/support/suites.ts")],
      bundle: true, platform: "node", format: "esm", outfile, logLevel: "error",
      // The spec loaders find ../shared from their own folder: keep that folder's path.
      define: { "import.meta.dirname": JSON.stringify(join(ROOT, "tests/conformance/support")) },
      banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
    });
    return await import(pathToFileURL(outfile).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const pct = (r) => `${(r.rate * 100).toFixed(1)}%`;
const skips = (r) =>
  Object.entries(r.skipped)
    .map(([reason, n]) => `${n} ${reason}${reason.startsWith("unit outside") ? ` (${r.unitsOutside.join(", ")})` : ""}`)
    .join("; ") || "none";

/** One markdown table for a level: suite, judged, passed, rate, skipped by reason. */
function table(results, level) {
  const rows = results.filter((r) => r.level === level);
  const lines = [
    `| Suite (${level === "readers" ? "readers" : "extractClaims"}) | Judged | Passed | Rate | Policy differences | Skipped (by reason) |`,
    "|---|---:|---:|---:|---:|---|",
    ...rows.map((r) => `| ${r.suite} | ${r.judged} | ${r.passed} | ${pct(r)} | ${r.policy || ""} | ${skips(r)} |`),
  ];
  return lines.join("\n");
}

/** The conformance section of BENCHMARKS.md, measured now. */
export async function conformanceMarkdown() {
  const { runAll } = await loadSuites();
  const results = runAll();
  return [
    "## Conformance\n",
    "Measured by this run with the judging code of tests/conformance. Reader level: each reader alone (number reader, quantity pipeline, durations, dates).\n",
    table(results, "readers"),
    "\nClaim level: `extractClaims`, what a user receives.\n",
    table(results, "claims"),
  ].join("\n");
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) console.log(await conformanceMarkdown());
