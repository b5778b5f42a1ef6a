/**
 * The "findings between distinct events" figure of the check benchmark, alone and fast: the
 * newsroom archive (lib/newsroom.mjs) ingested in memory, each article checked against what the
 * claim index would return for it (lib/archive.mjs, the same code that seeds the stores), with
 * no store at all. For whoever changes extraction or matching and wants the figure in seconds.
 * Usage: npm run build && node bench/distinct.mjs [ARTICLES=500] [--examples N]
 * Prints one JSON object: cross-article findings in all, between reports of one event
 * (sameEvent), between reports of distinct events (distinctEvents, goal 0), others (levels and
 * rates), and up to N explanations of the distinct-event ones.
 */
import { join } from "node:path";
import { parseArgs } from "node:util";
import { fill } from "./lib/archive.mjs";
import { ROOT } from "./lib/corpus.mjs";

const { values, positionals } = parseArgs({ allowPositionals: true, options: { examples: { type: "string", default: "5" } } });
const size = Number(positionals[0] ?? 500);
const core = await import(join(ROOT, "dist/core/index.js"));
/** Nothing is stored: the archive's in-memory index stands in for the store's reads. */
const nowhere = { saveArticle: async () => ({ opened: [], resolved: [], unchanged: [] }) };
const started = performance.now();
const stats = await fill(nowhere, core, size, (line) => process.stderr.write(`${line}\n`), { examples: Number(values.examples) });
process.stdout.write(`${JSON.stringify({ ...stats, seconds: Math.round((performance.now() - started) / 100) / 10 }, null, 1)}\n`);
